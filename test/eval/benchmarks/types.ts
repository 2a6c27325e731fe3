/** The figures a benchmark produces, as data; rendering lives in `table.ts`. */
import type { EvalSystem } from '../systems/types.js';

/** One measured figure, or the honest reason there is none. */
export type Cell =
  | {
      readonly status: 'ok';
      readonly value: number;
      /** For ratios: the counts behind the value, so a reader can judge its weight. */
      readonly numerator?: number;
      readonly denominator?: number;
      /** Other counts behind a derived value (e.g. the confusion matrix behind an F1). */
      readonly detail?: Readonly<Record<string, number>>;
    }
  /** Nothing to divide by (e.g. no predictions at all, so no precision). */
  | { readonly status: 'n/a'; readonly reason: string }
  | { readonly status: 'not implemented'; readonly missing: readonly string[] }
  | { readonly status: 'error'; readonly message: string };

export interface MetricSpec {
  /** Stable key used in the JSON output. */
  readonly key: string;
  /** Label shown in the table. */
  readonly label: string;
  /** How the value is shown: a 0–1 ratio with its counts, or a rate. */
  readonly format: 'ratio' | 'rate';
  /** The project's target, as text (e.g. `≥ 0.78`), when there is one. */
  readonly target?: string;
}

export interface BenchmarkContext {
  readonly dataDir: string;
  readonly projectRoot: string;
}

/** What one system scored on one benchmark. */
export interface SystemOutcome {
  readonly cells: Readonly<Record<string, Cell>>;
  readonly seconds: number;
  /** Reported spans whose `text` differs from the source sliced at their offsets. */
  readonly offsetMismatches: number;
}

/**
 * A benchmark loads its data once (`load`) and scores any system on it (`score`). Loading
 * is timed apart from scoring so that the per-system times compare like with like.
 */
export interface Benchmark<Data> {
  readonly id: string;
  readonly title: string;
  readonly metrics: readonly MetricSpec[];
  load(context: BenchmarkContext): Promise<Data>;
  score(system: EvalSystem, data: Data, audit: OffsetAudit): Promise<Readonly<Record<string, Cell>>>;
}

/** Counts spans whose reported text disagrees with their offsets. */
export interface OffsetAudit {
  check(sourceText: string, span: { start: number; end: number; text?: string }): void;
}

export interface BenchmarkResult {
  readonly id: string;
  readonly title: string;
  readonly metrics: readonly MetricSpec[];
  readonly loadSeconds: number;
  /** Keyed by system name. */
  readonly systems: Readonly<Record<string, SystemOutcome>>;
  /** Set when the data could not be loaded; every cell is then an error. */
  readonly loadError?: string;
}
