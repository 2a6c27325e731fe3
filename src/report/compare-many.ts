import { Vocabulary } from '../align/bags.js';
import { InvertedIndex } from '../align/candidates.js';
import { round4 } from '../align/classify.js';
import { quoteView, relateQuotes, type QuoteView } from '../align/quotes.js';
import { postingLimit } from '../align/sentences.js';
import { TermWeights } from '../align/term-weights.js';
import { stretchUnits, type ViewContext } from '../align/views.js';
import { buildEntityRegistry } from '../entities/index.js';
import type { EntityRegistry } from '../entities/types.js';
import { invalidType, outOfRange } from '../errors.js';
import type { CorroborateOptions, ResolvedOptions } from '../options.js';
import { extractQuotesWithLimit } from '../quotes/index.js';
import type { Quote } from '../quotes/types.js';
import { buildDocument } from '../text/document.js';
import { assertUniqueIds, toSourceRecord, type SourceRecord } from '../text/input.js';
import type { Document, SourceInput } from '../text/types.js';
import { createChecker, runOriented } from './compare.js';
import type { ManyReport, QuoteCluster, SourcePairReport } from './many-types.js';
import { COMPARE_STEPS } from './pipeline.js';
import { extractQuotes } from './steps/extract-quotes.js';
import { resolveEntities } from './steps/resolve-entities.js';
import type { Report, SourceSummary } from './types.js';

/**
 * Up to this many sources every pair is compared in full (at most 15 pairs): the pair
 * reports are what a reader of a handful of reports wants, and their cost is bounded.
 */
export const ALL_PAIRS_UP_TO = 6;
/**
 * Beyond {@link ALL_PAIRS_UP_TO} sources, two sources that share no quote cluster are still
 * partners when the cosine of their weighted word vectors reaches this (the same vectors as the `sameEvent`
 * fingerprint reads; at 0.6 cosine alone makes `sameEvent` lean towards "same event").
 */
export const SAME_EVENT_COSINE = 0.6;
/** Beyond {@link ALL_PAIRS_UP_TO} sources, each source is compared in full with this many of its closest sources. */
export const PARTNERS_PER_SOURCE = 2;
/** Partners looked up per quote in the index over every source's quotes. */
const CANDIDATES_PER_QUOTE = 8;

/** The stages left once each source's quotes and entities are known. */
const PAIR_STEPS = COMPARE_STEPS.filter((step) => step !== extractQuotes && step !== resolveEntities);

/** One source, built once and shared by every pair it takes part in. */
interface PreparedSource {
  readonly index: number;
  readonly record: SourceRecord;
  readonly document: Document;
  readonly quotes: Quote[];
  readonly registry: EntityRegistry;
  readonly truncated: boolean;
}

/** Validates the `sources` argument: an array of at least two sources with distinct ids. */
export function toSourceRecords(sources: unknown, maxLength: number): SourceRecord[] {
  if (!Array.isArray(sources)) throw invalidType('sources', 'an array of sources (strings or { text, id?, title?, language? })', sources);
  if (sources.length < 2) throw outOfRange('sources', 'an array of at least 2 sources', sources);
  const records = sources.map((source: unknown, index) => toSourceRecord(source, `sources[${index}]`, `s${index + 1}`, maxLength));
  assertUniqueIds(records, records.map((_, index) => `sources[${index}]`));
  return records;
}

/** Builds a source's document, quotes and entity registry (what compare's first two stages do). */
function prepareSource(record: SourceRecord, index: number, options: ResolvedOptions): PreparedSource {
  const document = buildDocument(record);
  const extraction = extractQuotesWithLimit(document, { maxQuotes: options.maxQuotes });
  return { index, record, document, quotes: extraction.quotes, registry: buildEntityRegistry(document), truncated: extraction.truncated };
}

