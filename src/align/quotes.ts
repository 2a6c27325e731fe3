import type { Quote } from '../quotes/types.js';
import type { Relation } from '../report/types.js';
import type { Document } from '../text/types.js';
import { sharedWeight } from './bags.js';
import { InvertedIndex } from './candidates.js';
import { classifyPair, MAX_PAIR_CELLS, round4 } from './classify.js';
import { alignLocally, type LocalAlignment } from './local-alignment.js';
import { alignWords } from './features.js';
import { MatchMatrix } from './word-match.js';
import { postingLimit } from './sentences.js';
import type { WordUnit } from './units.js';
import { stretchUnits, toView, type StretchView, type ViewContext } from './views.js';

/** A quote seen as words: the words of its parts only, never of the cue that interrupts it. */
export interface QuoteView extends StretchView {
  readonly quote: Quote;
  /** Token ranges `[from, to)` of the quote's parts in the document. */
  readonly tokenRanges: readonly (readonly [number, number])[];
}

/** Two quotes that report the same statement, wholly or in part. */
export interface QuotePair {
  /** Indices into the quote lists of A and B. */
  readonly a: number;
  readonly b: number;
  readonly relation: Relation;
  readonly similarity: number;
  /** Weighted share of the smaller quote found in the other. */
  readonly containment: number;
  readonly local: LocalAlignment;
}

/** Tokens lying wholly inside `[start, end)` (two binary searches). */
export function tokenRange(document: Document, start: number, end: number): [number, number] {
  const from = document.tokenIndexAt(start);
  // tokenIndexAt(end) is the first token ending after `end`: every token before it ends inside.
  return [from, Math.max(from, document.tokenIndexAt(end))];
}

/**
 * Quotes longer than this many tokens are not aligned: no statement is that long, and a
 * run of unbalanced or nested marks can make thousands of "quotes" of that size.
 */
const MAX_QUOTE_TOKENS = 2_000;

export function quoteView(document: Document, quote: Quote, context: ViewContext): QuoteView {
  const parts = quote.parts && quote.parts.length > 0 ? quote.parts : [quote];
  const tokenRanges = parts.map((part) => tokenRange(document, part.start, part.end));
  const units: WordUnit[] = [];
  const ids: number[] = [];
  const length = tokenRanges.reduce((sum, [from, to]) => sum + (to - from), 0);
  for (const [from, to] of length > MAX_QUOTE_TOKENS ? [] : tokenRanges) {
    const words = stretchUnits(document, from, to, context.vocabulary);
    units.push(...words.units);
    ids.push(...words.ids);
  }
  const from = tokenRanges[0]?.[0] ?? 0;
  const to = length > MAX_QUOTE_TOKENS ? from : (tokenRanges[tokenRanges.length - 1]?.[1] ?? from);
  return { ...toView(document, from, to, quote.text, { units, ids }, context), quote, tokenRanges };
}

/** Candidate partners looked up per quote. */
const CANDIDATES_PER_QUOTE = 4;
/**
 * A candidate is aligned only if the two quotes share, in exact keys, this much weight
 * (about two rare words)…
 */
const MIN_SHARED_WEIGHT = 1;
/** …or this share of the smaller quote's weight. */
const MIN_SHARED_SHARE = 0.3;
/** A partial match must cover this weighted share of the smaller quote… */
const MIN_CONTAINMENT = 0.45;
/** …with at least this many matched content words. */
const MIN_CONTENT_MATCHES = 2;
/**
 * A clause-level match: a short stretch of each quote saying the same thing ("NATO is
 * willing to continue the dialogue" / "NATO allies are ready to engage in dialogue")
 * inside two quotes that otherwise differ. It needs this many matched content words, of
 * which at least two are not names (names alone only show the same topic)…
 */
const CLAUSE_CONTENT_MATCHES = 3;
/** …and the matched words must make up this share of the stretch's weight on both sides. */
const CLAUSE_DENSITY = 0.45;
/** Below this containment (and without a clause match) a pair is dropped unclassified. */
const MIN_CLASSIFIED_CONTAINMENT = 0.3;
/** Beyond this ratio of word counts, two quotes are not classified as paraphrases. */
const MAX_LENGTH_RATIO = 3;
/** Skipping words of the quote expected to say more is cheap: it may hold the other whole. */
const CHEAP_GAP = 0.08;
/** Share of a new match's matched weight that may already belong to an accepted match. */
const MAX_REUSE = 0.34;

