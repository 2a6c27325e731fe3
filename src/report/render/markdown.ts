import type { Artefact } from '../../artefacts/types.js';
import type { Quote } from '../../quotes/types.js';
import type { Report } from '../types.js';
import { buildReportView, countBySeverity, speakerName, type ReportView } from './model.js';
import { excerpt, formatCount, formatPercent, oneLine } from './plain-text.js';
import { sameEventWords } from './text.js';
import type { MarkdownRenderOptions } from './types.js';
import { assertNonNegativeNumber, assertRenderOptions, assertReport, assertSources, assertString, toSourceMap } from './validate.js';
import { diffSegments } from './word-diff.js';

const OPTION_CHECKS = { sources: assertSources, title: assertString, collapseAfter: assertNonNegativeNumber };
export const DEFAULT_COLLAPSE_AFTER = 10;
const EXCERPT = 120;

// Characters that can open inline syntax mid-line in GFM: escapes, code, emphasis, links
// and images, table cells, strikethrough, a heading's closing #s, and GitHub's $math$.
// Each is backslash-escaped (GFM allows that for any ASCII punctuation). Punctuation that
// only matters at the start of a line is left alone: input text never starts one.
const MARKDOWN_SYNTAX = /[\\`*_[\]|~#$]/gu;
const HTML_SPECIAL = /[&<>]/gu;
const HTML_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// `@name` in an issue or pull-request comment notifies that user; input text must not.
const MENTION = /@(?=[\p{L}\p{N}_-])/gu;

/**
 * Makes any input text inert and literal inside Markdown (table cells included): one line,
 * HTML special characters as entities, Markdown punctuation backslash-escaped, and `@`
 * mentions broken with a zero-width space so a comment pings nobody.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(HTML_SPECIAL, (char) => HTML_ENTITY[char] ?? char)
    .replace(MARKDOWN_SYNTAX, (char) => `\\${char}`)
    .replace(MENTION, '@\u200B');
}

/**
 * The report as GitHub-flavoured Markdown for an issue or a pull-request comment: a
 * summary table, the matched quotes with speakers and an inline diff (`<del>` removed,
 * `<ins>` added), the divergences and the artefacts. Sections longer than `collapseAfter`
 * rows fold into `<details>`. Every piece of input text is escaped.
 *
 * @throws {TypeError} when `report` is not a report v1 or an option has the wrong type.
 */
export function renderMarkdown(report: Report, options?: MarkdownRenderOptions): string {
  assertReport(report);
  const checked = assertRenderOptions(options, OPTION_CHECKS) as MarkdownRenderOptions;
  const view = buildReportView(report, toSourceMap(checked.sources ?? [], 'options.sources'), checked.title);
  const collapseAfter = checked.collapseAfter ?? DEFAULT_COLLAPSE_AFTER;
  const blocks: string[] = [`## ${escapeMarkdown(view.title)}`, summaryBlock(view)];
  const section = (heading: string, rows: number, body: string): void => {
    blocks.push(markdownSection(heading, rows, body, collapseAfter));
  };
  if (view.sources.length >= 2 || view.pairs.length > 0) section(`Matched quotes (${view.pairs.length})`, view.pairs.length, pairsTable(view));
  if (view.sources.length >= 2 && view.unmatched.length > 0) section(`Quotes in one report only (${view.unmatched.length})`, view.unmatched.length, unmatchedTable(view));
  if (view.sources.length >= 2 || view.divergences.length > 0) section(`Divergences (${view.divergences.length})`, view.divergences.length, divergencesTable(view));
  section(`Artefacts (${view.artefacts.length})`, view.artefacts.length, artefactsTable(view));
  return `${blocks.join('\n\n')}\n`;
}

/** A `###` section, folded into `<details>` when it has more than `collapseAfter` rows. */
export function markdownSection(heading: string, rows: number, body: string, collapseAfter: number): string {
  if (rows > collapseAfter) return `<details>\n<summary><strong>${escapeHtmlText(heading)}</strong></summary>\n\n${body}\n\n</details>`;
  return `### ${escapeMarkdown(heading)}\n\n${body}`;
}

function escapeHtmlText(text: string): string {
  return oneLine(text).replace(HTML_SPECIAL, (char) => HTML_ENTITY[char] ?? char);
}

