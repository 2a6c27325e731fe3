import type { ManyReport } from '../many-types.js';
import { REPRESENTATIVE_MARK, buildManyView, type ManyView } from './many-model.js';
import { DEFAULT_COLLAPSE_AFTER, code, escapeMarkdown, markdownSection, table } from './markdown.js';
import { speakerName } from './model.js';
import { excerpt, formatCount } from './plain-text.js';
import { withSeverities } from './text.js';
import type { MarkdownRenderOptions } from './types.js';
import { toSourceMap } from './validate.js';

const EXCERPT = 120;

/**
 * A {@link ManyReport} as GitHub-flavoured Markdown: a table of the sources, a summary
 * line, the quote clusters (one row per member, the representative marked) and one row of
 * counts per compared pair. Long sections fold into `<details>`; input text is escaped
 * as `renderMarkdown` escapes it.
 */
export function renderManyMarkdown(report: ManyReport, options: MarkdownRenderOptions = {}): string {
  const view = buildManyView(report, toSourceMap(options.sources ?? [], 'options.sources'), options.title);
  const collapseAfter = options.collapseAfter ?? DEFAULT_COLLAPSE_AFTER;
  const memberRows = view.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
  const blocks = [
    `## ${escapeMarkdown(view.title)}`,
    summaryBlock(view),
    markdownSection(`Quote clusters (${view.clusters.length})`, memberRows, clustersBody(view), collapseAfter),
    markdownSection(view.pairsHeading, view.pairs.length, pairsTable(view), collapseAfter),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function summaryBlock(view: ManyView): string {
  const rows = view.sources.map(({ source, quotes, clustered, artefacts }) => [
    code(source.id),
    source.label === source.id ? '' : escapeMarkdown(source.label),
    formatCount(source.summary?.length ?? source.text?.length ?? 0),
    source.summary ? formatCount(source.summary.sentences) : '',
    formatCount(quotes),
    formatCount(clustered),
    formatCount(artefacts.length),
  ]);
  const lines = [
    table(['source', 'title', 'characters', 'sentences', 'quotes', 'in clusters', 'artefacts'], rows),
    `**Quote clusters:** ${view.clusters.length} · ` +
      `**pairs compared:** ${view.pairs.length} of ${view.possiblePairs} · ` +
      `**divergences:** ${withSeverities(formatCount(view.divergences.length), view.divergences)} · ` +
      `**artefacts:** ${withSeverities(formatCount(view.artefacts.length), view.artefacts)}`,
  ];
  if (view.report.truncated) lines.push('> [!WARNING]\n> A limit cut the work short; this report is partial.');
  return lines.join('\n\n');
}

function clustersBody(view: ManyView): string {
  if (view.clusters.length === 0) return '_None: no statement is quoted by two sources._';
  const rows = view.clusters.flatMap(({ cluster, members }) =>
    members.map(({ id, quote, representative }, index) => [
      index === 0 ? `**${escapeMarkdown(cluster.id)}**` : '',
      code(quote ? view.where(quote.sourceId, quote.start) : id),
      quote ? `**${escapeMarkdown(speakerName(quote))}**` : '',
      `${representative ? `${REPRESENTATIVE_MARK} ` : ''}${quote ? `“${escapeMarkdown(excerpt(quote.text, EXCERPT))}”` : '_not in the report_'}`,
      index === 0 ? cluster.similarity.toFixed(2) : '',
    ]),
  );
  return `${REPRESENTATIVE_MARK} marks the quote closest to the others in its cluster.\n\n${table(['cluster', 'where', 'speaker', 'quote', 'similarity'], rows)}`;
}

function pairsTable(view: ManyView): string {
  const rows = view.pairs.map((pair) => [
    `${code(pair.sources[0])} ↔ ${code(pair.sources[1])}`,
    formatCount(pair.matchedQuotes),
    withSeverities(formatCount(pair.divergences.length), pair.divergences),
    withSeverities(formatCount(pair.artefacts.length), pair.artefacts),
    pair.truncated ? 'truncated' : '',
  ]);
  const header = ['pair', 'matched quotes', 'divergences', 'artefacts'];
  return view.pairs.some((pair) => pair.truncated) ? table([...header, 'note'], rows) : table(header, rows.map((row) => row.slice(0, -1)));
}
