import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { typeAttribution } from '../divergences/attribution.js';
import { typeDates } from '../divergences/dates.js';
import { typeEntities } from '../divergences/entities.js';
import { typeModality } from '../divergences/modality.js';
import { typeNegation } from '../divergences/negation.js';
import { typeNumbers } from '../divergences/numbers.js';
import { typeQuoteOmission, typeSentenceOmission } from '../divergences/omission.js';
import { typePronounGenders, typePronounSwaps } from '../divergences/pronouns.js';
import { typeSentenceWording, typeWording } from '../divergences/wording.js';
import type { CompareState, CompareStep } from '../state.js';

/** The checks every aligned pair (quote or sentence) goes through. */
const PAIR_CHECKS: readonly ((pair: AlignedPair) => DivergenceDraft[])[] = [
  typeNumbers,
  typeDates,
  typeEntities,
  typeNegation,
  typeModality,
  typePronounSwaps,
];

/**
 * Types the differences of every aligned pair, then what only one report has: quotes
 * without a partner, and (for two renderings of one text) sentences without one.
 */
export const typeDivergences: CompareStep = {
  name: 'typeDivergences',
  run(state: CompareState): void {
    const drafts: DivergenceDraft[] = [];
    state.alignedQuotes.forEach((pair, k) => {
      const quotePair = state.quotePairs[k]!;
      const quoteA = state.a.quotes[quotePair.a]!;
      const quoteB = state.b.quotes[quotePair.b]!;
      drafts.push(
        ...typeAttribution(
          { document: state.a.document, quoteId: quoteA.id, speaker: quoteA.speaker, registry: state.a.registry },
          { document: state.b.document, quoteId: quoteB.id, speaker: quoteB.speaker, registry: state.b.registry },
        ),
      );
      if (hasChanges(pair)) for (const check of PAIR_CHECKS) drafts.push(...check(pair));
      drafts.push(...typeWording(pair, focusSimilarity(quotePair.local, state.a.quoteViews[quotePair.a]!.unitWeights, state.b.quoteViews[quotePair.b]!.unitWeights, pair.relation)));
    });
    const matchedA = new Set(state.quotePairs.map((pair) => pair.a));
    const matchedB = new Set(state.quotePairs.map((pair) => pair.b));
    const matchedQuotesA = [...matchedA].map((index) => state.a.quotes[index]!);
    const matchedQuotesB = [...matchedB].map((index) => state.b.quotes[index]!);
    for (const pair of state.alignedSentences) {
      if (!hasChanges(pair)) continue;
      for (const check of PAIR_CHECKS) drafts.push(...check(pair));
      // A sentence that holds a matched quote has that quote's own wording finding.
      if (!overlapsAny(pair.a, matchedQuotesA) && !overlapsAny(pair.b, matchedQuotesB)) drafts.push(...typeSentenceWording(pair));
    }
    drafts.push(...typePronounGenders(state.a, state.b));
    state.a.quotes.forEach((quote, index) => {
      if (!matchedA.has(index)) drafts.push(typeQuoteOmission(state.a.document, quote, state.b.document.id));
    });
    state.b.quotes.forEach((quote, index) => {
      if (!matchedB.has(index)) drafts.push(typeQuoteOmission(state.b.document, quote, state.a.document.id));
    });
    if (state.sentenceAlignment?.regime === 'parallel') {
      const coveredA = new Uint8Array(state.a.document.sentences.length);
      const coveredB = new Uint8Array(state.b.document.sentences.length);
      for (const pair of state.sentenceAlignment.pairs) {
        coveredA.fill(1, pair.aFrom, pair.aTo);
        coveredB.fill(1, pair.bFrom, pair.bTo);
      }
      state.a.document.sentences.forEach((sentence, index) => {
        if (!coveredA[index]) drafts.push(typeSentenceOmission(state.a.document, sentence, state.b.document.id));
      });
      state.b.document.sentences.forEach((sentence, index) => {
        if (!coveredB[index]) drafts.push(typeSentenceOmission(state.b.document, sentence, state.a.document.id));
      });
    }
    state.divergences = dedupe(drafts);
  },
};

/** Whether one side of a sentence pair overlaps any of the given quotes. */
function overlapsAny(side: AlignedPair['a'], quotes: readonly { start: number; end: number }[]): boolean {
  return quotes.some((quote) => quote.start < side.end && side.start < quote.end);
}

/** Whether a pair's diff has anything but equal ops: a pair without changes cannot diverge. */
function hasChanges(pair: AlignedPair): boolean {
  return pair.ops.some((op) => op.op !== 'equal');
}

/** How much of the shared stretch matches: the whole quotes for full matches, the local stretch for partial ones. */
function focusSimilarity(
  local: { aFrom: number; aTo: number; bFrom: number; bTo: number; matchedA: number; matchedB: number },
  weightsA: readonly number[],
  weightsB: readonly number[],
  relation: string,
): number {
  const sum = (weights: readonly number[], from: number, to: number): number => {
    let total = 0;
    for (let k = from; k < to; k++) total += weights[k]!;
    return total;
  };
  const whole = relation !== 'partial';
  const regionA = whole ? sum(weightsA, 0, weightsA.length) : sum(weightsA, local.aFrom, local.aTo);
  const regionB = whole ? sum(weightsB, 0, weightsB.length) : sum(weightsB, local.bFrom, local.bTo);
  return regionA + regionB === 0 ? 0 : Math.min(1, (local.matchedA + local.matchedB) / (regionA + regionB));
}

/** The same finding reached twice (a quote inside a matched sentence) is kept once. */
function dedupe(drafts: readonly DivergenceDraft[]): DivergenceDraft[] {
  const seen = new Set<string>();
  const kept: DivergenceDraft[] = [];
  for (const draft of drafts) {
    const key = `${draft.kind}|${draft.evidence.map((span) => `${span.sourceId}:${span.start}-${span.end}`).join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(draft);
  }
  return kept;
}
