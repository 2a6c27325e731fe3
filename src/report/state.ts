import type { QuotePair, QuoteView } from '../align/quotes.js';
import type { SentenceAlignment } from '../align/sentences.js';
import type { StretchView, ViewContext } from '../align/views.js';
import type { Artefact } from '../artefacts/types.js';
import type { EntityRegistry } from '../entities/types.js';
import type { ResolvedOptions } from '../options.js';
import type { Quote } from '../quotes/types.js';
import type { Document } from '../text/types.js';
import type { AlignedPair, DivergenceDraft } from './aligned.js';
import type { EventFingerprint, QuoteMatch, SentenceMatch } from './types.js';

/** Everything the compare pipeline knows about one source. */
export interface SideState {
  readonly document: Document;
  quotes: Quote[];
  registry: EntityRegistry | undefined;
  sentenceViews: StretchView[];
  quoteViews: QuoteView[];
}

/** The state the compare steps read and fill in, in order. */
export interface CompareState {
  readonly options: ResolvedOptions;
  readonly a: SideState;
  readonly b: SideState;
  context: ViewContext | undefined;
  quotePairs: QuotePair[];
  /** Aligned quote pairs ready for typing, parallel to `quoteMatches`. */
  alignedQuotes: AlignedPair[];
  quoteMatches: QuoteMatch[];
  sentenceAlignment: SentenceAlignment | undefined;
  alignedSentences: AlignedPair[];
  sentenceMatches: SentenceMatch[];
  divergences: DivergenceDraft[];
  artefacts: Artefact[];
  event: EventFingerprint | undefined;
  /** What `sameEvent` was computed from, for calibration and debugging. */
  eventEvidence?: { cosine: number; nameShare: number; matchShare: number; quoteShare: number };
  truncated: boolean;
  /** `performance.now()` time after which long loops stop (see {@link outOfTime}). */
  readonly deadline: number | undefined;
  /** Milliseconds each step took, by step name. */
  readonly timings: Record<string, number>;
}

/** One named stage of `compare()`. */
export interface CompareStep {
  readonly name: string;
  run(state: CompareState): void;
}

/**
 * Whether the time budget is spent; if so the state is flagged truncated. Long loops
 * inside a step call it every so often, so that one large step cannot overrun the
 * budget by much.
 */
export function outOfTime(state: CompareState): boolean {
  if (state.deadline === undefined || performance.now() < state.deadline) return false;
  state.truncated = true;
  return true;
}
