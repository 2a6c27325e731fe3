import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { bothSides, quoted } from './describe.js';

/** Similarity of the shared stretch from which a wording difference is only `info`… */
const INFO_FROM = 0.75;
/** …and from which it is a `warning` rather than an `error`. */
const WARNING_FROM = 0.4;

/**
 * The same quoted statement in different words. Quotes are meant to be verbatim, so any
 * difference beyond case and punctuation is reported; the severity grows with how far
 * the meaning moves (`focusSimilarity`: how much of the shared stretch matches).
 */
export function typeWording(pair: AlignedPair, focusSimilarity: number): DivergenceDraft[] {
  if (pair.relation === 'identical') return [];
  const severity = focusSimilarity >= INFO_FROM ? 'info' : focusSimilarity >= WARNING_FROM ? 'warning' : 'error';
  const spanA = pair.a.document.span(pair.a.start, pair.a.end);
  const spanB = pair.b.document.span(pair.b.start, pair.b.end);
  const how = pair.relation === 'partial' ? 'partly overlap, in different words' : 'say the same in different words';
  return [
    {
      kind: 'wording',
      severity,
      message: bothSides(spanA, spanB, (x, y) => `The quotes ${quoted(x)} (${x.sourceId}) and ${quoted(y)} (${y.sourceId}) ${how}.`),
      ...(pair.quotes ? { quotes: pair.quotes } : {}),
      evidence: [spanA, spanB],
    },
  ];
}
