import type { Artefact } from '../artefacts/types.js';
import type { Quote } from '../quotes/types.js';
import type { SpanRef } from '../text/types.js';

/**
 * Report v1. These field names are a public contract: fields may be added, never renamed.
 */
export type Relation = 'identical' | 'equivalent' | 'partial' | 'unrelated';

export interface DiffOp {
  readonly op: 'equal' | 'insert' | 'delete' | 'replace';
  /** The span in the first text (absent for `insert`). */
  readonly a?: SpanRef;
  /** The span in the second text (absent for `delete`). */
  readonly b?: SpanRef;
}

export interface QuoteMatch {
  /** `[idInA, idInB]`. A one-to-many match appears as several entries sharing one id. */
  readonly quotes: readonly [string, string];
  readonly relation: Relation;
  readonly similarity: number;
  readonly diff: readonly DiffOp[];
  /** Ids of divergences about this pair. */
  readonly divergences?: readonly string[];
}

export interface SentenceMatch {
  readonly sentences: readonly [SpanRef, SpanRef];
  readonly relation: Relation;
  readonly similarity: number;
  readonly diff: readonly DiffOp[];
}

export type DivergenceKind =
  | 'attribution'
  | 'number'
  | 'date'
  | 'entity'
  | 'negation'
  | 'modality'
  | 'omission'
  | 'wording'
  | 'pronoun';

export interface Divergence {
  readonly id: string;
  readonly kind: DivergenceKind;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** Ids of the quotes concerned. */
  readonly quotes?: readonly string[];
  /** Spans in both sources (one source only for an omission). */
  readonly evidence: readonly SpanRef[];
}

export interface SourceSummary {
  readonly id: string;
  readonly length: number;
  readonly sentences: number;
  readonly language?: string;
}

export interface EventFingerprint {
  /** Canonical names of people and organisations found in both reports. */
  readonly participants: readonly string[];
  readonly places: readonly string[];
  readonly dates: readonly string[];
  readonly numbers: readonly string[];
  /** 0–1: how likely the two reports cover the same event. */
  readonly sameEvent: number;
}

export interface ReportSummary {
  readonly quotes: Readonly<Record<string, number>>;
  readonly quoteMatches: number;
  readonly sentenceMatches: number;
  readonly divergences: Readonly<Partial<Record<DivergenceKind, number>>>;
  readonly artefacts: Readonly<Record<string, number>>;
  /** The alignment regime detected: two translations of one text, or independent reports. */
  readonly alignment: 'parallel' | 'independent';
}

export interface Report {
  readonly schemaVersion: 1;
  readonly sources: readonly SourceSummary[];
  readonly quotes: readonly Quote[];
  readonly quoteMatches: readonly QuoteMatch[];
  readonly sentenceMatches: readonly SentenceMatch[];
  readonly divergences: readonly Divergence[];
  readonly artefacts: readonly Artefact[];
  readonly event: EventFingerprint;
  readonly summary: ReportSummary;
  /** True when a limit (time budget, maxQuotes) cut the work short. */
  readonly truncated?: boolean;
}
