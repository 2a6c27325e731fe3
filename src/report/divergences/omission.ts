import type { Quote } from '../../quotes/types.js';
import type { Document, Sentence } from '../../text/types.js';
import type { DivergenceDraft } from '../aligned.js';
import { quoted } from './describe.js';

/**
 * A quote found in one report only. A direct quote left out is a `warning` (a statement
 * one report carries and the other does not); a scare or term quote is `info`.
 */
export function typeQuoteOmission(document: Document, quote: Quote, otherId: string): DivergenceDraft {
  const span = document.span(quote.start, quote.end);
  const who = quote.speaker ? ` (${quote.speaker.name})` : '';
  return {
    kind: 'omission',
    severity: quote.kind === 'direct' ? 'warning' : 'info',
    message: `Only ${document.id} quotes ${quoted(span)}${who}; ${otherId} has no matching quote.`,
    quotes: [quote.id],
    evidence: [span],
  };
}

/**
 * A sentence with no counterpart in the other rendering of the same text. Only raised in
 * the parallel regime: independent reports naturally tell different things.
 */
export function typeSentenceOmission(document: Document, sentence: Sentence, otherId: string): DivergenceDraft {
  const span = document.span(sentence.start, sentence.end);
  return {
    kind: 'omission',
    severity: 'warning',
    message: `Only ${document.id} has the sentence ${quoted(span)}; ${otherId} leaves it out.`,
    evidence: [span],
  };
}