/** Union-find over the indices of every source's quotes. */
class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, k) => k);
  }
  find(k: number): number {
    let root = k;
    while (this.parent[root]! !== root) root = this.parent[root]!;
    // Path compression keeps later finds near constant.
    while (this.parent[k]! !== root) {
      const next = this.parent[k]!;
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
  union(x: number, y: number): void {
    const rx = this.find(x);
    const ry = this.find(y);
    // The lower index is the root, so that the structure does not depend on union order.
    if (rx !== ry) this.parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
}

/**
 * Weighs the words of every source together: one vocabulary and TF-IDF weights over the
 * sentences of all sources, so that a word common to the whole event weighs little in
 * every quote, as it would between two of them.
 */
function sharedContext(sources: readonly PreparedSource[]): { context: ViewContext; vectors: Map<number, number>[] } {
  const vocabulary = new Vocabulary();
  const weights = new TermWeights();
  const stretches = sources.map((source) =>
    source.document.sentences.map((sentence) => {
      const stretch = stretchUnits(source.document, sentence.tokenStart, sentence.tokenEnd, vocabulary);
      weights.add(stretch.ids);
      return stretch;
    }),
  );
  const context = { vocabulary, weights };
  // Each source's word vector as the sameEvent fingerprint builds it: weights summed, square-root damped.
  const vectors = stretches.map((list) => {
    const sums = new Map<number, number>();
    for (const { units, ids } of list) ids.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + weights.weight(id, units[k]!.prior)));
    for (const [id, value] of sums) sums.set(id, Math.sqrt(value));
    return sums;
  });
  return { context, vectors };
}

function cosine(x: Map<number, number>, y: Map<number, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [id, value] of small) dot += value * (large.get(id) ?? 0);
  const norm = (vector: Map<number, number>): number => Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0));
  const denominator = norm(x) * norm(y);
  return denominator === 0 ? 0 : dot / denominator;
}

interface QuoteNode {
  readonly source: number;
  readonly quote: Quote;
  readonly view: QuoteView;
}

interface QuoteEdge {
  readonly x: number;
  readonly y: number;
  readonly similarity: number;
  /** A partial match: one quote contains (part of) the other. */
  readonly partial: boolean;
}

/** Strongest first; ties in index order, so that the clusters do not depend on lookup order. */
const byStrength = (p: QuoteEdge, q: QuoteEdge): number => q.similarity - p.similarity || p.x - q.x || p.y - q.y;

/**
 * Joins related quotes into clusters, one statement each. Matches of the same statement
 * (identical or equivalent) join freely. A partial match only brings a lone quote into a
 * cluster, never two clusters together: a long quote that contains two statements
 * matches both, and joining through it would merge two statements into one cluster (as
 * would a chain of loose partial matches). The lone quote joins its strongest partner's
 * cluster.
 */
function joinRelatedQuotes(count: number, edges: readonly QuoteEdge[]): DisjointSets {
  const sets = new DisjointSets(count);
  const size = new Int32Array(count).fill(1);
  const join = (x: number, y: number): void => {
    const total = size[sets.find(x)]! + size[sets.find(y)]!;
    sets.union(x, y);
    size[sets.find(x)] = total;
  };
  for (const edge of edges) if (!edge.partial) join(edge.x, edge.y);
  for (const edge of edges.filter((e) => e.partial).sort(byStrength)) {
    const rx = sets.find(edge.x);
    const ry = sets.find(edge.y);
    if (rx !== ry && (size[rx] === 1 || size[ry] === 1)) join(edge.x, edge.y);
  }
  return sets;
}

/**
 * Clusters the quotes of all sources. An inverted index over every quote's rarest words
 * proposes a few partners per quote from other sources (never all pairs, so the cost
 * grows with the number of quotes, not its square); each candidate pair is scored by the
 * two-report quote alignment, and {@link joinRelatedQuotes} turns the related pairs into
 * clusters.
 */
