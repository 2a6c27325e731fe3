import { bagDice, sharedWeight, type Bag } from './bags.js';
import { InvertedIndex } from './candidates.js';

/** Sentences `[aFrom, aTo)` of A correspond to `[bFrom, bTo)` of B (1–1, 2–1 or 1–2). */
export interface SentencePair {
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
  /** Weighted Dice of the two stretches' words. */
  readonly score: number;
}

export interface SentenceAlignment {
  readonly regime: 'parallel' | 'independent';
  readonly pairs: readonly SentencePair[];
}

export interface SentenceAlignmentOptions {
  /**
   * Final say on a pair in the independent regime, where position proves nothing (e.g.
   * the paraphrase classifier). Pairs are offered best first; a refused pair leaves both
   * sentences free for others.
   * @default every pair with enough shared words is accepted
   */
  readonly accept?: (aIndex: number, bIndex: number) => boolean;
}

/** Candidates kept per sentence from the inverted index. */
const CANDIDATES_PER_SENTENCE = 4;
/** A pair whose weighted Dice is at least this anchors the regime test. */
const ANCHOR_SCORE = 0.3;
/** Candidates scoring within this of a sentence's best are also possible anchors. */
const ANCHOR_TOLERANCE = 0.05;
/** Share of the shorter report's sentences that must anchor in order for "parallel". */
const PARALLEL_SHARE = 0.4;
/** In the DP, a pair gains its Dice minus this; weaker pairs are better left unmatched. */
const PAIR_THRESHOLD = 0.18;
/** Extra cost of a 2–1 or 1–2 merge, so that a merge must earn its place. */
const MERGE_PENALTY = 0.06;
/** Half-width of the DP band around the anchor path, in sentences, before local slack. */
const BAND = 6;
/** Most a band may widen between two distant anchors. */
const MAX_BAND = 80;
/** Two renderings of one text have about as many sentences: the smaller at least this share of the larger. */
const PARALLEL_LENGTH_RATIO = 0.6;
/** In the independent regime, pairs below this Dice are not even offered… */
const INDEPENDENT_MIN_SCORE = 0.25;
/** …and each sentence offers at most its best few candidates. */
const INDEPENDENT_OFFERS = 2;

/**
 * How many items a key may appear in before it stops producing candidates: grows with
 * small inputs, then stays fixed so that the cost stays linear in the input.
 */
export function postingLimit(items: number): number {
  return Math.min(64, Math.max(24, Math.ceil(2 * Math.sqrt(items))));
}

/**
 * Aligns the sentences of two reports. First, an inverted index proposes a few
 * candidates per sentence (never all pairs). If the best candidates form a long
 * increasing chain, the reports are two renderings of one text ("parallel"): a monotone
 * dynamic programme, banded around that chain, aligns them in order with 1–1, 2–1 and
 * 1–2 steps, using order as evidence. Otherwise ("independent") candidate pairs are
 * matched one-to-one, best first.
 */
export function alignSentences(a: readonly Bag[], b: readonly Bag[], options: SentenceAlignmentOptions = {}): SentenceAlignment {
  if (a.length === 0 || b.length === 0) return { regime: 'independent', pairs: [] };
  const index = new InvertedIndex(b, postingLimit(a.length + b.length));
  // Where B's sentence would be if the texts ran in step: the tie-break between repeats.
  const diagonal = (i: number): number => Math.round((i * b.length) / a.length);
  const candidates = a.map((bag, i) =>
    index.lookup(bag, CANDIDATES_PER_SENTENCE, diagonal(i)).map((candidate) => ({ j: candidate.index, score: bagDice(bag, b[candidate.index]!) })),
  );
  // Every candidate close to its sentence's best is a possible anchor; the chain picks at
  // most one per sentence (points of one i are ordered by descending j).
  const anchors: { i: number; j: number }[] = [];
  candidates.forEach((list, i) => {
    const best = list.reduce((max, candidate) => Math.max(max, candidate.score), 0);
    if (best < ANCHOR_SCORE) return;
    const near = list.filter((candidate) => candidate.score >= best - ANCHOR_TOLERANCE).map((candidate) => candidate.j);
    near.sort((x, y) => y - x);
    for (const j of near) anchors.push({ i, j });
  });
  const chain = longestIncreasingChain(anchors);
  const shorter = Math.min(a.length, b.length);
  const similarLength = shorter >= PARALLEL_LENGTH_RATIO * Math.max(a.length, b.length);
  if (similarLength && chain.length >= 2 && chain.length >= PARALLEL_SHARE * shorter) {
    return { regime: 'parallel', pairs: absorbOrphans(a, b, fillSingleGaps(a, b, alignInOrder(a, b, chain))) };
  }
  return { regime: 'independent', pairs: matchBestFirst(a, b, candidates, options.accept) };
}

