import type { Document } from '../text/types.js';
import { wordCount } from './count-words.js';
import { quoteEnd, quoteStart, type QuoteDraft } from './quote-draft.js';

// A scare or term quote is a few words at most ("legal guarantees", "without preconditions").
const PHRASE_MAX_WORDS = 5;

/**
 * Tells quotations from phrase quotes: a quote with a cue, or carried on from a speaker,
 * is direct; a short quote without a cue that is not a sentence is a phrase.
 */
export function classifyKinds(document: Document, quotes: readonly QuoteDraft[]): void {
  for (const quote of quotes) {
    if (quote.cue || quote.speakerVia === 'colon' || quote.speakerVia === 'continuation') {
      quote.kind = 'direct';
      continue;
    }
    const start = quoteStart(quote);
    const end = quoteEnd(quote);
    const words = wordCount(document, start, end);
    const sentenceLike = /[.!?]$/u.test(document.text.slice(start, end)) && words > 2;
    quote.kind = words <= PHRASE_MAX_WORDS && !sentenceLike && quote.parts.length === 1 ? 'phrase' : 'direct';
  }
}