function clusterQuotes(nodes: readonly QuoteNode[], sourceIds: readonly string[]): QuoteCluster[] {
  if (nodes.length < 2) return [];
  const index = new InvertedIndex(
    nodes.map((node) => node.view.bag),
    postingLimit(nodes.length),
  );
  const edges: QuoteEdge[] = [];
  const scored = new Set<number>();
  nodes.forEach((node, x) => {
    // Same-source candidates are looked up and dropped: ask for enough to keep the quota.
    const candidates = index.lookup(node.view.bag, 2 * CANDIDATES_PER_QUOTE, x);
    let kept = 0;
    for (const { index: y } of candidates) {
      if (kept === CANDIDATES_PER_QUOTE) break;
      if (nodes[y]!.source === node.source) continue;
      kept++;
      const [low, high] = x < y ? [x, y] : [y, x];
      const key = low * nodes.length + high;
      if (scored.has(key)) continue;
      scored.add(key);
      const pair = relateQuotes(nodes[low]!.view, nodes[high]!.view, low, high);
      if (pair) edges.push({ x: low, y: high, similarity: pair.similarity, partial: pair.relation === 'partial' });
    }
  });
  const sets = joinRelatedQuotes(nodes.length, edges);
  const members = new Map<number, number[]>();
  nodes.forEach((_, k) => {
    const root = sets.find(k);
    const list = members.get(root);
    if (list) list.push(k);
    else members.set(root, [k]);
  });
  const strength = new Float64Array(nodes.length);
  const edgeSums = new Map<number, { sum: number; count: number }>();
  for (const edge of edges) {
    const root = sets.find(edge.x);
    // A match that did not join its quotes' clusters says nothing about either cluster.
    if (root !== sets.find(edge.y)) continue;
    strength[edge.x]! += edge.similarity;
    strength[edge.y]! += edge.similarity;
    const total = edgeSums.get(root) ?? { sum: 0, count: 0 };
    total.sum += edge.similarity;
    total.count++;
    edgeSums.set(root, total);
  }
  // Nodes are in source order then position, so the smallest index is the cluster's first quote.
  const groups = [...members.entries()].filter(([, list]) => list.length > 1).sort(([x], [y]) => x - y);
  return groups.map(([root, list], k): QuoteCluster => {
    const sources = [...new Set(list.map((m) => nodes[m]!.source))].sort((x, y) => x - y).map((s) => sourceIds[s]!);
    const representative = list.reduce((best, m) => (strength[m]! > strength[best]! ? m : best), list[0]!);
    const total = edgeSums.get(root) ?? { sum: 0, count: 1 };
    return {
      id: `c${k + 1}`,
      quotes: list.map((m) => nodes[m]!.quote.id),
      sources,
      representative: nodes[representative]!.quote.id,
      similarity: round4(total.sum / total.count),
    };
  });
}

/** Quote ids must be unique across sources; a repeated one gets suffixed, as within one report. */
function uniqueQuoteIds(sources: readonly PreparedSource[]): PreparedSource[] {
  const seen = new Set<string>();
  return sources.map((source) => {
    const quotes = source.quotes.map((quote) => {
      let id = quote.id;
      for (let k = 2; seen.has(id); k++) id = `${quote.id}~${k}`;
      seen.add(id);
      return id === quote.id ? quote : { ...quote, id };
    });
    return { ...source, quotes };
  });
}

/**
 * Pairs of sources to compare in full, as `[i, j]` with `i < j`, in that order.
 *
 * Up to {@link ALL_PAIRS_UP_TO} sources: every pair. Beyond, each source is compared with
 * its {@link PARTNERS_PER_SOURCE} closest sources (most shared quote clusters, then the
 * highest word-vector cosine, then the earlier source), counting only sources with
 * evidence of reporting the same thing: a shared cluster or a cosine of at least
 * {@link SAME_EVENT_COSINE}. The clusters already relate every source to every other at
 * the level of statements; the pair reports add the details for each source's nearest
 * neighbours, and their number grows linearly with the number of sources instead of
 * quadratically (20 sources: at most 40 pairs instead of 190).
 */