/**
 * Aligns the quotes of two reports. Candidates come from an inverted index over the
 * quotes' words; each candidate pair is aligned locally (Smith–Waterman, words weighted
 * by TF-IDF over both reports, synonyms and spelling variants counting in part), so that
 * a short quote contained in a long one is found even when their whole-string similarity
 * is low. Pairs are accepted best first, one-to-one or one-to-many: a long quote may
 * match several short ones, as long as each claims words of the long one that no
 * earlier match has claimed.
 */
export function alignQuotes(a: readonly QuoteView[], b: readonly QuoteView[]): QuotePair[] {
  if (a.length === 0 || b.length === 0) return [];
  const index = new InvertedIndex(b.map((view) => view.bag), postingLimit(a.length + b.length));
  const offers: QuotePair[] = [];
  a.forEach((x, i) => {
    // Repeated quotes tie; prefer the copy at the same relative position.
    const near = Math.round((i * b.length) / a.length);
    for (const { index: j } of index.lookup(x.bag, CANDIDATES_PER_QUOTE, near)) {
      const y = b[j]!;
      const shared = sharedWeight(x.bag, y.bag);
      if (shared < MIN_SHARED_WEIGHT && shared < MIN_SHARED_SHARE * Math.min(x.bag.total, y.bag.total)) continue;
      const pair = relateQuotes(x, y, i, j);
      if (pair) offers.push(pair);
    }
  });
  offers.sort((x, y) => y.local.score - x.local.score || x.a - y.a || x.b - y.b);
  const claimedA = a.map((view) => new Uint8Array(view.units.length));
  const claimedB = b.map((view) => new Uint8Array(view.units.length));
  const accepted: QuotePair[] = [];
  for (const offer of offers) {
    const pairs = offer.local.pairs ?? [];
    const usedA = claimedA[offer.a]!;
    const usedB = claimedB[offer.b]!;
    const x = a[offer.a]!;
    const y = b[offer.b]!;
    let matched = 0;
    let reused = 0;
    for (const [i, j] of pairs) {
      const weight = x.unitWeights[i]! + y.unitWeights[j]!;
      matched += weight;
      if (usedA[i] || usedB[j]) reused += weight;
    }
    if (pairs.length === 0 || reused > MAX_REUSE * matched) continue;
    for (const [i, j] of pairs) {
      usedA[i] = 1;
      usedB[j] = 1;
    }
    accepted.push(offer);
  }
  return accepted.sort((x, y) => x.a - y.a || x.b - y.b);
}

function isClauseMatch(x: QuoteView, y: QuoteView, local: LocalAlignment): boolean {
  if (local.contentMatches < CLAUSE_CONTENT_MATCHES || !local.pairs) return false;
  const plainWords = local.pairs.filter(([i, j]) => {
    const u = x.units[i]!;
    const v = y.units[j]!;
    return !u.functionWord && !v.functionWord && !u.nameLike && !v.nameLike && u.kind === 'word';
  }).length;
  if (plainWords < 2) return false;
  const region = (view: StretchView, from: number, to: number): number => {
    let sum = 0;
    for (let k = from; k < to; k++) sum += view.unitWeights[k]!;
    return sum;
  };
  return (
    local.matchedA >= CLAUSE_DENSITY * region(x, local.aFrom, local.aTo) &&
    local.matchedB >= CLAUSE_DENSITY * region(y, local.bFrom, local.bTo)
  );
}

function sameWords(x: QuoteView, y: QuoteView): boolean {
  return x.units.length > 0 && x.units.length === y.units.length && x.units.every((unit, k) => unit.lower === y.units[k]!.lower);
}

/** Two quotes with the same words: every word matches its counterpart, no alignment needed. */
function identicalPair(x: QuoteView, i: number, j: number): QuotePair {
  const total = totalWeight(x);
  const pairs = x.units.map((_, k) => [k, k] as const);
  const contentMatches = x.units.filter((unit) => !unit.functionWord).length;
  const local: LocalAlignment = { score: total, aFrom: 0, aTo: x.units.length, bFrom: 0, bTo: x.units.length, matchedA: total, matchedB: total, contentMatches, pairs };
  return { a: i, b: j, relation: 'identical', similarity: 1, containment: 1, local };
}

