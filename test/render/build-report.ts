import { diffWords } from '../../src/diff/index.js';
import type { Artefact, ArtefactFamily } from '../../src/artefacts/types.js';
import type { Quote, SpeakerKind } from '../../src/quotes/types.js';
import type { Divergence, DivergenceKind, QuoteMatch, Relation, Report } from '../../src/report/types.js';
import type { SpanRef } from '../../src/text/types.js';

// Builds small, contract-valid reports from texts and the phrases to annotate, so tests
// can state findings by their words and every offset is computed, never typed by hand.

/** A phrase in a source: its `occurrence`-th appearance (0-based) after `after`, if given. */
export interface Locate {
  source: string;
  text: string;
  occurrence?: number;
  after?: string;
}

export interface QuoteSpec extends Locate {
  id: string;
  speaker?: { name: string; mention?: string; kind?: SpeakerKind };
  cue?: string;
  kind?: 'direct' | 'phrase';
}

export interface ReportSpec {
  texts: Record<string, string>;
  quotes?: QuoteSpec[];
  matches?: { quotes: [string, string]; relation: Relation; similarity: number; divergences?: string[] }[];
  divergences?: { id: string; kind: DivergenceKind; severity: Divergence['severity']; message: string; quotes?: string[]; evidence: Locate[] }[];
  artefacts?: (Locate & { ruleId: string; family: ArtefactFamily; severity: Artefact['severity']; message: string; expected?: string[]; confidence?: number })[];
  event?: Partial<Report['event']>;
  alignment?: Report['summary']['alignment'];
  truncated?: boolean;
}

const QUOTE_MARKS = '"“”«»‘’\'„';

export function locate(texts: Record<string, string>, spec: Locate): SpanRef {
  const text = texts[spec.source];
  if (text === undefined) throw new Error(`no source ${spec.source}`);
  let start = spec.after === undefined ? -1 : text.indexOf(spec.after) + spec.after.length - 1;
  for (let n = 0; n <= (spec.occurrence ?? 0); n++) {
    start = text.indexOf(spec.text, start + 1);
    if (start < 0) throw new Error(`"${spec.text}" (occurrence ${spec.occurrence ?? 0}) not in ${spec.source}`);
  }
  return { sourceId: spec.source, start, end: start + spec.text.length, text: spec.text };
}

function mark(text: string, index: number): { start: number; end: number; char: string } | null {
  const char = text.charAt(index);
  return index >= 0 && QUOTE_MARKS.includes(char) && char !== '' ? { start: index, end: index + 1, char } : null;
}

