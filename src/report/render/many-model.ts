import type { Artefact } from '../../artefacts/types.js';
import type { Quote } from '../../quotes/types.js';
import type { ManyReport, QuoteCluster } from '../many-types.js';
import type { Divergence } from '../types.js';
import { sourceView, where, type SourceView } from './model.js';
import type { RenderSource } from './types.js';

/** Marks the representative member of a cluster (each renderer prints a legend for it). */
export const REPRESENTATIVE_MARK = '★';

/**
 * What the renderers of a {@link ManyReport} show, worked out once: each source with its
 * counts, each cluster with its member quotes resolved, and one line of counts per
 * compared pair.
 */
export interface ManyView {
  readonly report: ManyReport;
  readonly title: string;
  readonly sources: readonly ManySourceView[];
  readonly clusters: readonly ClusterView[];
  readonly pairs: readonly PairCounts[];
  /** Pairs there are among the sources; fewer are compared beyond six sources. */
  readonly possiblePairs: number;
  /** `Compared pairs (6)`, or `Compared pairs (40 of 190)` when not every pair was compared. */
  readonly pairsHeading: string;
  /** Every pair's divergences: each belongs to one pair, so none is counted twice. */
  readonly divergences: readonly Divergence[];
  /** Artefacts of all sources, each once: a source's artefacts recur in every pair it is in. */
  readonly artefacts: readonly Artefact[];
  /** `ansa 3:17` with the source text, `ansa @212` without it. */
  where(sourceId: string, offset: number): string;
}

export interface ManySourceView {
  readonly source: SourceView;
  readonly quotes: number;
  /** Of those quotes, how many are in a cluster (reported by another source too). */
  readonly clustered: number;
  readonly artefacts: readonly Artefact[];
}

export interface ClusterView {
  readonly cluster: QuoteCluster;
  readonly members: readonly ClusterMember[];
}

export interface ClusterMember {
  readonly id: string;
  /** Missing only if the report lists a quote id it does not hold. */
  readonly quote: Quote | undefined;
  readonly representative: boolean;
}

export interface PairCounts {
  readonly sources: readonly [string, string];
  readonly matchedQuotes: number;
  readonly divergences: readonly Divergence[];
  readonly artefacts: readonly Artefact[];
  readonly truncated: boolean;
}

export function buildManyView(report: ManyReport, texts: ReadonlyMap<string, RenderSource>, title: string | undefined): ManyView {
  const quotesById = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const clusters = report.clusters.map((cluster) => ({
    cluster,
    members: cluster.quotes.map((id) => ({ id, quote: quotesById.get(id), representative: id === cluster.representative })),
  }));
  const clusteredQuotes = new Set(report.clusters.flatMap((cluster) => cluster.quotes));
  const artefacts = distinctArtefacts(report.pairs.flatMap((pair) => pair.report.artefacts));
  const sources = report.sources.map((summary) => {
    const quotes = report.quotes.filter((quote) => quote.sourceId === summary.id);
    return {
      source: sourceView(summary.id, summary, texts.get(summary.id)),
      quotes: quotes.length,
      clustered: quotes.filter((quote) => clusteredQuotes.has(quote.id)).length,
      artefacts: artefacts.filter((artefact) => artefact.sourceId === summary.id),
    };
  });
  const byId = new Map(sources.map((entry) => [entry.source.id, entry.source]));
  const pairs = report.pairs.map((pair) => ({
    sources: pair.sources,
    matchedQuotes: pair.report.quoteMatches.length,
    divergences: pair.report.divergences,
    artefacts: pair.report.artefacts,
    truncated: pair.report.truncated === true,
  }));
  const count = report.sources.length;
  const possiblePairs = (count * (count - 1)) / 2;
  return {
    report,
    title: title ?? `corroborate report: ${count} sources`,
    sources,
    clusters,
    pairs,
    possiblePairs,
    pairsHeading: pairs.length === possiblePairs ? `Compared pairs (${pairs.length})` : `Compared pairs (${pairs.length} of ${possiblePairs})`,
    divergences: report.pairs.flatMap((pair) => pair.report.divergences),
    artefacts,
    where: (sourceId, offset) => where(byId.get(sourceId) ?? sourceView(sourceId, undefined, undefined), offset),
  };
}

/** One of each artefact (same source, rule and span), in the order first seen. */
function distinctArtefacts(artefacts: readonly Artefact[]): Artefact[] {
  const seen = new Set<string>();
  return artefacts.filter((artefact) => {
    const key = `${artefact.sourceId}\u0000${artefact.ruleId}\u0000${artefact.start}\u0000${artefact.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
