import type { ManyReport } from '../many-types.js';
import { REPRESENTATIVE_MARK, buildManyView, type ClusterView, type ManyView } from './many-model.js';
import { speakerName } from './model.js';
import { excerpt, oneLine, plural } from './plain-text.js';
import { withSeverities } from './text.js';
import { TextWriter } from './text-writer.js';
import type { TextRenderOptions } from './types.js';
import { toSourceMap } from './validate.js';

const DEFAULT_WIDTH = 100;
const EXCERPT = 90;

/**
 * A {@link ManyReport} as plain text for a terminal: the sources with their counts, each
 * quote cluster with its members (where, speaker, an excerpt; the representative marked)
 * and its similarity, then one line of counts per compared pair. The full findings of a
 * pair are in its report (`pairs[i].report`), which `renderText` shows.
 */
export function renderManyText(report: ManyReport, options: TextRenderOptions = {}): string {
  const view = buildManyView(report, toSourceMap(options.sources ?? [], 'options.sources'), options.title);
  const out = new TextWriter(options.color ?? false, options.width ?? DEFAULT_WIDTH);
  writeSummary(out, view);
  writeClusters(out, view);
  writePairs(out, view);
  return out.toString();
}

function writeSummary(out: TextWriter, view: ManyView): void {
  out.line(out.style(oneLine(view.title), ['bold']));
  const idWidth = Math.max(...view.sources.map(({ source }) => source.id.length), 1);
  for (const { source, quotes, clustered, artefacts } of view.sources) {
    const facts: string[] = [];
    if (source.label !== source.id) facts.push(oneLine(source.label));
    const length = source.summary?.length ?? source.text?.length;
    if (length !== undefined) facts.push(plural(length, 'character'));
    if (source.summary) facts.push(plural(source.summary.sentences, 'sentence'));
    facts.push(`${plural(quotes, 'quote')} (${clustered} in clusters)`);
    facts.push(withSeverities(plural(artefacts.length, 'artefact'), artefacts));
    out.flow([{ text: oneLine(source.id).padEnd(idWidth), styles: ['cyan'] }, { text: `  ${facts.join(' · ')}` }], '', ' '.repeat(idWidth + 2));
  }
  const found = [
    plural(view.clusters.length, 'quote cluster'),
    `${view.pairs.length} of ${plural(view.possiblePairs, 'pair')} compared`,
    withSeverities(plural(view.divergences.length, 'divergence'), view.divergences),
    withSeverities(plural(view.artefacts.length, 'artefact'), view.artefacts),
  ];
  out.flow([{ text: `Found: ${found.join(' · ')}` }], '', '  ');
  if (view.report.truncated) out.flow([{ text: 'Truncated: a limit cut the work short; the report is partial.', styles: ['yellow'] }], '');
}

function writeClusters(out: TextWriter, view: ManyView): void {
  out.heading(`Quote clusters (${view.clusters.length})`);
  if (view.clusters.length === 0) {
    out.line('  none: no statement is quoted by two sources');
    return;
  }
  out.line(out.style(`  (${REPRESENTATIVE_MARK} marks the quote closest to the others in its cluster)`, ['dim']));
  const whereWidth = Math.max(
    ...view.clusters.flatMap(({ members }) => members.map((member) => (member.quote ? view.where(member.quote.sourceId, member.quote.start) : member.id).length)),
  );
  for (const cluster of view.clusters) writeCluster(out, view, cluster, whereWidth);
}

function writeCluster(out: TextWriter, view: ManyView, { cluster, members }: ClusterView, whereWidth: number): void {
  out.line();
  out.line(
    `  ${out.style(oneLine(cluster.id), ['bold'])} · ${plural(cluster.sources.length, 'source')} · ${plural(members.length, 'quote')} · similarity ${cluster.similarity.toFixed(2)}`,
  );
  for (const { id, quote, representative } of members) {
    const mark = representative ? out.style(REPRESENTATIVE_MARK, ['bold']) : ' ';
    const position = quote ? view.where(quote.sourceId, quote.start) : id;
    const indent = `    ${' '.repeat(whereWidth + 2)}`;
    out.flow(
      [
        { text: `${mark} ` },
        { text: oneLine(position).padEnd(whereWidth), styles: ['cyan'] },
        { text: '  ' },
        ...(quote ? [{ text: oneLine(speakerName(quote)), styles: ['bold' as const] }, { text: `: “${excerpt(quote.text, EXCERPT)}”` }] : [{ text: '(quote not in the report)' }]),
      ],
      '  ',
      indent,
    );
  }
}

function writePairs(out: TextWriter, view: ManyView): void {
  out.heading(view.pairsHeading);
  if (view.pairs.length === 0) {
    out.line('  none');
    return;
  }
  const names = view.pairs.map((pair) => `${oneLine(pair.sources[0])} ↔ ${oneLine(pair.sources[1])}`);
  const nameWidth = Math.max(...names.map((name) => name.length));
  view.pairs.forEach((pair, index) => {
    const counts = [
      plural(pair.matchedQuotes, 'matched quote'),
      withSeverities(plural(pair.divergences.length, 'divergence'), pair.divergences),
      withSeverities(plural(pair.artefacts.length, 'artefact'), pair.artefacts),
    ];
    if (pair.truncated) counts.push('truncated');
    out.flow([{ text: names[index]!.padEnd(nameWidth), styles: ['cyan'] }, { text: `  ${counts.join(' · ')}` }], '  ', ' '.repeat(2 + nameWidth + 2));
  });
}
