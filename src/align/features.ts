import { chrFMax } from './chrf.js';
import { diceCoefficient } from './similarity.js';
import type { WordUnit } from './units.js';
import { MatchMatrix, type MatchKind } from './word-match.js';

/** What the pair features read from one side. */
export interface FeatureSide {
  /** The text, for character similarity. */
  readonly text: string;
  readonly units: readonly WordUnit[];
  /** Polarity: how many negators the side has. */
  readonly negations: number;
}

/** Word-by-word correspondence of two unit sequences: each unit's best partner. */
export interface WordAlignment {
  /** Score of the best partner of each unit of A in B (0 when none). */
  readonly bestA: Float64Array;
  readonly bestB: Float64Array;
  /** Kind of that best match. */
  readonly kindA: readonly (MatchKind | undefined)[];
  readonly kindB: readonly (MatchKind | undefined)[];
  /** The pairwise match kinds the alignment was read from. */
  readonly matrix: MatchMatrix;
}

/** Best partner of every unit on each side. Quadratic, for sentence-sized inputs. */
export function alignWords(a: readonly WordUnit[], b: readonly WordUnit[], matrix = new MatchMatrix(a, b)): WordAlignment {
  const bestA = new Float64Array(a.length);
  const bestB = new Float64Array(b.length);
  const kindA: (MatchKind | undefined)[] = new Array(a.length).fill(undefined);
  const kindB: (MatchKind | undefined)[] = new Array(b.length).fill(undefined);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const score = matrix.score(i, j);
      if (score === 0) continue;
      if (score > bestA[i]!) {
        bestA[i] = score;
        kindA[i] = matrix.kind(i, j);
      }
      if (score > bestB[j]!) {
        bestB[j] = score;
        kindB[j] = matrix.kind(i, j);
      }
    }
  }
  return { bestA, bestB, kindA, kindB, matrix };
}

/** Share of a side's weight that finds a partner, each unit weighted by `weight`. */
function coverage(units: readonly WordUnit[], best: Float64Array, weight: (unit: WordUnit) => number, exactOnly = false, kinds?: readonly (MatchKind | undefined)[]): number {
  let covered = 0;
  let total = 0;
  units.forEach((unit, i) => {
    const w = weight(unit);
    total += w;
    const score = exactOnly ? (kinds?.[i] === 'same' ? 1 : 0) : best[i]!;
    covered += w * score;
  });
  return total === 0 ? 1 : covered / total;
}

/**
 * Shared n-gram counts of two unit sequences for n = 1…4, computed once per pair. Keys
 * get small local ids, so an n-gram is one exact integer (base = distinct keys) rather
 * than a joined string.
 */
interface NgramCounts {
  /** shared[n]: Σ over n-grams of min(count in A, count in B). */
  readonly shared: number[];
  readonly totalA: number[];
  readonly totalB: number[];
  /**
   * Bigrams weighted by the mean prior of their two words (NIST's information weighting,
   * with the corpus-independent prior standing in for corpus counts): shared, A, B.
   */
  readonly weightedBigrams: readonly [shared: number, a: number, b: number];
}

function ngramCounts(a: readonly WordUnit[], b: readonly WordUnit[]): NgramCounts {
  const ids = new Map<string, number>();
  const encode = (units: readonly WordUnit[]): Int32Array =>
    Int32Array.from(units, (unit) => {
      let id = ids.get(unit.key);
      if (id === undefined) {
        id = ids.size;
        ids.set(unit.key, id);
      }
      return id;
    });
  const x = encode(a);
  const y = encode(b);
  const base = Math.max(1, ids.size);
  const shared = [0, 0, 0, 0, 0];
  const totalA = [0, 0, 0, 0, 0];
  const totalB = [0, 0, 0, 0, 0];
  const weighted: [number, number, number] = [0, 0, 0];
  const bigramMass = (units: readonly WordUnit[], i: number): number => (units[i]!.prior + units[i + 1]!.prior) / 2;
  for (let n = 1; n <= 4; n++) {
    const counts = new Map<number, number>();
    for (let i = 0; i + n <= x.length; i++) {
      let code = 0;
      for (let k = 0; k < n; k++) code = code * base + x[i + k]!;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      totalA[n]!++;
      if (n === 2) weighted[1] += bigramMass(a, i);
    }
    for (let i = 0; i + n <= y.length; i++) {
      let code = 0;
      for (let k = 0; k < n; k++) code = code * base + y[i + k]!;
      const left = counts.get(code) ?? 0;
      if (n === 2) weighted[2] += bigramMass(b, i);
      if (left > 0) {
        shared[n]!++;
        if (n === 2) weighted[0] += bigramMass(b, i);
        counts.set(code, left - 1);
      }
      totalB[n]!++;
    }
  }
  return { shared, totalA, totalB, weightedBigrams: weighted };
}

