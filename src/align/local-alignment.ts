import type { WordUnit } from './units.js';
import { MatchMatrix } from './word-match.js';

/** The best-scoring pair of stretches `[aFrom, aTo)` × `[bFrom, bTo)` (unit indices). */
export interface LocalAlignment {
  readonly score: number;
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
  /** Matched weight on each side (sum of unit weight × match score). */
  readonly matchedA: number;
  readonly matchedB: number;
  /** Number of matched content words. */
  readonly contentMatches: number;
  /** The matched unit pairs `[i, j]`, in order (absent when the inputs were too large to trace). */
  readonly pairs?: readonly (readonly [number, number])[];
}

export interface LocalAlignmentScoring {
  /** Weight of a unit of A, e.g. its TF-IDF weight or prior. */
  readonly weightA: (unit: WordUnit, index: number) => number;
  /** Weight of a unit of B. */
  readonly weightB: (unit: WordUnit, index: number) => number;
  /**
   * Cost of skipping a unit of A, as a share of its weight. Make it small for the side
   * expected to say more (a long quote that contains a short one). @default 0.35
   */
  readonly gapShareA?: number;
  /** Cost of skipping a unit of B. @default 0.35 */
  readonly gapShareB?: number;
  /** Cost of a mismatched pair, as a share of the pair's mean weight. @default 0.5 */
  readonly mismatchShare?: number;
}

/** Above this many cells the alignment is computed without the traceback matrix. */
const MAX_TRACED_CELLS = 4_000_000;

const STOP = 0;
const DIAGONAL = 1;
const UP = 2;
const LEFT = 3;

/**
 * Smith–Waterman local alignment over word units: finds the stretch of A and the stretch
 * of B that say the most in common, so that a short quote contained in a long one is
 * found even when whole-string similarity is low. A match scores by kind (same word,
 * synonym, spelling, near-synonym) times the words' weights; skipping a word costs a
 * share of its weight, so skipping "the" is cheap and skipping a name is not.
 * O(|A|·|B|) time; O(|B|) memory plus a byte per cell for the traceback.
 */
