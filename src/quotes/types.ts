import type { Span } from '../text/types.js';

/** One quotation mark as it stands in the original text. */
export interface QuoteMark {
  readonly start: number;
  readonly end: number;
  /** The mark itself, e.g. `«` or `”`. */
  readonly char: string;
}

/** A span of the original text with its content. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** One stretch of a quote interrupted by its cue (`“…,” she said, “…”`). */
export interface QuotePart extends TextSpan {
  readonly open: QuoteMark | null;
  readonly close: QuoteMark | null;
}

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'unknown';

export interface Speaker {
  /** Canonical full name of the entity ("Jens Stoltenberg", "NATO"). */
  readonly name: string;
  /** Where that name (or the mention that resolved to it) stands in the text. */
  readonly mention: TextSpan;
  readonly kind: SpeakerKind;
  /** 0–1. */
  readonly confidence: number;
  /** Id of the entity in the document's registry, when resolved to one. */
  readonly entityId?: string;
}

export type QuoteKind = 'direct' | 'phrase';

export interface Quote {
  /** Unique within its document (`a:q1`); unique within a report. */
  readonly id: string;
  readonly sourceId: string;
  /** The quoted words without their marks (and without padding spaces inside the marks). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `phrase`: a short scare or term quote with no cue ("legal guarantees"). */
  readonly kind: QuoteKind;
  /** The opening mark, or `null` when it is missing. */
  readonly open: QuoteMark | null;
  /** The closing mark, or `null` when it is missing. */
  readonly close: QuoteMark | null;
  /** Present when the quote is interrupted by its cue: the stretches, in order. */
  readonly parts?: readonly QuotePart[];
  readonly speaker: Speaker | null;
  /** The reporting verb ("explained", "according to"), or `null`. */
  readonly cue: TextSpan | null;
  /** 0–1: how sure the extractor is that this is a quotation. */
  readonly confidence: number;
}
