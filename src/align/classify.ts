import type { Relation } from '../report/types.js';
import { RELATE_MODEL } from './data/relate-model.generated.js';
import { alignWords, pairFeatures, type FeatureSide } from './features.js';
import { alignLocally } from './local-alignment.js';
import { MatchMatrix } from './word-match.js';

/** Probability, by the MRPC-trained logistic regression, that two sentences say the same thing. */
export function equivalenceProbability(features: readonly number[]): number {
  let z: number = RELATE_MODEL.bias;
  features.forEach((value, k) => {
    z += RELATE_MODEL.weights[k]! * ((value - RELATE_MODEL.mean[k]!) / RELATE_MODEL.scale[k]!);
  });
  return 1 / (1 + Math.exp(-z));
}

export interface Classification {
  readonly relation: Relation;
  /** Weighted soft overlap of the two sides' words, 0–1 (see `relate`). */
  readonly similarity: number;
  /** Probability that the sides are paraphrases. */
  readonly probability: number;
  /** Weighted share of the better-contained side found in the other by local alignment. */
  readonly containment: number;
  /** Content words the local alignment matched. */
  readonly contentMatches: number;
}

/** A local match must cover this share of the smaller side's weight to make a pair `partial`… */
const PARTIAL_CONTAINMENT = 0.5;
/** …and hold this many content words, so that "the president said" is not a partial match. */
const PARTIAL_CONTENT_WORDS = 2;

function sameWords(a: FeatureSide, b: FeatureSide): boolean {
  if (a.units.length !== b.units.length) return false;
  return a.units.every((unit, i) => unit.lower === b.units[i]!.lower);
}

function countContentMatches(side: FeatureSide, kinds: readonly (string | undefined)[]): number {
  let count = 0;
  side.units.forEach((unit, i) => {
    if (!unit.functionWord && kinds[i] !== undefined) count++;
  });
  return count;
}

/**
 * Word pairs beyond which two stretches are not compared word by word (the matrix, the
 * features and the local alignment are quadratic): about 250 × 250 words. Real sentences
 * and quotes stay far below; a text without sentence breaks does not.
 */
export const MAX_PAIR_CELLS = 60_000;

/** Overlap of keys (weighted by prior) from which two over-long stretches count as equivalent. */
const BAG_EQUIVALENT = 0.85;

/**
 * {@link classifyPair} for stretches too long to compare word by word: by the weighted
 * overlap of their keys, in linear time. No synonyms, no order; a fallback for
 * pathological input, not a classifier.
 */
function classifyByBags(a: FeatureSide, b: FeatureSide): Classification {
  if (sameWords(a, b)) return { relation: 'identical', similarity: 1, probability: 1, containment: 1, contentMatches: a.units.filter((unit) => !unit.functionWord).length };
  const weights = (side: FeatureSide): Map<string, number> => {
    const map = new Map<string, number>();
    for (const unit of side.units) map.set(unit.key, (map.get(unit.key) ?? 0) + unit.prior);
    return map;
  };
  const x = weights(a);
  const y = weights(b);
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  let contentMatches = 0;
  for (const value of x.values()) totalA += value;
  for (const value of y.values()) totalB += value;
  const content = new Set(a.units.filter((unit) => !unit.functionWord).map((unit) => unit.key));
  for (const [key, value] of x) {
    const other = y.get(key);
    if (other === undefined) continue;
    shared += Math.min(value, other);
    if (content.has(key)) contentMatches++;
  }
  const dice = totalA + totalB === 0 ? 0 : (2 * shared) / (totalA + totalB);
  const containment = Math.min(totalA, totalB) === 0 ? 0 : shared / Math.min(totalA, totalB);
  const relation: Relation =
    dice >= BAG_EQUIVALENT ? 'equivalent' : containment >= PARTIAL_CONTAINMENT && contentMatches >= PARTIAL_CONTENT_WORDS ? 'partial' : 'unrelated';
  return { relation, similarity: round4(dice), probability: dice, containment: round4(containment), contentMatches };
}

/** Rounds to 4 decimals so that reports are stable and readable. */
export const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * Relates two word sequences: `identical` (the same words, ignoring case, punctuation and
 * typography), `equivalent` (a paraphrase, by the classifier), `partial` (one contains a
 * substantial part of the other, by local alignment) or `unrelated`.
 * The caller is responsible for passing the sides in a canonical order if it needs
 * exact symmetry.
 */
export function classifyPair(a: FeatureSide, b: FeatureSide, given?: MatchMatrix): Classification {
  if (a.units.length * b.units.length > MAX_PAIR_CELLS) return classifyByBags(a, b);
  const matrix = given ?? new MatchMatrix(a.units, b.units);
  const alignment = alignWords(a.units, b.units, matrix);
  const weighted = (best: Float64Array, side: FeatureSide): number => {
    let covered = 0;
    let total = 0;
    side.units.forEach((unit, i) => {
      total += unit.prior;
      covered += unit.prior * best[i]!;
    });
    return total === 0 ? 0 : covered / total;
  };
  const softA = weighted(alignment.bestA, a);
  const softB = weighted(alignment.bestB, b);
  const similarity = softA + softB === 0 ? 0 : round4((2 * softA * softB) / (softA + softB));
  if (a.units.length > 0 && sameWords(a, b)) return { relation: 'identical', similarity: 1, probability: 1, containment: 1, contentMatches: a.units.filter((unit) => !unit.functionWord).length };
  if (a.units.length === 0 || b.units.length === 0) return { relation: 'unrelated', similarity: 0, probability: 0, containment: 0, contentMatches: 0 };
  const probability = equivalenceProbability(pairFeatures(a, b, alignment));
  // Paraphrases contain each other by definition; only the others need the local alignment.
  if (probability >= RELATE_MODEL.threshold) {
    return { relation: 'equivalent', similarity, probability, containment: 1, contentMatches: countContentMatches(a, alignment.kindA) };
  }
  // The local alignment can only match what the soft coverage already found: when even
  // that falls short of a partial match, the alignment is not needed.
  if (Math.max(softA, softB) < PARTIAL_CONTAINMENT) {
    return { relation: 'unrelated', similarity, probability, containment: round4(Math.max(softA, softB)), contentMatches: countContentMatches(a, alignment.kindA) };
  }
  const local = alignLocally(a.units, b.units, { weightA: (unit) => unit.prior, weightB: (unit) => unit.prior }, matrix);
  const total = (side: FeatureSide): number => side.units.reduce((sum, unit) => sum + unit.prior, 0);
  const containment = Math.max(local.matchedA / total(a), local.matchedB / total(b));
  const relation: Relation = containment >= PARTIAL_CONTAINMENT && local.contentMatches >= PARTIAL_CONTENT_WORDS ? 'partial' : 'unrelated';
  return { relation, similarity, probability, containment: round4(containment), contentMatches: local.contentMatches };
}