export function alignLocally(
  a: readonly WordUnit[],
  b: readonly WordUnit[],
  scoring: LocalAlignmentScoring,
  matrix: MatchMatrix = new MatchMatrix(a, b),
): LocalAlignment {
  const gapShareA = scoring.gapShareA ?? 0.35;
  const gapShareB = scoring.gapShareB ?? 0.35;
  const mismatchShare = scoring.mismatchShare ?? 0.5;
  const weightA = a.map(scoring.weightA);
  const weightB = b.map(scoring.weightB);
  const n = a.length;
  const m = b.length;
  const traced = (n + 1) * (m + 1) <= MAX_TRACED_CELLS;
  const moves = traced ? new Uint8Array((n + 1) * (m + 1)) : undefined;
  // Per cell: score, where its path starts, matched weights and content matches so far.
  let score = new Float64Array(m + 1);
  let startI = new Int32Array(m + 1);
  let startJ = new Int32Array(m + 1);
  let gotA = new Float64Array(m + 1);
  let gotB = new Float64Array(m + 1);
  let content = new Int32Array(m + 1);
  let rowScore = new Float64Array(m + 1);
  let rowStartI = new Int32Array(m + 1);
  let rowStartJ = new Int32Array(m + 1);
  let rowGotA = new Float64Array(m + 1);
  let rowGotB = new Float64Array(m + 1);
  let rowContent = new Int32Array(m + 1);
  // The best cell so far, kept in scalars: this loop runs once per cell.
  let bestScore = 0;
  let bestAFrom = 0;
  let bestATo = 0;
  let bestBFrom = 0;
  let bestBTo = 0;
  let bestMatchedA = 0;
  let bestMatchedB = 0;
  let bestContent = 0;
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]!;
    const wx = weightA[i - 1]!;
    rowScore[0] = 0;
    for (let j = 1; j <= m; j++) {
      const y = b[j - 1]!;
      const wy = weightB[j - 1]!;
      // 0 for a mismatch: every match kind scores above 0.
      const matchScore = matrix.score(i - 1, j - 1);
      const pair = (wx + wy) / 2;
      const diagonal = score[j - 1]! + (matchScore === 0 ? -mismatchShare * pair : matchScore * pair);
      const up = score[j]! - gapShareA * wx;
      const left = rowScore[j - 1]! - gapShareB * wy;
      let value = 0;
      let move = STOP;
      if (diagonal > value) {
        value = diagonal;
        move = DIAGONAL;
      }
      if (up > value) {
        value = up;
        move = UP;
      }
      if (left > value) {
        value = left;
        move = LEFT;
      }
      rowScore[j] = value;
      if (moves) moves[i * (m + 1) + j] = move;
      if (move === STOP) {
        rowStartI[j] = i;
        rowStartJ[j] = j;
        rowGotA[j] = 0;
        rowGotB[j] = 0;
        rowContent[j] = 0;
        continue;
      }
      // The predecessor cell: previous row for diagonal and up, this row for left.
      const k = move === UP ? j : j - 1;
      const inRow = move === LEFT;
      const predecessorScore = inRow ? rowScore[k]! : score[k]!;
      // Only a match can open a path (a gap from zero scores below zero).
      const fresh = predecessorScore <= 0;
      rowStartI[j] = fresh ? i - 1 : inRow ? rowStartI[k]! : startI[k]!;
      rowStartJ[j] = fresh ? j - 1 : inRow ? rowStartJ[k]! : startJ[k]!;
      let matchedA = fresh ? 0 : inRow ? rowGotA[k]! : gotA[k]!;
      let matchedB = fresh ? 0 : inRow ? rowGotB[k]! : gotB[k]!;
      let matches = fresh ? 0 : inRow ? rowContent[k]! : content[k]!;
      if (move === DIAGONAL && matchScore !== 0) {
        matchedA += matchScore * wx;
        matchedB += matchScore * wy;
        if (!x.functionWord && !y.functionWord) matches++;
      }
      rowGotA[j] = matchedA;
      rowGotB[j] = matchedB;
      rowContent[j] = matches;
      if (value > bestScore) {
        bestScore = value;
        bestAFrom = rowStartI[j]!;
        bestATo = i;
        bestBFrom = rowStartJ[j]!;
        bestBTo = j;
        bestMatchedA = matchedA;
        bestMatchedB = matchedB;
        bestContent = matches;
      }
    }
    // The row just filled becomes the previous row.
    const swapScore = score;
    score = rowScore;
    rowScore = swapScore;
    const swapStartI = startI;
    startI = rowStartI;
    rowStartI = swapStartI;
    const swapStartJ = startJ;
    startJ = rowStartJ;
    rowStartJ = swapStartJ;
    const swapGotA = gotA;
    gotA = rowGotA;
    rowGotA = swapGotA;
    const swapGotB = gotB;
    gotB = rowGotB;
    rowGotB = swapGotB;
    const swapContent = content;
    content = rowContent;
    rowContent = swapContent;
  }
  const best = { score: bestScore, aFrom: bestAFrom, aTo: bestATo, bFrom: bestBFrom, bTo: bestBTo, matchedA: bestMatchedA, matchedB: bestMatchedB, contentMatches: bestContent };
  if (!moves || best.score === 0) return best;
  const pairs: [number, number][] = [];
  let i = best.aTo;
  let j = best.bTo;
  while (i > 0 && j > 0) {
    const move = moves[i * (m + 1) + j];
    if (move === DIAGONAL) {
      if (matrix.score(i - 1, j - 1) !== 0) pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (move === UP) i--;
    else if (move === LEFT) j--;
    else break;
  }
  return { ...best, pairs: pairs.reverse() };
}
