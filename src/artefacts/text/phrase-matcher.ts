import type { Document } from '../../text/types.js';

export interface PhraseMatch<T> {
  /** First and one-past-last token index. */
  readonly startToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Lower case, straight apostrophes: the form `Token.lower` has. */
export function phraseKey(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/gu, "'")
    .split(/\s+/u)
    .filter((word) => word.length > 0);
}

/**
 * Finds multi-word phrases in a document's word tokens, longest match first, in one pass
 * indexed by first word. Words must follow each other with nothing but spaces between
 * them, so a phrase never spans a comma or a sentence break.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseKey(phrase);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ words, value });
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((x, y) => y.words.length - x.words.length);
  }

  /** Every match at every token; overlapping matches are all returned. */
  matchAll(document: Document): PhraseMatch<T>[] {
    const { tokens } = document;
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      const candidates = this.byFirstWord.get(token.lower);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const end = this.matchAt(document, i, candidate.words);
        if (end < 0) continue;
        matches.push({ startToken: i, endToken: end, start: token.start, end: tokens[end - 1]!.end, value: candidate.value });
      }
    }
    return matches;
  }

  private matchAt(document: Document, index: number, words: readonly string[]): number {
    const { tokens } = document;
    let k = index;
    for (let w = 0; w < words.length; w++, k++) {
      const token = tokens[k];
      if (!token || token.lower !== words[w]) return -1;
      if (w > 0) {
        const previous = tokens[k - 1]!;
        if (token.sentence !== previous.sentence) return -1;
        // Only spaces may separate the words ("'s" tokens sit flush and are words too).
        if (document.text.slice(previous.end, token.start).trim() !== '') return -1;
      }
    }
    return k;
  }
}
