import type { TokenOp } from '../diff/types.js';
import type { Document, SpanRef } from '../text/types.js';
import type { DivergenceKind, Relation } from './types.js';

/** One side of an aligned pair: a token range of a document. */
export interface AlignedSide {
  readonly document: Document;
  /** Tokens `[from, to)` compared. */
  readonly from: number;
  readonly to: number;
  /** Original-text span compared (what the diff rebuilds). */
  readonly start: number;
  readonly end: number;
  /**
   * Tokens `[from, to)` where the two sides say the same thing: the locally aligned
   * stretch of a partial match, or the whole range. Divergence typing looks only here,
   * so that a clause present on one side only is not read as a contradiction.
   */
  readonly focus: readonly [number, number];
}

/** A quote pair or sentence pair whose differences are to be typed. */
export interface AlignedPair {
  readonly kind: 'quote' | 'sentence';
  readonly a: AlignedSide;
  readonly b: AlignedSide;
  /** `[idInA, idInB]` for quote pairs. */
  readonly quotes?: readonly [string, string];
  readonly relation: Relation;
  readonly similarity: number;
  /** Stem-level token ops over `[from, to)` of both sides, token indices absolute. */
  readonly ops: readonly TokenOp[];
}

/** A divergence before ids are assigned. */
export interface DivergenceDraft {
  readonly kind: DivergenceKind;
  readonly severity: 'error' | 'warning' | 'info';
  /** The message, or how to write it once the caller's source order is known. */
  readonly message: string | ((order: readonly string[]) => string);
  readonly quotes?: readonly string[];
  readonly evidence: readonly SpanRef[];
}

/** Clips a token op to the focus ranges; undefined when it lies outside either. */
export function changedInFocus(pair: AlignedPair, op: TokenOp): { aFrom: number; aTo: number; bFrom: number; bTo: number } | undefined {
  const [fa, ta] = pair.a.focus;
  const [fb, tb] = pair.b.focus;
  const aFrom = Math.max(op.aFrom, fa);
  const aTo = Math.min(op.aTo, ta);
  const bFrom = Math.max(op.bFrom, fb);
  const bTo = Math.min(op.bTo, tb);
  if (aTo < aFrom || bTo < bFrom) return undefined;
  // An op wholly outside the focus on one side is not about the shared statement.
  if (op.aTo > op.aFrom && aTo === aFrom && op.bTo > op.bFrom && bTo === bFrom) return undefined;
  return { aFrom, aTo: Math.max(aFrom, aTo), bFrom, bTo: Math.max(bFrom, bTo) };
}

/** The span of tokens `[from, to)` of a document (empty at the next token when from === to). */
export function tokensSpan(document: Document, from: number, to: number): SpanRef {
  if (to <= from) {
    const at = from < document.tokens.length ? document.tokens[from]!.start : document.text.length;
    return document.span(at, at);
  }
  return document.span(document.tokens[from]!.start, document.tokens[to - 1]!.end);
}
