// The naive peer's text splitting, shared by the peer child process (plain Node, no build
// step) and the TypeScript harness, so the scale series counts sentences exactly as the
// peer splits them.

// A sentence ends at . ! or ? (optionally followed by one closing quote or bracket) and
// whitespace. Deliberately simple: this is the peer's splitter, not corroborate's.
const SENTENCE_BREAK = /(?<=[.!?]["'”’)\]]?)\s+/u;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Splits a text into sentences: one paragraph per line, then at sentence-final punctuation.
 * @param {string} text
 * @returns {string[]}
 */
export function splitSentences(text) {
  const sentences = [];
  for (const line of text.split('\n')) {
    for (const piece of line.split(SENTENCE_BREAK)) {
      if (piece.trim() !== '') sentences.push(piece);
    }
  }
  return sentences;
}

/**
 * The words a spell checker would look up: letters with inner apostrophes.
 * @param {string} text
 * @returns {string[]}
 */
export function splitWords(text) {
  return text.match(WORD) ?? [];
}
