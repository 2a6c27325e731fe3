import type { Artefact } from '../artefacts/types.js';
import type { Quote } from '../quotes/types.js';
import type { SpanRef } from '../text/types.js';
import type { DivergenceDraft } from './aligned.js';
import type { CompareState } from './state.js';
import type { Divergence, DivergenceKind, EventFingerprint, Report, ReportSummary, SourceSummary } from './types.js';

const EMPTY_EVENT: EventFingerprint = { participants: [], places: [], dates: [], numbers: [], sameEvent: 0 };

/**
 * Turns the pipeline state into a report in the orientation the pipeline ran in.
 * Divergence ids are given here, in that orientation, so that they stay the same when
 * the report is later turned to face the caller's argument order.
 */
export function assembleReport(state: CompareState, callerOrder: readonly [string, string]): Report {
  const order = [state.a.document.id, state.b.document.id] as const;
  const divergences = sortDivergences(state.divergences, order).map((draft, index): Divergence => ({
    id: `d${index + 1}`,
    kind: draft.kind,
    severity: draft.severity,
    message: typeof draft.message === 'function' ? draft.message(callerOrder) : draft.message,
    ...(draft.quotes ? { quotes: draft.quotes } : {}),
    evidence: draft.evidence,
  }));
  const byQuotePair = new Map<string, string[]>();
  for (const divergence of divergences) {
    if (divergence.quotes?.length !== 2) continue;
    const key = [...divergence.quotes].sort().join('\u0000');
    const ids = byQuotePair.get(key);
    if (ids) ids.push(divergence.id);
    else byQuotePair.set(key, [divergence.id]);
  }
  const quoteMatches = state.quoteMatches.map((match) => {
    const ids = byQuotePair.get([...match.quotes].sort().join('\u0000'));
    return ids ? { ...match, divergences: ids } : match;
  });
  const source = (side: CompareState['a']): SourceSummary => ({
    id: side.document.id,
    length: side.document.text.length,
    sentences: side.document.sentences.length,
    ...(side.document.language ? { language: side.document.language } : {}),
  });
  return {
    schemaVersion: 1,
    sources: [source(state.a), source(state.b)],
    quotes: uniqueIds([...state.a.quotes, ...state.b.quotes]),
    quoteMatches,
    sentenceMatches: state.sentenceMatches,
    divergences,
    artefacts: state.artefacts,
    event: state.event ?? EMPTY_EVENT,
    summary: summarize(state.sentenceAlignment?.regime ?? 'independent'),
    ...(state.truncated ? { truncated: true } : {}),
  };
}

/** Quote ids must be unique within a report; an extractor that repeats one gets it suffixed. */
function uniqueIds(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.map((quote) => {
    let id = quote.id;
    for (let k = 2; seen.has(id); k++) id = `${quote.id}~${k}`;
    seen.add(id);
    return id === quote.id ? quote : { ...quote, id };
  });
}

/** Placeholder summary; {@link orientReport} recomputes it from the final lists. */
function summarize(alignment: ReportSummary['alignment']): ReportSummary {
  return { quotes: {}, quoteMatches: 0, sentenceMatches: 0, divergences: {}, artefacts: {}, alignment };
}

const rank = (order: readonly string[], sourceId: string): number => {
  const index = order.indexOf(sourceId);
  return index < 0 ? order.length : index;
};

function compareSpans(order: readonly string[], x: SpanRef | undefined, y: SpanRef | undefined): number {
  if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
  return rank(order, x.sourceId) - rank(order, y.sourceId) || x.start - y.start || x.end - y.end;
}

/** Spans of the first source first, then by position. */
function sortEvidence(order: readonly string[], evidence: readonly SpanRef[]): SpanRef[] {
  return [...evidence].sort((x, y) => compareSpans(order, x, y));
}

const KIND_ORDER: readonly DivergenceKind[] = ['attribution', 'number', 'date', 'entity', 'negation', 'modality', 'pronoun', 'wording', 'omission'];

/** Orders divergences whose evidence is already sorted (see {@link sortEvidence}). */
function compareDivergences(order: readonly string[], x: { kind: DivergenceKind; evidence: readonly SpanRef[] }, y: { kind: DivergenceKind; evidence: readonly SpanRef[] }): number {
  return compareSpans(order, x.evidence[0], y.evidence[0]) || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || compareSpans(order, x.evidence[1], y.evidence[1]);
}

function sortDivergences(drafts: readonly DivergenceDraft[], order: readonly string[]): DivergenceDraft[] {
  // Each draft's evidence is sorted once, not once per comparison.
  const keyed = drafts.map((draft) => ({ draft, kind: draft.kind, evidence: sortEvidence(order, draft.evidence) }));
  return keyed.sort((x, y) => compareDivergences(order, x, y)).map((entry) => entry.draft);
}

function countBy<T>(items: readonly T[], key: (item: T) => string, keys: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of keys) counts[name] = 0;
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Faces a report towards the caller's argument order: lists sorted by position in the
 * first source, then the second; evidence and quote ids inside each divergence first
 * source first; the summary recomputed from the lists.
 */
export function orientReport(report: Report, order: readonly [string, string]): Report {
  const quoteRank = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const quotePosition = (id: string): [number, number] => {
    const quote = quoteRank.get(id);
    return quote ? [rank(order, quote.sourceId), quote.start] : [order.length, 0];
  };
  const compareQuoteIds = (x: string, y: string): number => {
    const [rx, sx] = quotePosition(x);
    const [ry, sy] = quotePosition(y);
    return rx - ry || sx - sy || (x < y ? -1 : x > y ? 1 : 0);
  };
  const sources = [...report.sources].sort((x, y) => rank(order, x.id) - rank(order, y.id));
  const quotes = [...report.quotes].sort((x, y) => rank(order, x.sourceId) - rank(order, y.sourceId) || x.start - y.start || x.end - y.end);
  const quoteMatches = [...report.quoteMatches].sort((x, y) => compareQuoteIds(x.quotes[0], y.quotes[0]) || compareQuoteIds(x.quotes[1], y.quotes[1]));
  const sentenceMatches = [...report.sentenceMatches].sort(
    (x, y) => compareSpans(order, x.sentences[0], y.sentences[0]) || compareSpans(order, x.sentences[1], y.sentences[1]),
  );
  const divergences = [...report.divergences]
    .map((divergence) => ({
      ...divergence,
      ...(divergence.quotes ? { quotes: [...divergence.quotes].sort(compareQuoteIds) } : {}),
      evidence: sortEvidence(order, divergence.evidence),
    }))
    .sort((x, y) => compareDivergences(order, x, y) || (x.id < y.id ? -1 : 1));
  const artefacts = [...report.artefacts].sort(
    (x: Artefact, y: Artefact) => rank(order, x.sourceId) - rank(order, y.sourceId) || x.start - y.start || x.end - y.end || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0),
  );
  const summary: ReportSummary = {
    quotes: countBy(quotes, (quote) => quote.sourceId, sources.map((s) => s.id)),
    quoteMatches: quoteMatches.length,
    sentenceMatches: sentenceMatches.length,
    divergences: countBy(divergences, (d) => d.kind),
    artefacts: countBy(artefacts, (artefact) => artefact.family),
    alignment: report.summary.alignment,
  };
  return { ...report, sources, quotes, quoteMatches, sentenceMatches, divergences, artefacts, summary };
}
