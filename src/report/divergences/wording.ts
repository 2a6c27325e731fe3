import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { bothSides, quoted } from './describe.js';

/** Similarity of the shared stretch from which a wording difference is only `info`… */
const INFO_FROM = 0.75;
/** …and from which it is a `warning` rather than an `error`. */
const WARNING_FROM = 0.4;

/**
 * Narrative sentences, unlike quotes, are each outlet's own words, and paraphrase is the
 * norm there: two human translations of one German text (WMT21) match their sentences at a
 * median similarity of 0.65, with a tenth below 0.37. Word overlap cannot tell a paraphrase
 * ("assault charges are pursued" / "under investigation for bodily harm") from a changed
 * fact ("out of the track bed" / "back on to the platform") that far down, so a matched
 * sentence pair is only pointed out, as `info`, below this similarity.
 */
const SENTENCE_REPORTED_BELOW = WARNING_FROM;

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

/**
 * A matched narrative sentence pair that shares few words (similarity below
 * {@link SENTENCE_REPORTED_BELOW}): always `info`, a place for a reader to check that the
 * two accounts still say the same, since an outlet may word its own account freely.
 */
export function typeSentenceWording(pair: AlignedPair): DivergenceDraft[] {
  if (pair.relation === 'identical' || pair.relation === 'unrelated' || pair.similarity >= SENTENCE_REPORTED_BELOW) return [];
  const spanA = pair.a.document.span(pair.a.start, pair.a.end);
  const spanB = pair.b.document.span(pair.b.start, pair.b.end);
  const how = pair.relation === 'partial' ? 'only partly overlap' : 'are matched';
  return [
    {
      kind: 'wording',
      severity: 'info',
      message: bothSides(spanA, spanB, (x, y) => `The sentences ${quoted(x)} (${x.sourceId}) and ${quoted(y)} (${y.sourceId}) ${how} but share few words: check that they report the same.`),
      evidence: [spanA, spanB],
    },
  ];
}