export function buildReport(spec: ReportSpec): Report {
  const { texts } = spec;
  const ids = Object.keys(texts);
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = locate(texts, q);
    const source = texts[q.source]!;
    const speakerSpan = q.speaker ? locate(texts, { source: q.source, text: q.speaker.mention ?? q.speaker.name }) : undefined;
    const cueSpan = q.cue ? locate(texts, { source: q.source, text: q.cue }) : undefined;
    return {
      id: q.id,
      sourceId: q.source,
      start: span.start,
      end: span.end,
      text: span.text,
      kind: q.kind ?? 'direct',
      open: mark(source, span.start - 1),
      close: mark(source, span.end),
      speaker:
        q.speaker && speakerSpan
          ? { name: q.speaker.name, mention: { start: speakerSpan.start, end: speakerSpan.end, text: speakerSpan.text }, kind: q.speaker.kind ?? 'person', confidence: 0.9 }
          : null,
      cue: cueSpan ? { start: cueSpan.start, end: cueSpan.end, text: cueSpan.text } : null,
      confidence: 0.9,
    };
  });
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  const quoteMatches: QuoteMatch[] = (spec.matches ?? []).map((m) => {
    const a = byId.get(m.quotes[0])!;
    const b = byId.get(m.quotes[1])!;
    return {
      quotes: m.quotes,
      relation: m.relation,
      similarity: m.similarity,
      diff: diffWords({ sourceId: a.sourceId, start: a.start, text: a.text }, { sourceId: b.sourceId, start: b.start, text: b.text }),
      ...(m.divergences ? { divergences: m.divergences } : {}),
    };
  });
  const divergences: Divergence[] = (spec.divergences ?? []).map((d) => ({
    id: d.id,
    kind: d.kind,
    severity: d.severity,
    message: d.message,
    ...(d.quotes ? { quotes: d.quotes } : {}),
    evidence: d.evidence.map((e) => locate(texts, e)),
  }));
  const artefacts: Artefact[] = (spec.artefacts ?? []).map((a) => {
    const span = locate(texts, a);
    const expected = a.expected ?? [];
    return {
      ruleId: a.ruleId,
      family: a.family,
      sourceId: a.source,
      start: span.start,
      end: span.end,
      text: span.text,
      actual: span.text,
      expected,
      message: a.message,
      ...(expected[0] !== undefined ? { suggestion: expected[0], suggestions: expected } : {}),
      severity: a.severity,
      confidence: a.confidence ?? 0.8,
    };
  });
  const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  };
  return {
    schemaVersion: 1,
    sources: ids.map((id) => ({ id, length: texts[id]!.length, sentences: texts[id]!.split(/[.!?](?:\s|$)/u).filter((s) => s.trim()).length })),
    quotes,
    quoteMatches,
    sentenceMatches: [],
    divergences,
    artefacts,
    event: { participants: [], places: [], dates: [], numbers: [], sameEvent: 0.8, ...spec.event },
    summary: {
      quotes: Object.fromEntries(ids.map((id) => [id, quotes.filter((q) => q.sourceId === id).length])),
      quoteMatches: quoteMatches.length,
      sentenceMatches: 0,
      divergences: countBy(divergences, (d) => d.kind),
      artefacts: countBy(artefacts, (a) => a.family),
      alignment: spec.alignment ?? 'independent',
    },
    ...(spec.truncated ? { truncated: true } : {}),
  };
}

/** Every span in a report whose text must equal its source's slice, with a path for messages. */
export function spansOf(report: Report): { path: string; span: { sourceId: string; start: number; end: number; text: string } }[] {
  const spans: { path: string; span: { sourceId: string; start: number; end: number; text: string } }[] = [];
  report.quotes.forEach((q, i) => {
    spans.push({ path: `quotes[${i}]`, span: q });
    if (q.speaker) spans.push({ path: `quotes[${i}].speaker.mention`, span: { sourceId: q.sourceId, ...q.speaker.mention } });
    if (q.cue) spans.push({ path: `quotes[${i}].cue`, span: { sourceId: q.sourceId, ...q.cue } });
    q.parts?.forEach((p, j) => spans.push({ path: `quotes[${i}].parts[${j}]`, span: { sourceId: q.sourceId, ...p } }));
  });
  report.quoteMatches.forEach((m, i) =>
    m.diff.forEach((op, j) => {
      if (op.a) spans.push({ path: `quoteMatches[${i}].diff[${j}].a`, span: op.a });
      if (op.b) spans.push({ path: `quoteMatches[${i}].diff[${j}].b`, span: op.b });
    }),
  );
  report.sentenceMatches.forEach((m, i) => {
    m.sentences.forEach((s, k) => spans.push({ path: `sentenceMatches[${i}].sentences[${k}]`, span: s }));
    m.diff.forEach((op, j) => {
      if (op.a) spans.push({ path: `sentenceMatches[${i}].diff[${j}].a`, span: op.a });
      if (op.b) spans.push({ path: `sentenceMatches[${i}].diff[${j}].b`, span: op.b });
    });
  });
  report.divergences.forEach((d, i) => d.evidence.forEach((e, j) => spans.push({ path: `divergences[${i}].evidence[${j}]`, span: e })));
  report.artefacts.forEach((a, i) => {
    spans.push({ path: `artefacts[${i}]`, span: a });
    a.evidence?.forEach((e, j) => spans.push({ path: `artefacts[${i}].evidence[${j}]`, span: e }));
  });
  return spans;
}
