import type { Quote } from '../quotes/types.js';
import type { Report, SourceSummary } from './types.js';

/**
 * Result of `compareMany()`. Like Report v1, these field names are a public contract:
 * fields may be added, never renamed.
 */

/** Quotes of two or more sources that report one statement. */
export interface QuoteCluster {
  /** `c1`, `c2`, … in order of each cluster's first quote (source order, then position). */
  readonly id: string;
  /** Ids of the member quotes, in source order then position; they come from at least two sources. */
  readonly quotes: readonly string[];
  /** Ids of the sources the members come from, in the caller's order. */
  readonly sources: readonly string[];
  /** The member most closely related to the others (highest summed similarity of its matches). */
  readonly representative: string;
  /** Mean similarity (0–1) of the quote matches that joined the cluster. */
  readonly similarity: number;
}

/** The full two-report comparison of one pair of sources. */
export interface SourcePairReport {
  /** `[idX, idY]`, in the caller's order. */
  readonly sources: readonly [string, string];
  /** What `compare(x, y)` returns for that pair. */
  readonly report: Report;
}

export interface ManyReport {
  readonly schemaVersion: 1;
  readonly sources: readonly SourceSummary[];
  /** The quotes of every source, in source order then position; ids are unique. */
  readonly quotes: readonly Quote[];
  readonly clusters: readonly QuoteCluster[];
  readonly pairs: readonly SourcePairReport[];
  /** True when a limit (time budget, maxQuotes) cut the work short. */
  readonly truncated?: boolean;
}
