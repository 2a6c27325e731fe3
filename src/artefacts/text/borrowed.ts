import type { Document } from '../../text/types.js';
import { BORROWED_PHRASES } from '../data/function-words.js';
import { PhraseMatcher } from './phrase-matcher.js';

let matcher: PhraseMatcher<true> | undefined;

/** Marks tokens inside foreign phrases English has borrowed ("de facto", "bona fide"). */
export function tokensInBorrowedPhrases(document: Document): Uint8Array {
  matcher ??= new PhraseMatcher(BORROWED_PHRASES.map((phrase) => [phrase, true] as const));
  const marks = new Uint8Array(document.tokens.length);
  for (const match of matcher.matchAll(document)) marks.fill(1, match.startToken, match.endToken);
  return marks;
}
