import type { DiffOp, Divergence, Report } from '../../src/report/types.js';
import type { SpanRef } from '../../src/text/types.js';

/** `a 51-71 "profound differences"` */
export const span = (ref: SpanRef): string => `${ref.sourceId} ${ref.start}-${ref.end} "${ref.text}"`;

/** `replace "profound"→"strong"` (texts trimmed of the whitespace each op owns). */
export const op = (diffOp: DiffOp): string => {
  const a = diffOp.a?.text.trim() ?? '';
  const b = diffOp.b?.text.trim() ?? '';
  return diffOp.op === 'equal' ? `equal "${a}"` : `${diffOp.op} "${a}"→"${b}"`;
};

/** `number error a 94-96 "12" ~ b 91-93 "15"` */
export const divergence = (d: Divergence): string => `${d.kind} ${d.severity} ${d.evidence.map(span).join(' ~ ')}`;

/** Concatenates one side's spans over the ops: must give back the compared text. */
export const rebuild = (diff: readonly DiffOp[], side: 'a' | 'b'): string => diff.map((o) => o[side]?.text ?? '').join('');

/** Every span of a report, with the source it must slice. */
export function allSpans(report: Report): SpanRef[] {
  const spans: SpanRef[] = [];
  for (const quote of report.quotes) {
    spans.push({ sourceId: quote.sourceId, start: quote.start, end: quote.end, text: quote.text });
    if (quote.speaker) spans.push({ sourceId: quote.sourceId, ...quote.speaker.mention });
    if (quote.cue) spans.push({ sourceId: quote.sourceId, ...quote.cue });
    for (const part of quote.parts ?? []) spans.push({ sourceId: quote.sourceId, start: part.start, end: part.end, text: part.text });
  }
  for (const match of report.quoteMatches) for (const o of match.diff) spans.push(...[o.a, o.b].filter((s): s is SpanRef => s !== undefined));
  for (const match of report.sentenceMatches) {
    spans.push(...match.sentences);
    for (const o of match.diff) spans.push(...[o.a, o.b].filter((s): s is SpanRef => s !== undefined));
  }
  for (const d of report.divergences) spans.push(...d.evidence);
  for (const artefact of report.artefacts) spans.push({ sourceId: artefact.sourceId, start: artefact.start, end: artefact.end, text: artefact.text });
  return spans;
}

/** Spans whose text is not `source.slice(start, end)` (empty when all are right). */
export function badSpans(report: Report, texts: Readonly<Record<string, string>>): string[] {
  return allSpans(report)
    .filter((ref) => texts[ref.sourceId] === undefined || texts[ref.sourceId]!.slice(ref.start, ref.end) !== ref.text)
    .map(span);
}

/** Diffs whose ops do not rebuild the compared texts. */
export function badDiffs(report: Report, texts: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const quotes = new Map(report.quotes.map((quote) => [quote.id, quote]));
  for (const match of report.quoteMatches) {
    const [x, y] = match.quotes.map((id) => quotes.get(id)!);
    if (rebuild(match.diff, 'a') !== x!.text || rebuild(match.diff, 'b') !== y!.text) problems.push(match.quotes.join('~'));
  }
  for (const match of report.sentenceMatches) {
    const [x, y] = match.sentences;
    if (rebuild(match.diff, 'a') !== x.text || rebuild(match.diff, 'b') !== y.text) problems.push(`${span(x)} ~ ${span(y)}`);
    // Every op's span must come from the right source.
    for (const o of match.diff) {
      if (o.a && o.a.sourceId !== x.sourceId) problems.push(`a side of ${op(o)}`);
      if (o.b && o.b.sourceId !== y.sourceId) problems.push(`b side of ${op(o)}`);
    }
  }
  void texts;
  return problems;
}

/**
 * The report as compare(b, a) should give it, in a form that ignores list order:
 * pairs reversed, diffs mirrored, messages left out (they name the first source first).
 */
export function mirrorView(report: Report, reverse: boolean): unknown {
  const flip = (ops: readonly DiffOp[]): string[] =>
    ops.map((o) => {
      const kind = reverse ? (o.op === 'insert' ? 'delete' : o.op === 'delete' ? 'insert' : o.op) : o.op;
      const [x, y] = reverse ? [o.b, o.a] : [o.a, o.b];
      return `${kind} ${x ? span(x) : '-'} | ${y ? span(y) : '-'}`;
    });
  const pair = <T>(values: readonly [T, T]): [T, T] => (reverse ? [values[1], values[0]] : [values[0], values[1]]);
  return {
    quotes: report.quotes.map((q) => `${q.id} ${q.start}-${q.end}`).sort(),
    quoteMatches: report.quoteMatches.map((m) => `${pair(m.quotes).join('~')} ${m.relation} ${m.similarity} ${flip(m.diff).join(' / ')}`).sort(),
    sentenceMatches: report.sentenceMatches.map((m) => `${pair(m.sentences).map(span).join(' ~ ')} ${m.relation} ${m.similarity} ${flip(m.diff).join(' / ')}`).sort(),
    divergences: report.divergences.map((d) => `${d.id} ${d.kind} ${d.severity} ${[...d.evidence].map(span).sort().join(' ~ ')} ${[...(d.quotes ?? [])].sort().join(',')}`).sort(),
    artefacts: report.artefacts.map((a) => `${a.sourceId} ${a.start}-${a.end} ${a.ruleId}`).sort(),
    event: report.event,
    alignment: report.summary.alignment,
  };
}
