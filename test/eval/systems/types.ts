/**
 * What a benchmark needs from a system under test. Both corroborate and the naive peer are
 * adapted to this shape so that every benchmark scores them with the same code.
 *
 * A capability the system lacks is `undefined`; the table then says "not implemented".
 * Methods are async because nothing in the contract promises the library is synchronous.
 */
import type { Relation } from '../../../src/report/types.js';
import type { Severity } from '../../../src/options.js';

export interface EvalSpan {
  readonly start: number;
  readonly end: number;
  /** When present, must equal the source text sliced at `[start, end)`; the harness checks it. */
  readonly text?: string;
}

export interface EvalSpeaker {
  readonly name: string;
  readonly mention: EvalSpan | null;
}

export interface EvalQuote extends EvalSpan {
  readonly id: string;
  readonly sourceId: string;
  readonly speaker: EvalSpeaker | null;
}

export interface EvalArtefact extends EvalSpan {
  readonly sourceId: string;
  readonly severity: Severity;
}

export interface EvalSentenceMatch {
  readonly a: EvalSpan;
  readonly b: EvalSpan;
}

export interface EvalReport {
  readonly quotes: readonly EvalQuote[];
  /** Pairs of quote ids, `[idInA, idInB]`. */
  readonly quoteMatches: readonly (readonly [string, string])[];
  readonly sentenceMatches: readonly EvalSentenceMatch[];
  readonly artefacts: readonly EvalArtefact[];
}

export interface EvalSource {
  readonly id: string;
  readonly text: string;
}

/** Per-call options the benchmarks may pass; mirrors a subset of `CorroborateOptions`. */
export interface EvalCallOptions {
  readonly sourceLanguage?: 'it' | 'fr' | 'es' | 'de' | 'pt' | 'auto';
  /** The text the input was translated from (MQM gives the Chinese source of each segment). */
  readonly sourceText?: string;
}

export interface EvalSystem {
  readonly name: string;
  relate?(a: string, b: string): Promise<Relation>;
  extractQuotes?(source: EvalSource): Promise<readonly EvalQuote[]>;
  detectArtefacts?(source: EvalSource, options?: EvalCallOptions): Promise<readonly EvalArtefact[]>;
  compare?(a: EvalSource, b: EvalSource, options?: EvalCallOptions): Promise<EvalReport>;
  /** The export each capability needs, for "not implemented" notes. */
  readonly exportFor: Readonly<Record<Capability, string>>;
}

export type Capability = 'relate' | 'extractQuotes' | 'detectArtefacts' | 'compare';