function selectPairs(count: number, clusters: readonly QuoteCluster[], sourceIndex: ReadonlyMap<string, number>, vectors: readonly Map<number, number>[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (count <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push([i, j]);
    return pairs;
  }
  const shared = new Map<number, number>();
  for (const cluster of clusters) {
    const members = cluster.sources.map((id) => sourceIndex.get(id)!);
    for (let p = 0; p < members.length; p++) {
      for (let q = p + 1; q < members.length; q++) {
        const key = members[p]! * count + members[q]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const chosen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const partners: { j: number; clusters: number; cosine: number }[] = [];
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      const clustersShared = shared.get(Math.min(i, j) * count + Math.max(i, j)) ?? 0;
      const similarity = cosine(vectors[i]!, vectors[j]!);
      if (clustersShared > 0 || similarity >= SAME_EVENT_COSINE) partners.push({ j, clusters: clustersShared, cosine: similarity });
    }
    partners.sort((x, y) => y.clusters - x.clusters || y.cosine - x.cosine || x.j - y.j);
    for (const { j } of partners.slice(0, PARTNERS_PER_SOURCE)) chosen.add(Math.min(i, j) * count + Math.max(i, j));
  }
  return [...chosen].sort((x, y) => x - y).map((key): [number, number] => [Math.floor(key / count), key % count]);
}

/**
 * The pipeline of {@link compareMany}: prepares each source once, clusters the quotes of
 * all sources, then compares the selected pairs, reusing each source's document, quotes
 * and entity registry.
 */
export function runCompareMany(sources: unknown, options: ResolvedOptions): ManyReport {
  const started = performance.now();
  const deadline = options.timeBudgetMs === undefined ? undefined : started + options.timeBudgetMs;
  const records = toSourceRecords(sources, options.maxLength);
  const prepared = uniqueQuoteIds(records.map((record, index) => prepareSource(record, index, options)));
  const byId = new Map(prepared.map((source) => [source.record.id, source]));
  const { context, vectors } = sharedContext(prepared);
  const nodes: QuoteNode[] = prepared.flatMap((source) =>
    source.quotes.map((quote) => ({ source: source.index, quote, view: quoteView(source.document, quote, context) })),
  );
  const sourceIds = records.map((record) => record.id);
  const clusters = clusterQuotes(nodes, sourceIds);
  let truncated = prepared.some((source) => source.truncated);
  const pairs: SourcePairReport[] = [];
  const sourceIndex = new Map(sourceIds.map((id, index) => [id, index]));
  for (const [i, j] of selectPairs(records.length, clusters, sourceIndex, vectors)) {
    if (deadline !== undefined && performance.now() >= deadline) {
      truncated = true;
      break;
    }
    const x = prepared[i]!;
    const y = prepared[j]!;
    const side = (record: SourceRecord) => {
      const source = byId.get(record.id)!;
      return { document: source.document, quotes: source.quotes, registry: source.registry, sentenceViews: [], quoteViews: [] };
    };
    let report: Report = runOriented(x.record, y.record, options, { started: performance.now(), deadline, side, steps: PAIR_STEPS }).report;
    if ((x.truncated || y.truncated) && !report.truncated) report = { ...report, truncated: true };
    if (report.truncated) truncated = true;
    pairs.push({ sources: [x.record.id, y.record.id], report });
  }
  const summaries = prepared.map(
    (source): SourceSummary => ({
      id: source.record.id,
      length: source.document.text.length,
      sentences: source.document.sentences.length,
      ...(source.document.language ? { language: source.document.language } : {}),
    }),
  );
  return {
    schemaVersion: 1,
    sources: summaries,
    quotes: prepared.flatMap((source) => source.quotes),
    clusters,
    pairs,
    ...(truncated ? { truncated: true } : {}),
  };
}

/**
 * Compares N reports of one event. Each source is prepared once (document, quotes,
 * entities); the quotes of all sources are clustered (each cluster holds quotes of at
 * least two sources reporting one statement); and pairs of sources are compared in full
 * as {@link compare} would, all pairs up to {@link ALL_PAIRS_UP_TO} sources, beyond that
 * each source with its {@link PARTNERS_PER_SOURCE} closest sources among those that share a
 * cluster with it or whose wording is close (cosine ≥ {@link SAME_EVENT_COSINE}).
 *
 * Deterministic: the same sources in the same order give the same report.
 *
 * @param sources At least two reports: strings (ids `s1`, `s2`, …) or `{ id?, text, title?, language? }`.
 * @throws {TypeError} (rejects) on a bad source (named `sources[i]`) or option, or when two sources share an id.
 * @throws {RangeError} (rejects) on fewer than two sources, an option out of range or a text longer than `maxLength`.
 */
export async function compareMany(sources: readonly SourceInput[], options?: CorroborateOptions): Promise<ManyReport> {
  const checker = await createChecker(options);
  return checker.compareMany(sources);
}
