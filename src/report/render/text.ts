import type { Artefact } from '../../artefacts/types.js';
import type { Quote } from '../../quotes/types.js';
import type { Divergence, Report } from '../types.js';
import { SEVERITY_STYLE } from './ansi.js';
import { buildReportView, countBySeverity, speakerName, type PairView, type ReportView } from './model.js';
import { excerpt, formatPercent, oneLine, plural } from './plain-text.js';
import { TextWriter } from './text-writer.js';
import type { TextRenderOptions } from './types.js';
import { assertBoolean, assertNonNegativeNumber, assertRenderOptions, assertReport, assertSources, assertString, toSourceMap } from './validate.js';
import { diffSegments } from './word-diff.js';
import type { Piece } from './wrap.js';

const OPTION_CHECKS = { sources: assertSources, title: assertString, color: assertBoolean, width: assertNonNegativeNumber };
const DEFAULT_WIDTH = 100;
const EXCERPT = 90;
const INDENT = '    ';

/**
 * The report as plain text for a terminal or a log: a summary, the matched quotes with
 * their speakers and an inline word diff (`[-removed-]{+added+}`, or red and green with
 * `color`), the quotes only one report has, the divergences (most severe first), and the
 * artefacts with `line:column` positions when `sources` are given.
 *
 * @throws {TypeError} when `report` is not a report v1 or an option has the wrong type.
 */
export function renderText(report: Report, options?: TextRenderOptions): string {
  assertReport(report);
  const checked = assertRenderOptions(options, OPTION_CHECKS) as TextRenderOptions;
  const view = buildReportView(report, toSourceMap(checked.sources ?? [], 'options.sources'), checked.title);
  const out = new TextWriter(checked.color ?? false, checked.width ?? DEFAULT_WIDTH);
  writeSummary(out, view);
  if (view.sources.length >= 2 || report.quoteMatches.length > 0) writePairs(out, view);
  writeUnmatched(out, view);
  writeDivergences(out, view);
  writeArtefacts(out, view);
  return out.toString();
}

function writeSummary(out: TextWriter, view: ReportView): void {
  const { report } = view;
  out.line(out.style(oneLine(view.title), ['bold']));
  const idWidth = Math.max(...view.sources.map((source) => source.id.length), 1);
  for (const source of view.sources) {
    const facts: string[] = [];
    if (source.label !== source.id) facts.push(oneLine(source.label));
    const length = source.summary?.length ?? source.text?.length;
    if (length !== undefined) facts.push(plural(length, 'character'));
    if (source.summary) facts.push(plural(source.summary.sentences, 'sentence'));
    // A report without quote extraction (the CLI's `check`) has no count to show.
    const quotes = report.summary.quotes[source.id];
    if (quotes !== undefined) facts.push(plural(quotes, 'quote'));
    out.flow([{ text: oneLine(source.id).padEnd(idWidth), styles: ['cyan'] }, { text: `  ${facts.join(' · ')}` }], '', ' '.repeat(idWidth + 2));
  }
  if (view.sources.length >= 2) {
    const regime = report.summary.alignment === 'parallel' ? 'two translations of one text' : 'independent reports';
    out.flow(
      [{ text: 'Same event: ' }, { text: formatPercent(report.event.sameEvent), styles: ['bold'] }, { text: ` (${sameEventWords(report.event.sameEvent)}) · ${regime}` }],
      '',
      '  ',
    );
    const shared = [report.event.participants, report.event.places, report.event.dates, report.event.numbers]
      .filter((list) => list.length > 0)
      .map((list) => list.map(oneLine).join(', '));
    if (shared.length > 0) out.flow([{ text: `In both: ${shared.join(' · ')}` }], '', '  ');
  }
  const findings: string[] = [];
  if (view.sources.length >= 2) findings.push(plural(view.pairs.length, 'matched quote pair'));
  if (view.sources.length >= 2 || view.divergences.length > 0) findings.push(withSeverities(plural(view.divergences.length, 'divergence'), view.divergences));
  findings.push(withSeverities(plural(view.artefacts.length, 'artefact'), view.artefacts));
  out.flow([{ text: `Found: ${findings.join(' · ')}` }], '', '  ');
  if (report.truncated) out.flow([{ text: 'Truncated: a limit cut the work short; the report is partial.', styles: ['yellow'] }], '');
}

