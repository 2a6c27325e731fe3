import type { Document } from '../text/types.js';

/** Words and numbers among the tokens that lie within `[start, end)`. */
export function wordCount(document: Document, start: number, end: number): number {
  let count = 0;
  for (let k = document.tokenIndexAt(start); k < document.tokens.length && document.tokens[k]!.end <= end; k++) {
    if (document.tokens[k]!.kind === 'word' || document.tokens[k]!.kind === 'number') count++;
  }
  return count;
}
