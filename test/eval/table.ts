/** Renders benchmark results as one plain-text table or as Markdown. Pure: no I/O. */
import type { BenchmarkResult, Cell, MetricSpec } from './benchmarks/types.js';

export const SYSTEM_COLUMNS = ['corroborate', 'naive peer'] as const;

export function formatCell(cell: Cell | undefined, metric: MetricSpec): string {
  if (!cell) return '—';
  switch (cell.status) {
    case 'ok': {
      if (metric.format === 'rate') {
        return cell.numerator === undefined ? cell.value.toFixed(2) : `${cell.value.toFixed(2)} (${cell.numerator} flags)`;
      }
      const counts = cell.numerator !== undefined && cell.denominator !== undefined ? ` (${cell.numerator}/${cell.denominator})` : '';
      return `${cell.value.toFixed(3)}${counts}`;
    }
    case 'n/a':
      return `n/a (${cell.reason})`;
    case 'not implemented':
      return 'not implemented';
    case 'error':
      return 'error (see below)';
  }
}

export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  return seconds < 10 ? `${seconds.toFixed(1)}s` : `${Math.round(seconds)}s`;
}

interface Row {
  readonly benchmark: string;
  readonly metric: string;
  readonly values: readonly string[];
  readonly target: string;
  readonly time: string;
}

const HEADER = ['benchmark', 'metric', ...SYSTEM_COLUMNS, 'target', 'time: corroborate / peer (+ data load)'];

function rows(results: readonly BenchmarkResult[]): Row[] {
  const out: Row[] = [];
  for (const result of results) {
    for (const [index, metric] of result.metrics.entries()) {
      const first = index === 0;
      const times = `${SYSTEM_COLUMNS.map((name) => formatSeconds(result.systems[name]?.seconds)).join(' / ')} (+ load ${formatSeconds(result.loadSeconds)})`;
      out.push({
        benchmark: first ? result.title : '',
        metric: metric.label,
        values: SYSTEM_COLUMNS.map((name) =>
          result.loadError ? 'error (see below)' : formatCell(result.systems[name]?.cells[metric.key], metric),
        ),
        target: metric.target ?? '',
        time: first ? times : '',
      });
    }
  }
  return out;
}

function cellsOf(row: Row): string[] {
  return [row.benchmark, row.metric, ...row.values, row.target, row.time];
}

export function renderText(results: readonly BenchmarkResult[]): string {
  const table = [HEADER, ...rows(results).map(cellsOf)];
  const widths = HEADER.map((_, column) => Math.max(...table.map((cells) => [...(cells[column] ?? '')].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((width) => '-'.repeat(width)).join('  '), ...table.slice(1).map(line)].join('\n');
}

export function renderMarkdown(results: readonly BenchmarkResult[]): string {
  const escape = (cell: string): string => cell.replace(/\|/gu, '\\|');
  const line = (cells: readonly string[]): string => `| ${cells.map(escape).join(' | ')} |`;
  return [line(HEADER), `|${HEADER.map(() => '---').join('|')}|`, ...rows(results).map((row) => line(cellsOf(row)))].join('\n');
}

/** Error messages and offset mismatches, one line each, for under the table. */
export function renderNotes(results: readonly BenchmarkResult[]): string[] {
  const notes: string[] = [];
  for (const result of results) {
    if (result.loadError) notes.push(`${result.title}: could not load data: ${result.loadError}`);
    for (const [name, outcome] of Object.entries(result.systems)) {
      const messages = new Set<string>();
      for (const cell of Object.values(outcome.cells)) if (cell.status === 'error') messages.add(cell.message);
      for (const message of messages) notes.push(`${result.title}, ${name}: error: ${message}`);
      if (outcome.offsetMismatches > 0) {
        notes.push(`${result.title}, ${name}: ${outcome.offsetMismatches} reported span(s) whose text differs from text.slice(start, end)`);
      }
    }
  }
  return notes;
}