/** `3 divergences (1 error, 2 warnings)`: a count followed by its non-zero severities. */
export function withSeverities(label: string, findings: readonly { severity: string }[]): string {
  if (findings.length === 0) return label;
  const counts = countBySeverity(findings);
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => (severity === 'info' ? `${counts[severity]} info` : plural(counts[severity], severity)));
  return `${label} (${parts.join(', ')})`;
}

/** Words for the 0–1 same-event score, so that a reader need not know the scale. */
export function sameEventWords(score: number): string {
  if (score >= 0.75) return 'very likely the same event';
  if (score >= 0.5) return 'probably the same event';
  if (score >= 0.25) return 'possibly the same event';
  return 'probably different events';
}

function writePairs(out: TextWriter, view: ReportView): void {
  out.heading(`Matched quotes (${view.pairs.length})`);
  if (view.pairs.length === 0) {
    out.line('  none');
    return;
  }
  for (const pair of view.pairs) writePair(out, view, pair);
}

function writePair(out: TextWriter, view: ReportView, pair: PairView): void {
  const { match } = pair;
  out.line();
  const number = `#${pair.number}`.padEnd(3);
  out.line(
    `  ${out.style(number, ['bold'])} ${out.style(`${oneLine(match.quotes[0])} ↔ ${oneLine(match.quotes[1])}`, ['cyan'])} · ${match.relation} · similarity ${match.similarity.toFixed(2)}`,
  );
  for (const quote of [pair.a, pair.b]) {
    if (!quote) continue;
    const where = view.where(quote.sourceId, quote.start);
    out.flow([{ text: `${where.padEnd(10)} ` }, { text: oneLine(speakerLabel(quote)), styles: ['bold'] }], INDENT, `${INDENT}           `);
  }
  if (match.diff.length > 0) out.flow(diffPieces(out, match.diff), INDENT);
  else for (const quote of [pair.a, pair.b]) if (quote) out.flow([{ text: `“${oneLine(quote.text)}”` }], INDENT);
  for (const divergence of pair.divergences) {
    out.flow(
      [
        { text: divergence.severity.padEnd(8), styles: SEVERITY_STYLE[divergence.severity] ?? [] },
        { text: ` ${divergence.kind.padEnd(12)} ${oneLine(divergence.message)}` },
      ],
      INDENT,
      `${INDENT}${' '.repeat(22)}`,
    );
  }
}

function speakerLabel(quote: Quote): string {
  const cue = quote.cue ? ` (${quote.cue.text})` : '';
  return `${speakerName(quote)}${cue}`;
}

function diffPieces(out: TextWriter, ops: Report['quoteMatches'][number]['diff']): Piece[] {
  return diffSegments(ops).map((segment) => {
    const text = oneLine(segment.text);
    if (segment.kind === 'equal') return { text };
    if (out.color) return { text, styles: segment.kind === 'delete' ? ['red', 'inverse'] : ['green', 'inverse'] };
    return { text: segment.kind === 'delete' ? `[-${text}-]` : `{+${text}+}` };
  });
}

function writeUnmatched(out: TextWriter, view: ReportView): void {
  if (view.sources.length < 2) return;
  for (const source of view.sources) {
    const quotes = view.unmatched.filter((quote) => quote.sourceId === source.id);
    if (quotes.length === 0) continue;
    out.heading(`Quotes only in ${oneLine(source.id)} (${quotes.length})`);
    for (const quote of quotes) {
      out.flow(
        [{ text: `${view.where(quote.sourceId, quote.start).padEnd(10)} ` }, { text: speakerName(quote), styles: ['bold'] }, { text: `: “${excerpt(quote.text, EXCERPT)}”` }],
        '  ',
        `${INDENT}         `,
      );
    }
  }
}

/**
 * The divergences not shown yet: those of a matched pair are printed under the pair, and
 * an omission of a quote is the "Quotes only in" list itself. Repeating them would bury
 * the rest, which a reader would otherwise have to dig out.
 */