function ngramOverlap(counts: NgramCounts, n: number): number {
  const total = counts.totalA[n]! + counts.totalB[n]!;
  return total === 0 ? 1 : (2 * counts.shared[n]!) / total;
}

/** The lower of the two directions' precisions of a shared count (BLEU's modified precision). */
function precisionMin(shared: number, totalA: number, totalB: number): number {
  const total = Math.max(totalA, totalB);
  return total === 0 ? 0 : shared / total;
}

/** Smoothed BLEU of one side against the other (no brevity penalty: length is its own feature). */
function bleu(counts: NgramCounts, candidateTotals: readonly number[]): number {
  let logSum = 0;
  for (let n = 1; n <= 4; n++) logSum += Math.log((counts.shared[n]! + 1) / (candidateTotals[n]! + 1));
  return Math.exp(logSum / 4);
}

/** Length of the longest common subsequence of keys. */
export function lcsLength(a: readonly WordUnit[], b: readonly WordUnit[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const key = a[i - 1]!.key;
    for (let j = 1; j <= b.length; j++) {
      current[j] = key === b[j - 1]!.key ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function unmatched(units: readonly WordUnit[], best: Float64Array, keep: (unit: WordUnit) => boolean): number {
  let count = 0;
  units.forEach((unit, i) => {
    if (keep(unit) && best[i]! === 0) count++;
  });
  return count;
}

/** Longest stretch of consecutive units without a partner (function words included). */
function longestUnmatchedRun(units: readonly WordUnit[], best: Float64Array): number {
  let longest = 0;
  let run = 0;
  let hasContent = false;
  units.forEach((unit, i) => {
    if (best[i]! === 0) {
      run++;
      hasContent ||= !unit.functionWord;
      if (hasContent) longest = Math.max(longest, run);
    } else {
      run = 0;
      hasContent = false;
    }
  });
  return longest;
}

/** Distinct keys of name-like words on one side that appear nowhere on the other (as any word). */
function missingNames(units: readonly WordUnit[], other: readonly WordUnit[]): number {
  const names = new Set<string>();
  for (const unit of units) if (unit.nameLike) names.add(unit.key);
  if (names.size === 0) return 0;
  for (const unit of other) names.delete(unit.key);
  return names.size;
}

function editDistance(a: readonly WordUnit[], b: readonly WordUnit[]): number {
  // Two reused rows rather than a new array per row.
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1]!.key === b[j - 1]!.key ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Characters beyond which a side is not scored by chrF (n log n in characters) but by
 * the character Dice already computed, its closest cheap stand-in: sentences and quotes
 * stay far below (MRPC's longest is under 400), a text without word breaks does not.
 */
const MAX_CHRF_LENGTH = 5_000;

export const FEATURE_NAMES = [
  'exactMin', // weighted coverage by exact key matches, the less covered side
  'contentMax', // unweighted coverage of content words (stems, synonyms, spellings), the better covered side
  'allTokensF', // coverage of every word, function words included, as F1
  'bigramF', // shared key bigrams, as F1
  'lcsShort', // longest common subsequence over the shorter side
  'lcsLong', // … over the longer side
  'charDice', // character bigram Dice of the texts
  'lengthRatio', // shorter over longer, in words
  'numberMismatch', // numbers on one side missing from the other
  'negationMismatch', // polarity differs
  'nameMismatch', // unmatched capitalised words, both sides
  'unmatchedContentMax', // weighted mass of unmatched content words on the worse side
  'softMinSquared', // weighted soft coverage of the less covered side, squared: lets the linear model bend near the top
  'unmatchedRunMax', // longest run of unmatched words on either side: an added clause
  'unmatchedRunMin', // … on the side with the shorter such run
  'bleu', // geometric mean of 1–4-gram precisions, averaged over both directions
  'editDistance', // word-level Levenshtein distance over the longer length
  'weightedBigramMin', // NIST-like prior-weighted bigram precision, the lower direction
  'unigramPrecisionMin', // BLEU unigram precision, the lower direction
  'missingNamesMin', // distinct name-like keys absent from the other side, the better side: a name both sides lack in the other
  'chrFMax', // character n-gram F-score (chrF, n = 1–6, β = 2), the better direction
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The pair features `relate()` classifies, in {@link FEATURE_NAMES} order (chosen by
 * 5-fold cross-validation on the MRPC training split, see train-relate.ts). Every
 * feature is symmetric in A and B (computed per side, then combined by min, max, sum or
 * F1), so `relate(x, y)` and `relate(y, x)` agree exactly.
 */
export function pairFeatures(a: FeatureSide, b: FeatureSide, alignment = alignWords(a.units, b.units)): number[] {
  const { bestA, bestB, kindA, kindB } = alignment;
  const prior = (unit: WordUnit): number => unit.prior;
  const softMin = Math.min(coverage(a.units, bestA, prior), coverage(b.units, bestB, prior));
  const exactA = coverage(a.units, bestA, prior, true, kindA);
  const exactB = coverage(b.units, bestB, prior, true, kindB);
  const contentWeight = (unit: WordUnit): number => (unit.functionWord ? 0 : 1);
  const contentA = coverage(a.units, bestA, contentWeight);
  const contentB = coverage(b.units, bestB, contentWeight);
  const one = (): number => 1;
  const allA = coverage(a.units, bestA, one, true, kindA);
  const allB = coverage(b.units, bestB, one, true, kindB);
  const lcs = lcsLength(a.units, b.units);
  const shorter = Math.min(a.units.length, b.units.length);
  const longer = Math.max(a.units.length, b.units.length);
  const numberMismatch =
    unmatched(a.units, bestA, (u) => u.kind === 'number') + unmatched(b.units, bestB, (u) => u.kind === 'number');
  const unmatchedMass = (units: readonly WordUnit[], best: Float64Array): number =>
    units.reduce((sum, unit, i) => sum + (unit.functionWord ? 0 : unit.prior * (1 - best[i]!)), 0);
  const grams = ngramCounts(a.units, b.units);
  const [weightedShared, weightedA, weightedB] = grams.weightedBigrams;
  const runA = longestUnmatchedRun(a.units, bestA);
  const runB = longestUnmatchedRun(b.units, bestB);
  const charDice = diceCoefficient(a.text.toLowerCase(), b.text.toLowerCase());
  return [
    Math.min(exactA, exactB),
    Math.max(contentA, contentB),
    allA + allB === 0 ? 0 : (2 * allA * allB) / (allA + allB),
    ngramOverlap(grams, 2),
    shorter === 0 ? 0 : lcs / shorter,
    longer === 0 ? 0 : lcs / longer,
    charDice,
    longer === 0 ? 1 : shorter / longer,
    Math.min(numberMismatch, 3),
    (a.negations % 2) !== (b.negations % 2) ? 1 : 0,
    Math.min(unmatched(a.units, bestA, (u) => u.nameLike) + unmatched(b.units, bestB, (u) => u.nameLike), 4),
    Math.min(Math.max(unmatchedMass(a.units, bestA), unmatchedMass(b.units, bestB)), 8),
    softMin * softMin,
    Math.min(Math.max(runA, runB), 12),
    Math.min(Math.min(runA, runB), 12),
    (bleu(grams, grams.totalA) + bleu(grams, grams.totalB)) / 2,
    longer === 0 ? 0 : editDistance(a.units, b.units) / longer,
    weightedA === 0 || weightedB === 0 ? 0 : weightedShared / Math.max(weightedA, weightedB),
    precisionMin(grams.shared[1]!, grams.totalA[1]!, grams.totalB[1]!),
    Math.min(missingNames(a.units, b.units), missingNames(b.units, a.units), 4),
    Math.max(a.text.length, b.text.length) > MAX_CHRF_LENGTH ? charDice : chrFMax(a.text, b.text),
  ].map((value) => (Number.isFinite(value) ? value : 0));
}
