import type { TokenKind } from '../text/types.js';

/**
 * What a diff compares: a bare string, or a span of a named source (a {@link SpanRef}
 * or anything shaped like one), so that the resulting ops point into the caller's text.
 */
export type DiffInput =
  | string
  | {
      readonly sourceId?: string;
      /** Offset of `text` in its source; op spans are shifted by it. @default 0 */
      readonly start?: number;
      readonly text: string;
    };

/** One unit the engine compares, with offsets into the compared text's source. */
export interface DiffToken {
  readonly start: number;
  readonly end: number;
  /** The token as normalised text (quotes straightened, ligatures expanded…). */
  readonly norm: string;
  readonly lower: string;
  readonly stem: string;
  readonly kind: TokenKind;
}

/** A token sequence inside one source span: what the engine's stages pass along. */
export interface TokenizedSpan {
  readonly sourceId: string;
  /** Offset of `text` in its source. */
  readonly start: number;
  /** The whole compared text; `start + text.length` is its end in the source. */
  readonly text: string;
  readonly tokens: readonly DiffToken[];
}

/**
 * An edit in token coordinates: tokens `[aFrom, aTo)` of A against `[bFrom, bTo)` of B.
 * Internal stages (divergence typing) read these; callers get {@link DiffOp}s.
 */
export interface TokenOp {
  readonly op: 'equal' | 'insert' | 'delete' | 'replace';
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
}
