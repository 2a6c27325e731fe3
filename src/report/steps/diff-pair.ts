import { toDiffOps } from '../../diff/engine.js';
import type { TokenizedSpan, TokenOp } from '../../diff/types.js';
import { WordDiff } from '../../diff/variants.js';
import type { Document } from '../../text/types.js';
import type { DiffOp } from '../types.js';

const differ = new WordDiff();

/** Tokens `[from, to)` of a document as a diff side covering `[start, end)` of its text. */
export function tokenizedSpan(document: Document, from: number, to: number, start: number, end: number): TokenizedSpan {
  return { sourceId: document.id, start, text: document.text.slice(start, end), tokens: document.tokens.slice(from, to) };
}

/**
 * The word diff of an aligned pair (case-insensitive), as shown to readers and, with
 * absolute token indices, as read by divergence typing.
 */
export function diffPair(a: TokenizedSpan, aFrom: number, b: TokenizedSpan, bFrom: number): { shown: DiffOp[]; typed: TokenOp[] } {
  const ops = differ.diffTokens(a, b);
  const typed = ops.map((op) => ({ op: op.op, aFrom: op.aFrom + aFrom, aTo: op.aTo + aFrom, bFrom: op.bFrom + bFrom, bTo: op.bTo + bFrom }));
  return { shown: toDiffOps(ops, a, b), typed };
}
