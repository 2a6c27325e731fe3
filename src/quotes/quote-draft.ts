import type { Speaker } from './types.js';
import type { FoundMark } from './find-marks.js';

/** One stretch of quoted words between (possibly missing) marks. */
export interface PartDraft {
  start: number;
  end: number;
  open: FoundMark | null;
  close: FoundMark | null;
}

/** How a quote's cue was found, which also says where to look for its speaker. */
export type CuePlacement =
  /** `“…”, said X` or `“…”, explained … X`: the speaker follows the verb. */
  | 'after-inverted'
  /** `“…,” X said`: the speaker stands between the quote and the verb. */
  | 'after'
  /** `X said: “…”`, `X said that “…”`: the speaker precedes the verb. */
  | 'before'
  /** `According to X, “…”`: the speaker follows a cue phrase that precedes the quote. */
  | 'before-phrase'
  /** `“…,” she said, “…”` and `«… – he continued – …»`: the cue splits the quote. */
  | 'between'
  /** `Moscow “said directly that …”`: the verb is quoted; the speaker precedes the mark. */
  | 'inside';

export interface CueDraft {
  start: number;
  end: number;
  /** First and last token of the cue. */
  tokenStart: number;
  tokenEnd: number;
  placement: CuePlacement;
  /** For an `after` cue closing the sentence: the token where the speaker's clause begins. */
  clauseStart?: number;
}

/** A quote as it moves through the pipeline. */
export interface QuoteDraft {
  paragraph: number;
  parts: PartDraft[];
  /** Whether a missing mark was recovered (at the cue or the paragraph edge). */
  recovered: boolean;
  cue: CueDraft | null;
  /** Token range where the speaker should be named, once the cue is known. */
  speaker: Speaker | null;
  /** How the speaker was found; inherited speakers are less certain. */
  speakerVia: 'cue' | 'shared-cue' | 'colon' | 'opinion' | 'continuation' | 'subject' | undefined;
  kind: 'direct' | 'phrase';
}

export function quoteStart(quote: QuoteDraft): number {
  return quote.parts[0]!.start;
}

export function quoteEnd(quote: QuoteDraft): number {
  return quote.parts[quote.parts.length - 1]!.end;
}

export function firstOpen(quote: QuoteDraft): FoundMark | null {
  return quote.parts[0]!.open;
}

export function lastClose(quote: QuoteDraft): FoundMark | null {
  return quote.parts[quote.parts.length - 1]!.close;
}

/** Where the quote's marks (or, without them, its words) begin and end in the text. */
export function outerStart(quote: QuoteDraft): number {
  return firstOpen(quote)?.start ?? quoteStart(quote);
}

export function outerEnd(quote: QuoteDraft): number {
  return lastClose(quote)?.end ?? quoteEnd(quote);
}