/** A GFM table of already escaped cells, or `empty` when there are no rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], empty = '_None._'): string {
  if (rows.length === 0) return empty;
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A position or source id as code; ids come from the caller, so backticks are removed. */
export function code(text: string): string {
  // GFM splits table cells at `|` even inside code spans unless it is escaped.
  const clean = oneLine(text).replace(/`/gu, "'").replace(/\|/gu, '\\|');
  return `\`${clean}\``;
}

function summaryBlock(view: ReportView): string {
  const { report } = view;
  const rows = view.sources.map((source) => [
    code(source.id),
    source.label === source.id ? '' : escapeMarkdown(source.label),
    formatCount(source.summary?.length ?? source.text?.length ?? 0),
    source.summary ? formatCount(source.summary.sentences) : '',
    report.summary.quotes[source.id] === undefined ? '' : formatCount(report.summary.quotes[source.id]!),
    formatCount(view.artefacts.filter((a) => a.sourceId === source.id).length),
  ]);
  const lines = [table(['source', 'title', 'characters', 'sentences', 'quotes', 'artefacts'], rows)];
  if (view.sources.length >= 2) {
    const divergences = countBySeverity(view.divergences);
    lines.push(
      `**Same event:** ${formatPercent(report.event.sameEvent)} (${sameEventWords(report.event.sameEvent)}) · ` +
        `**${report.summary.alignment === 'parallel' ? 'two translations of one text' : 'independent reports'}** · ` +
        `**matched quote pairs:** ${view.pairs.length} · ` +
        `**divergences:** ${view.divergences.length} (${divergences.error} error, ${divergences.warning} warning, ${divergences.info} info)`,
    );
    const shared: [string, readonly string[]][] = [
      ['People and organisations', report.event.participants],
      ['Places', report.event.places],
      ['Dates', report.event.dates],
      ['Numbers', report.event.numbers],
    ];
    const mentioned = shared.filter(([, list]) => list.length > 0).map(([label, list]) => `**${label}:** ${list.map(escapeMarkdown).join(', ')}`);
    if (mentioned.length > 0) lines.push(`In both reports — ${mentioned.join(' · ')}`);
  }
  if (report.truncated) lines.push('> [!WARNING]\n> A limit cut the work short; this report is partial.');
  return lines.join('\n\n');
}

function quoteCell(view: ReportView, quote: Quote | undefined, id: string): string {
  if (!quote) return code(id);
  return `**${escapeMarkdown(speakerName(quote))}**${quote.cue ? ` (${escapeMarkdown(quote.cue.text)})` : ''}<br>${code(view.where(quote.sourceId, quote.start))}`;
}

function pairsTable(view: ReportView): string {
  const [first = 'a', second = 'b'] = view.sources.map((source) => source.id);
  const rows = view.pairs.map((pair) => [
    String(pair.number),
    quoteCell(view, pair.a, pair.match.quotes[0]),
    quoteCell(view, pair.b, pair.match.quotes[1]),
    `${pair.match.relation} (${pair.match.similarity.toFixed(2)})`,
    inlineDiff(pair.match.diff, pair.a, pair.b),
    pair.divergences.map((d) => `${severityMark(d.severity)} ${escapeMarkdown(d.kind)}`).join('<br>'),
  ]);
  return table(['#', `speaker in ${escapeMarkdown(first)}`, `speaker in ${escapeMarkdown(second)}`, 'relation', 'quote (<del>removed</del> <ins>added</ins>)', 'divergences'], rows);
}

/**
 * Removed and added words inline, as `<del>` and `<ins>` (GitHub keeps both tags): unlike
 * `~~…~~` and `**…**`, tags work inside a word and next to punctuation (`consulted<ins>.</ins>`).
 */
function inlineDiff(ops: Report['quoteMatches'][number]['diff'], a: Quote | undefined, b: Quote | undefined): string {
  if (ops.length === 0) return escapeMarkdown(b?.text ?? a?.text ?? '');
  return diffSegments(ops)
    .map((segment) => {
      const text = escapeMarkdown(segment.text);
      if (segment.kind === 'equal' || text.trim() === '') return text;
      return segment.kind === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
    })
    .join('')
    .trim();
}

function unmatchedTable(view: ReportView): string {
  const rows = view.unmatched.map((quote) => [
    code(view.where(quote.sourceId, quote.start)),
    escapeMarkdown(speakerName(quote)),
    quote.kind,
    `“${escapeMarkdown(excerpt(quote.text, EXCERPT))}”`,
  ]);
  return table(['where', 'speaker', 'kind', 'quote'], rows);
}

const SEVERITY_MARK: Readonly<Record<string, string>> = { error: '🛑 error', warning: '⚠️ warning', info: 'ℹ️ info' };

export function severityMark(severity: string): string {
  return SEVERITY_MARK[severity] ?? escapeMarkdown(severity);
}

function divergencesTable(view: ReportView): string {
  const rows = view.divergences.map((divergence) => [
    severityMark(divergence.severity),
    escapeMarkdown(divergence.kind),
    escapeMarkdown(divergence.message),
    divergence.evidence.map((span) => `${code(view.where(span.sourceId, span.start))} “${escapeMarkdown(excerpt(span.text, EXCERPT / 2))}”`).join('<br>'),
  ]);
  return table(['severity', 'kind', 'message', 'evidence'], rows);
}

function artefactsTable(view: ReportView): string {
  const rows = view.artefacts.map((artefact: Artefact) => {
    const suggestion = artefact.suggestion ?? artefact.expected[0];
    return [
      code(view.where(artefact.sourceId, artefact.start)),
      severityMark(artefact.severity),
      code(artefact.ruleId),
      `“${escapeMarkdown(excerpt(artefact.text, EXCERPT / 2))}”`,
      suggestion === undefined ? '' : escapeMarkdown(suggestion),
      escapeMarkdown(artefact.message),
    ];
  });
  return table(['where', 'severity', 'rule', 'found', 'suggestion', 'message'], rows);
}