/**
 * A cheap upper bound before the local alignment: the alignment can only match words
 * that have some partner, so if too little of either quote has one (by weight) and too
 * few content words do for a clause match, the pair cannot be related.
 */
function mayRelate(x: QuoteView, y: QuoteView, matrix: MatchMatrix): boolean {
  const { bestA, bestB, kindA } = alignWords(x.units, y.units, matrix);
  const covered = (view: QuoteView, best: Float64Array): number => {
    let sum = 0;
    view.unitWeights.forEach((weight, k) => (sum += weight * best[k]!));
    return sum / Math.max(totalWeight(view), 1e-9);
  };
  if (Math.max(covered(x, bestA), covered(y, bestB)) >= MIN_CLASSIFIED_CONTAINMENT) return true;
  let content = 0;
  x.units.forEach((unit, k) => {
    if (!unit.functionWord && kindA[k] !== undefined) content++;
  });
  return content >= CLAUSE_CONTENT_MATCHES;
}

/** The weighted soft overlap `classifyPair` reports as similarity, without classifying. */
function softSimilarity(x: StretchView, y: StretchView, matrix: MatchMatrix): number {
  const { bestA, bestB } = alignWords(x.units, y.units, matrix);
  const coverage = (view: StretchView, best: Float64Array): number => {
    let covered = 0;
    let total = 0;
    view.units.forEach((unit, k) => {
      total += unit.prior;
      covered += unit.prior * best[k]!;
    });
    return total === 0 ? 0 : covered / total;
  };
  const p = coverage(x, bestA);
  const r = coverage(y, bestB);
  return p + r === 0 ? 0 : round4((2 * p * r) / (p + r));
}

function totalWeight(view: StretchView): number {
  return view.bag.total;
}

/** Relates two quotes, or returns undefined when they do not share a statement. */
export function relateQuotes(x: QuoteView, y: QuoteView, i: number, j: number): QuotePair | undefined {
  if (sameWords(x, y)) return identicalPair(x, i, j);
  if (x.units.length * y.units.length > MAX_PAIR_CELLS) return undefined;
  const xLonger = totalWeight(x) >= totalWeight(y);
  const matrix = new MatchMatrix(x.units, y.units);
  if (!mayRelate(x, y, matrix)) return undefined;
  const local = alignLocally(x.units, y.units, {
    weightA: (_unit, k) => x.unitWeights[k]!,
    weightB: (_unit, k) => y.unitWeights[k]!,
    gapShareA: xLonger ? CHEAP_GAP : undefined,
    gapShareB: xLonger ? undefined : CHEAP_GAP,
  }, matrix);
  if (local.score === 0) return undefined;
  const containment = Math.max(local.matchedA / Math.max(totalWeight(x), 1e-9), local.matchedB / Math.max(totalWeight(y), 1e-9));
  // Quotes of very different lengths cannot be paraphrases; only containment can relate them.
  const lengths = [x.units.length, y.units.length].sort((p, q) => p - q) as [number, number];
  // A pair this little of which aligns is not worth classifying unless a clause matches.
  const promising = containment >= MIN_CLASSIFIED_CONTAINMENT || isClauseMatch(x, y, local);
  if (!promising) return undefined;
  const comparable = lengths[1] <= MAX_LENGTH_RATIO * Math.max(1, lengths[0]);
  const classification = comparable ? classifyPair(x, y, matrix) : undefined;
  let relation: Relation = classification?.relation ?? 'unrelated';
  if (relation === 'unrelated' || relation === 'partial') {
    const contained = containment >= MIN_CONTAINMENT && local.contentMatches >= MIN_CONTENT_MATCHES;
    relation = contained || isClauseMatch(x, y, local) ? 'partial' : 'unrelated';
  }
  if (relation === 'unrelated') return undefined;
  const similarity = classification?.similarity ?? softSimilarity(x, y, matrix);
  return { a: i, b: j, relation, similarity, containment: round4(Math.min(1, containment)), local };
}
