/** Loads a benchmark's data once and scores each system on it, timing each part. */
import { errorCell, notImplemented } from '../metrics/cells.js';
import type { EvalSystem } from '../systems/types.js';
import type { Benchmark, BenchmarkContext, BenchmarkResult, Cell, OffsetAudit, SystemOutcome } from './types.js';

export function createOffsetAudit(): OffsetAudit & { mismatches: number } {
  const audit = {
    mismatches: 0,
    check(sourceText: string, span: { start: number; end: number; text?: string }): void {
      if (span.text !== undefined && sourceText.slice(span.start, span.end) !== span.text) audit.mismatches += 1;
    },
  };
  return audit;
}

/**
 * `systemLoadError` marks the first system (corroborate) as unloadable: its cells become
 * errors instead of "not implemented", because the exports could not even be read.
 */
export async function runBenchmark<Data>(
  benchmark: Benchmark<Data>,
  systems: readonly EvalSystem[],
  context: BenchmarkContext,
  systemLoadError?: string,
): Promise<BenchmarkResult> {
  const loadStarted = performance.now();
  let data: Data;
  try {
    data = await benchmark.load(context);
  } catch (error) {
    const message = errorCell(error);
    const cells = Object.fromEntries(benchmark.metrics.map((metric) => [metric.key, message]));
    return {
      id: benchmark.id,
      title: benchmark.title,
      metrics: benchmark.metrics,
      loadSeconds: (performance.now() - loadStarted) / 1000,
      systems: Object.fromEntries(systems.map((system) => [system.name, { cells, seconds: 0, offsetMismatches: 0 }])),
      loadError: message.status === 'error' ? message.message : String(error),
    };
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const outcomes: Record<string, SystemOutcome> = {};
  for (const [index, system] of systems.entries()) {
    if (index === 0 && systemLoadError) {
      const cell: Cell = { status: 'error', message: `could not load: ${systemLoadError}` };
      outcomes[system.name] = { cells: Object.fromEntries(benchmark.metrics.map((m) => [m.key, cell])), seconds: 0, offsetMismatches: 0 };
      continue;
    }
    const audit = createOffsetAudit();
    const started = performance.now();
    let cells: Readonly<Record<string, Cell>>;
    try {
      cells = await benchmark.score(system, data, audit);
    } catch (error) {
      const cell = errorCell(error);
      cells = Object.fromEntries(benchmark.metrics.map((metric) => [metric.key, cell]));
    }
    const complete: Record<string, Cell> = {};
    for (const metric of benchmark.metrics) complete[metric.key] = cells[metric.key] ?? notImplemented();
    outcomes[system.name] = { cells: complete, seconds: (performance.now() - started) / 1000, offsetMismatches: audit.mismatches };
  }
  return { id: benchmark.id, title: benchmark.title, metrics: benchmark.metrics, loadSeconds, systems: outcomes };
}

/** A benchmark with its data type hidden, so benchmarks of different data fit one list. */
export interface RunnableBenchmark {
  readonly id: string;
  readonly title: string;
  run(systems: readonly EvalSystem[], context: BenchmarkContext, systemLoadError?: string): Promise<BenchmarkResult>;
}

export function runnable<Data>(benchmark: Benchmark<Data>): RunnableBenchmark {
  return {
    id: benchmark.id,
    title: benchmark.title,
    run: (systems, context, systemLoadError) => runBenchmark(benchmark, systems, context, systemLoadError),
  };
}