/** Longest chain of anchors increasing in both i and j (patience sorting, O(k log k)). */
function longestIncreasingChain(anchors: readonly { i: number; j: number }[]): { i: number; j: number }[] {
  const tails: number[] = []; // index into anchors of the smallest tail of each length
  const previous = new Int32Array(anchors.length).fill(-1);
  anchors.forEach((anchor, k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (anchors[tails[mid]!]!.j < anchor.j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  });
  const chain: { i: number; j: number }[] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(anchors[k]!);
  return chain.reverse();
}

/** Expected j for each i (piecewise linear through the chain) and the band around it. */
function bandAround(nA: number, nB: number, chain: readonly { i: number; j: number }[]): { lo: Int32Array; hi: Int32Array } {
  const points = [{ i: 0, j: 0 }, ...chain.map(({ i, j }) => ({ i: i + 0.5, j: j + 0.5 })), { i: nA, j: nB }];
  const lo = new Int32Array(nA + 1);
  const hi = new Int32Array(nA + 1);
  let segment = 0;
  for (let i = 0; i <= nA; i++) {
    while (segment < points.length - 2 && points[segment + 1]!.i < i) segment++;
    const p = points[segment]!;
    const q = points[segment + 1]!;
    const t = q.i === p.i ? 0 : (i - p.i) / (q.i - p.i);
    const center = p.j + t * (q.j - p.j);
    // Between two distant anchors the path may bend: widen the band by the gap's skew.
    const slack = Math.min(MAX_BAND, BAND + Math.ceil(Math.abs(q.i - p.i - (q.j - p.j)) / 2));
    lo[i] = Math.max(0, Math.floor(center) - slack);
    hi[i] = Math.min(nB, Math.ceil(center) + slack);
  }
  lo[0] = 0;
  hi[nA] = nB;
  // Consecutive rows must overlap, or the path could not pass.
  for (let i = 1; i <= nA; i++) {
    if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
    if (hi[i]! < lo[i - 1]!) hi[i] = lo[i - 1]!;
  }
  for (let i = nA - 1; i >= 0; i--) if (hi[i]! < lo[i + 1]! - 1) hi[i] = lo[i + 1]! - 1;
  return { lo, hi };
}

// Back-pointers of the DP.
const SKIP_A = 1;
const SKIP_B = 2;
const ONE_ONE = 3;
const TWO_ONE = 4;
const ONE_TWO = 5;

/** Monotone banded DP over sentence pairs with 1–1, 2–1, 1–2 steps and skips. */
function alignInOrder(a: readonly Bag[], b: readonly Bag[], chain: readonly { i: number; j: number }[]): SentencePair[] {
  const nA = a.length;
  const nB = b.length;
  const { lo, hi } = bandAround(nA, nB, chain);
  // Per row i (0…nA) and column j in [lo[i], hi[i]]: best score, back-pointer, and the
  // weight shared by A[i-1] and B[j-1] (computed once per cell, reused by the merges).
  const scores: Float64Array[] = [];
  const moves: Uint8Array[] = [];
  const shared: Float64Array[] = [];
  const inBand = (i: number, j: number): boolean => i >= 0 && j >= lo[i]! && j <= hi[i]!;
  const scoreAt = (i: number, j: number): number => (inBand(i, j) ? scores[i]![j - lo[i]!]! : -Infinity);
  const sharedAt = (i: number, j: number): number => (inBand(i, j) ? shared[i]![j - lo[i]!]! : sharedWeight(a[i - 1]!, b[j - 1]!));
  const dice = (common: number, totalA: number, totalB: number): number => {
    const total = totalA + totalB;
    return total === 0 ? 0 : (2 * Math.min(common, totalA, totalB)) / total;
  };
  for (let i = 0; i <= nA; i++) {
    const offset = lo[i]!;
    const width = hi[i]! - offset + 1;
    const row = new Float64Array(width);
    const move = new Uint8Array(width);
    const common = new Float64Array(width);
    scores.push(row);
    moves.push(move);
    shared.push(common);
    for (let j = offset; j <= hi[i]!; j++) {
      const k = j - offset;
      let best = i === 0 && j === 0 ? 0 : -Infinity;
      let choice = 0;
      if (i > 0) {
        const up = scoreAt(i - 1, j);
        if (up > best) {
          best = up;
          choice = SKIP_A;
        }
      }
      if (j > offset) {
        const left = row[k - 1]!;
        if (left > best) {
          best = left;
          choice = SKIP_B;
        }
      }
      if (i > 0 && j > 0) {
        const x = a[i - 1]!;
        const y = b[j - 1]!;
        const here = sharedWeight(x, y);
        common[k] = here;
        const diagonal = scoreAt(i - 1, j - 1);
        if (diagonal > -Infinity) {
          const value = diagonal + dice(here, x.total, y.total) - PAIR_THRESHOLD;
          if (value > best) {
            best = value;
            choice = ONE_ONE;
          }
        }
        const twoOne = i > 1 ? scoreAt(i - 2, j - 1) : -Infinity;
        if (twoOne > -Infinity) {
          const previous = a[i - 2]!;
          const value = twoOne + dice(here + sharedAt(i - 1, j), previous.total + x.total, y.total) - PAIR_THRESHOLD - MERGE_PENALTY;
          if (value > best) {
            best = value;
            choice = TWO_ONE;
          }
        }
        const oneTwo = j > 1 ? scoreAt(i - 1, j - 2) : -Infinity;
        if (oneTwo > -Infinity) {
          const previous = b[j - 2]!;
          const before = k > 0 ? common[k - 1]! : sharedWeight(x, previous);
          const value = oneTwo + dice(here + before, x.total, previous.total + y.total) - PAIR_THRESHOLD - MERGE_PENALTY;
          if (value > best) {
            best = value;
            choice = ONE_TWO;
          }
        }
      }
      row[k] = best;
      move[k] = choice;
    }
  }
  const stretchDice = (aFrom: number, aTo: number, bFrom: number, bTo: number): number => {
    let common = 0;
    let totalA = 0;
    let totalB = 0;
    for (let p = aFrom; p < aTo; p++) {
      totalA += a[p]!.total;
      for (let q = bFrom; q < bTo; q++) common += sharedWeight(a[p]!, b[q]!);
    }
    for (let q = bFrom; q < bTo; q++) totalB += b[q]!.total;
    return dice(common, totalA, totalB);
  };
  const pairs: SentencePair[] = [];
  let i = nA;
  let j = nB;
  while (i > 0 || j > 0) {
    const move = inBand(i, j) ? moves[i]![j - lo[i]!]! : 0;
    if (move === SKIP_A) i--;
    else if (move === SKIP_B) j--;
    else if (move === ONE_ONE || move === TWO_ONE || move === ONE_TWO) {
      const aFrom = move === TWO_ONE ? i - 2 : i - 1;
      const bFrom = move === ONE_TWO ? j - 2 : j - 1;
      pairs.push({ aFrom, aTo: i, bFrom, bTo: j, score: stretchDice(aFrom, i, bFrom, j) });
      i = aFrom;
      j = bFrom;
    } else break; // unreachable by construction; stop rather than loop
  }
  return pairs.reverse();
}

/** Character-length ratio within which a lone gap sentence pair is filled. */
const GAP_LENGTH_RATIO = 2;

/**
 * Between two aligned pairs (or a pair and an end of the texts), one sentence of A left
 * over facing one sentence of B is, in two renderings of one text, almost always the
 * same sentence translated freely ("Many are keeping their excitement within bounds." /
 * "There is limited enthusiasm, too."): position is the evidence. Only lone gaps of
 * comparable length are filled.
 */
function fillSingleGaps(a: readonly Bag[], b: readonly Bag[], pairs: readonly SentencePair[]): SentencePair[] {
  const filled: SentencePair[] = [];
  let aNext = 0;
  let bNext = 0;
  const consider = (aStop: number, bStop: number): void => {
    if (aStop - aNext !== 1 || bStop - bNext !== 1) return;
    const x = a[aNext]!;
    const y = b[bNext]!;
    const ratio = Math.max(x.length, y.length) / Math.max(1, Math.min(x.length, y.length));
    if (ratio <= GAP_LENGTH_RATIO) filled.push({ aFrom: aNext, aTo: aStop, bFrom: bNext, bTo: bStop, score: bagDice(x, y) });
  };
  for (const pair of pairs) {
    consider(pair.aFrom, pair.bFrom);
    filled.push(pair);
    aNext = pair.aTo;
    bNext = pair.bTo;
  }
  consider(a.length, b.length);
  return filled;
}

/** Share of an orphan sentence's weight that its neighbour's partner must hold for it to join the pair. */
const ORPHAN_SHARE = 0.25;

/**
 * A sentence left unmatched next to a 1–1 pair joins it (making it 1–2 or 2–1) when a
 * good share of its words is found in the pair's other side: the other rendering said
 * in one sentence what this one split in two ("Rescuers handed out blankets. They also
 * brought hot drinks…"), but the split-off part was too short to win a merge in the DP.
 */
function absorbOrphans(a: readonly Bag[], b: readonly Bag[], pairs: SentencePair[]): SentencePair[] {
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  for (const pair of pairs) {
    matchedA.fill(1, pair.aFrom, pair.aTo);
    matchedB.fill(1, pair.bFrom, pair.bTo);
  }
  const share = (orphan: Bag, partner: Bag): number => (orphan.total === 0 ? 0 : sharedWeight(orphan, partner) / orphan.total);
  return pairs.map((pair) => {
    if (pair.aTo - pair.aFrom !== 1 || pair.bTo - pair.bFrom !== 1) return pair;
    const x = a[pair.aFrom]!;
    const y = b[pair.bFrom]!;
    // Candidates: the orphan just before or just after, on either side; the best share wins.
    const options: { pair: SentencePair; share: number }[] = [];
    const consider = (side: 'a' | 'b', index: number): void => {
      const bags = side === 'a' ? a : b;
      const matched = side === 'a' ? matchedA : matchedB;
      if (index < 0 || index >= bags.length || matched[index]) return;
      const value = share(bags[index]!, side === 'a' ? y : x);
      if (value < ORPHAN_SHARE) return;
      const merged =
        side === 'a'
          ? { ...pair, aFrom: Math.min(pair.aFrom, index), aTo: Math.max(pair.aTo, index + 1) }
          : { ...pair, bFrom: Math.min(pair.bFrom, index), bTo: Math.max(pair.bTo, index + 1) };
      options.push({ pair: merged, share: value });
    };
    consider('a', pair.aFrom - 1);
    consider('a', pair.aTo);
    consider('b', pair.bFrom - 1);
    consider('b', pair.bTo);
    if (options.length === 0) return pair;
    options.sort((p, q) => q.share - p.share);
    const chosen = options[0]!.pair;
    matchedA.fill(1, chosen.aFrom, chosen.aTo);
    matchedB.fill(1, chosen.bFrom, chosen.bTo);
    let common = 0;
    let totalA = 0;
    let totalB = 0;
    for (let p = chosen.aFrom; p < chosen.aTo; p++) totalA += a[p]!.total;
    for (let q = chosen.bFrom; q < chosen.bTo; q++) totalB += b[q]!.total;
    for (let p = chosen.aFrom; p < chosen.aTo; p++) for (let q = chosen.bFrom; q < chosen.bTo; q++) common += sharedWeight(a[p]!, b[q]!);
    const score = totalA + totalB === 0 ? 0 : (2 * Math.min(common, totalA, totalB)) / (totalA + totalB);
    return { ...chosen, score };
  });
}

/** One-to-one matching of candidate pairs, best first. */
function matchBestFirst(
  a: readonly Bag[],
  b: readonly Bag[],
  candidates: readonly (readonly { j: number; score: number }[])[],
  accept: SentenceAlignmentOptions['accept'],
): SentencePair[] {
  const offers: { i: number; j: number; score: number }[] = [];
  candidates.forEach((list, i) => {
    const best = [...list].sort((x, y) => y.score - x.score || x.j - y.j).slice(0, INDEPENDENT_OFFERS);
    for (const { j, score } of best) if (score >= INDEPENDENT_MIN_SCORE) offers.push({ i, j, score });
  });
  offers.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: SentencePair[] = [];
  for (const { i, j, score } of offers) {
    if (usedA[i] || usedB[j]) continue;
    if (accept && !accept(i, j)) continue;
    usedA[i] = 1;
    usedB[j] = 1;
    pairs.push({ aFrom: i, aTo: i + 1, bFrom: j, bTo: j + 1, score });
  }
  return pairs.sort((x, y) => x.aFrom - y.aFrom);
}
