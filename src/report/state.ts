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
  /** Milliseconds each step took, by step name. */
  readonly timings: Record<string, number>;
}

/** One named stage of `compare()`. */
export interface CompareStep {
  readonly name: string;
  run(state: CompareState): void;
}