function writeDivergences(out: TextWriter, view: ReportView): void {
  if (view.sources.length < 2 && view.divergences.length === 0) return;
  const withPairs = new Set(view.pairs.flatMap((pair) => pair.divergences));
  const oneSided = new Set(view.unmatched.map((quote) => quote.id));
  const isListedOmission = (divergence: Divergence): boolean =>
    divergence.kind === 'omission' && (divergence.quotes ?? []).length > 0 && divergence.quotes!.every((id) => oneSided.has(id));
  const rest = view.divergences.filter((divergence) => !withPairs.has(divergence) && !isListedOmission(divergence));
  const shownWithPairs = view.divergences.filter((divergence) => withPairs.has(divergence)).length;
  const omissions = view.divergences.length - rest.length - shownWithPairs;
  out.heading(rest.length === view.divergences.length ? `Divergences (${rest.length})` : `Other divergences (${rest.length} of ${view.divergences.length})`);
  const elsewhere = [
    shownWithPairs > 0 ? `${shownWithPairs} shown with their quote pairs` : '',
    omissions > 0 ? `${omissions} ${omissions === 1 ? 'omission' : 'omissions'} listed as quotes in one report only` : '',
  ].filter((part) => part !== '');
  if (elsewhere.length > 0) out.flow([{ text: `(${elsewhere.join('; ')})`, styles: ['dim'] }], '  ');
  if (rest.length === 0 && elsewhere.length === 0) out.line('  none');
  for (const divergence of rest) writeDivergence(out, view, divergence);
}

function writeDivergence(out: TextWriter, view: ReportView, divergence: Divergence): void {
  out.flow(
    [
      { text: divergence.severity.padEnd(8), styles: SEVERITY_STYLE[divergence.severity] ?? [] },
      { text: ` ${divergence.kind.padEnd(12)} ` },
      { text: oneLine(divergence.message) },
    ],
    '  ',
    `  ${' '.repeat(22)}`,
  );
  const evidence = divergence.evidence.map((span) => `${view.where(span.sourceId, span.start)} “${excerpt(span.text, EXCERPT / 2)}”`);
  if (evidence.length > 0) out.flow([{ text: evidence.join(' · '), styles: ['dim'] }], `  ${' '.repeat(22)}`);
}

const MARKS_ONLY = /^[\p{P}\p{S}\p{Z}]{1,3}$/u;

/**
 * Found text in curly quotes, except a lone mark or two (an unbalanced `“`), which quotes
 * would make unreadable: those are shown bare with their code points.
 */
export function showFound(text: string): string {
  if (!MARKS_ONLY.test(text)) return `“${excerpt(text, EXCERPT / 2)}”`;
  const points = [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `${oneLine(text)} (${points.join(' ')})`;
}

function writeArtefacts(out: TextWriter, view: ReportView): void {
  out.heading(`Artefacts (${view.artefacts.length})`);
  if (view.artefacts.length === 0) {
    out.line('  none');
    return;
  }
  const positions = view.artefacts.map((artefact) => view.where(artefact.sourceId, artefact.start));
  const whereWidth = Math.max(...positions.map((position) => position.length));
  const ruleWidth = Math.min(30, Math.max(...view.artefacts.map((artefact) => artefact.ruleId.length)));
  view.artefacts.forEach((artefact, index) => {
    const indent = ' '.repeat(2 + whereWidth + 2);
    out.flow(
      [
        { text: `${positions[index]!.padEnd(whereWidth)}  `, styles: ['cyan'] },
        { text: artefact.severity.padEnd(8), styles: SEVERITY_STYLE[artefact.severity] ?? [] },
        { text: ` ${oneLine(artefact.ruleId).padEnd(ruleWidth)}  ` },
        ...artefactFinding(artefact),
      ],
      '  ',
      ' '.repeat(2 + whereWidth + 2 + 8 + 1 + ruleWidth + 2),
    );
    out.flow([{ text: oneLine(artefact.message), styles: ['dim'] }], indent);
  });
}

function artefactFinding(artefact: Artefact): Piece[] {
  const pieces: Piece[] = [{ text: showFound(artefact.text), styles: ['bold'] }];
  const suggestion = artefact.suggestion ?? artefact.expected[0];
  if (suggestion !== undefined) pieces.push({ text: ` → ${excerpt(suggestion, EXCERPT / 2)}` });
  return pieces;
}

