/** Splits a text into sentences: one paragraph per line, then at sentence-final punctuation. */
export function splitSentences(text: string): string[];
/** The words a spell checker would look up: letters with inner apostrophes. */
export function splitWords(text: string): string[];
