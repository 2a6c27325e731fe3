import type { Artefact } from '../../artefacts/types.js';
import type { Quote } from '../../quotes/types.js';
import type { SpanRef } from '../../text/types.js';
import type { Divergence, QuoteMatch, Report, SourceSummary } from '../types.js';
import { createLineIndex } from '../../text/line-index.js';
import type { RenderSource } from './types.js';

/**
 * What every renderer shows, worked out once from a report: the quote pairs in reading
 * order with their quotes and divergences, the quotes left unmatched, and the findings in
 * the order a fact-checker reads them (most severe first).
 */
export interface ReportView {
  readonly report: Report;
  readonly title: string;
  readonly sources: readonly SourceView[];
  readonly pairs: readonly PairView[];
  /** Quotes that are in no quote match, in source then reading order. */
  readonly unmatched: readonly Quote[];
  readonly divergences: readonly Divergence[];
  readonly artefacts: readonly Artefact[];
  source(id: string): SourceView;
  quote(id: string): Quote | undefined;
  /** `b 3:17` with the source text, `b @212` without it. */
  where(sourceId: string, offset: number): string;
}

export interface SourceView {
  readonly id: string;
  /** The title given with the source text, or the id. */
  readonly label: string;
  readonly summary: SourceSummary | undefined;
  /** The original text, when the caller passed it. */
  readonly text: string | undefined;
  /** 1-based line and column, when the text is known. */
  position(offset: number): { line: number; column: number } | undefined;
}

export interface PairView {
  /** 1-based, in reading order of the first text. */
  readonly number: number;
  readonly match: QuoteMatch;
  readonly a: Quote | undefined;
  readonly b: Quote | undefined;
  readonly divergences: readonly Divergence[];
}

export const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

export function buildReportView(report: Report, texts: ReadonlyMap<string, RenderSource>, title: string | undefined): ReportView {
  const sourceIds = orderedSourceIds(report, texts);
  const sources = sourceIds.map((id) => sourceView(id, report.sources.find((s) => s.id === id), texts.get(id)));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourceOrder = new Map(sourceIds.map((id, index) => [id, index]));
  const quotesById = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const divergencesById = new Map(report.divergences.map((divergence) => [divergence.id, divergence]));

  const pairs = report.quoteMatches
    .map((match) => ({ match, a: quotesById.get(match.quotes[0]), b: quotesById.get(match.quotes[1]) }))
    .sort((x, y) => (x.a?.start ?? Infinity) - (y.a?.start ?? Infinity) || (x.b?.start ?? Infinity) - (y.b?.start ?? Infinity))
    .map((pair, index) => ({
      ...pair,
      number: index + 1,
      divergences: divergencesFor(pair.match, report.divergences, divergencesById),
    }));

  const matched = new Set(report.quoteMatches.flatMap((match) => match.quotes));
  const byPosition = (x: { sourceId: string; start: number }, y: { sourceId: string; start: number }): number =>
    (sourceOrder.get(x.sourceId) ?? sourceIds.length) - (sourceOrder.get(y.sourceId) ?? sourceIds.length) || x.start - y.start;
  const unmatched = report.quotes.filter((quote) => !matched.has(quote.id)).sort(byPosition);

  const firstEvidence = (divergence: Divergence): SpanRef | undefined =>
    [...divergence.evidence].sort(byPosition)[0];
  const divergences = [...report.divergences].sort((x, y) => {
    const rank = (SEVERITY_RANK[x.severity] ?? 3) - (SEVERITY_RANK[y.severity] ?? 3);
    if (rank !== 0) return rank;
    const ex = firstEvidence(x);
    const ey = firstEvidence(y);
    return ex && ey ? byPosition(ex, ey) : ex ? -1 : ey ? 1 : 0;
  });
  const artefacts = [...report.artefacts].sort(byPosition);

  const fallback = (id: string): SourceView => sourceById.get(id) ?? sourceView(id, undefined, undefined);
  const [firstId = 'a', secondId = 'b'] = sourceIds;
  return {
    report,
    title: title ?? (sourceIds.length === 1 ? `corroborate report: ${firstId}` : `corroborate report: ${firstId} ↔ ${secondId}`),
    sources,
    pairs,
    unmatched,
    divergences,
    artefacts,
    source: fallback,
    quote: (id) => quotesById.get(id),
    where: (sourceId, offset) => where(fallback(sourceId), offset),
  };
}

/** Sources in the report's order, then any text the caller passed for an unlisted id. */
function orderedSourceIds(report: Report, texts: ReadonlyMap<string, RenderSource>): string[] {
  const ids = report.sources.map((source) => source.id);
  for (const id of texts.keys()) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** `b 3:17` when the source's text is known, `b @212` without it. */
export function where(source: SourceView, offset: number): string {
  const position = source.position(offset);
  return position ? `${source.id} ${position.line}:${position.column}` : `${source.id} @${offset}`;
}

export function sourceView(id: string, summary: SourceSummary | undefined, source: RenderSource | undefined): SourceView {
  const position = source ? createLineIndex(source.text) : undefined;
  return {
    id,
    label: source?.title ?? id,
    summary,
    text: source?.text,
    position: (offset) => position?.(offset),
  };
}

/**
 * The divergences about one pair: those the match lists by id, and those that name both of
 * its quotes (a report may fill either side of that link).
 */
function divergencesFor(
  match: QuoteMatch,
  all: readonly Divergence[],
  byId: ReadonlyMap<string, Divergence>,
): Divergence[] {
  const found = new Set<Divergence>();
  for (const id of match.divergences ?? []) {
    const divergence = byId.get(id);
    if (divergence) found.add(divergence);
  }
  for (const divergence of all) {
    const quotes = divergence.quotes ?? [];
    if (quotes.includes(match.quotes[0]) && quotes.includes(match.quotes[1])) found.add(divergence);
  }
  return [...found].sort((x, y) => (SEVERITY_RANK[x.severity] ?? 3) - (SEVERITY_RANK[y.severity] ?? 3));
}

/** Counts by severity, for summaries. */
export function countBySeverity(findings: readonly { severity: string }[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error' || finding.severity === 'warning' || finding.severity === 'info') counts[finding.severity]++;
  }
  return counts;
}

/** Whether a span's text is what its source holds at its offsets. */
export function spanAgrees(text: string | undefined, span: { start: number; end: number; text: string }): boolean {
  return text !== undefined && span.start >= 0 && span.end <= text.length && span.start <= span.end && text.slice(span.start, span.end) === span.text;
}

/** A speaker's name for display. */
export function speakerName(quote: Quote | undefined): string {
  return quote?.speaker?.name ?? 'unattributed';
}
