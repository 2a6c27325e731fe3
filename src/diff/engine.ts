import fastDiff from 'fast-diff';
import { normalizeText } from '../text/normalize.js';
import { lowerAndStem, tokenize as tokenizeWords } from '../text/tokenize.js';
import type { DiffOp } from '../report/types.js';
import type { SpanRef } from '../text/types.js';
import { KeyEncoder } from './encode.js';
import type { DiffInput, DiffToken, TokenizedSpan, TokenOp } from './types.js';

export interface DiffOptions {
  /**
   * Fold a short run of equal tokens between two longer edits into one replacement, so
   * that a reader sees a phrase rewritten rather than a word salad. (fast-diff's own
   * semantic cleanup is character-based and would swallow every one-word equality.)
   * @default true
   */
  cleanup?: boolean;
}

// Whitespace-only text has no tokens but still has to be rebuilt by the ops.
const BLANK_KEY = '\u0000blank';

/** Above this estimate of fast-diff's work (length × edits), a diff is computed coarsely. */
export const MAX_DIFF_WORK = 4_000_000;

/**
 * A lower bound of Myers' work: (n + m) × the number of code units one side has and the
 * other lacks (as multisets), which no alignment can avoid editing.
 */
function estimatedWork(x: string, y: string): number {
  if (x.length * y.length <= MAX_DIFF_WORK) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < x.length; i++) counts.set(x.charCodeAt(i), (counts.get(x.charCodeAt(i)) ?? 0) + 1);
  for (let i = 0; i < y.length; i++) counts.set(y.charCodeAt(i), (counts.get(y.charCodeAt(i)) ?? 0) - 1);
  let unmatched = 0;
  for (const count of counts.values()) unmatched += Math.abs(count);
  return (x.length + y.length) * unmatched;
}

/** Common prefix and suffix as `equal` ops, the rest as one `replace` (or insert/delete). */
function coarseOps(a: { text: string; unitToToken: Int32Array }, b: { text: string; unitToToken: Int32Array }): TokenOp[] {
  const tokensA = a.unitToToken[a.text.length]!;
  const tokensB = b.unitToToken[b.text.length]!;
  let prefix = 0;
  while (prefix < a.text.length && prefix < b.text.length && a.text.charCodeAt(prefix) === b.text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < a.text.length - prefix &&
    suffix < b.text.length - prefix &&
    a.text.charCodeAt(a.text.length - 1 - suffix) === b.text.charCodeAt(b.text.length - 1 - suffix)
  ) suffix++;
  // Work in whole tokens: a token cut by the edge of the prefix or suffix (half of a
  // surrogate pair) belongs to the middle.
  const head = Math.min(a.unitToToken[prefix]!, b.unitToToken[prefix]!);
  const tail = Math.min(
    tokensA - firstTokenFrom(a.unitToToken, a.text.length - suffix),
    tokensB - firstTokenFrom(b.unitToToken, b.text.length - suffix),
    tokensA - head,
    tokensB - head,
  );
  const ops: TokenOp[] = [];
  if (head > 0) ops.push({ op: 'equal', aFrom: 0, aTo: head, bFrom: 0, bTo: head });
  const midA = tokensA - tail;
  const midB = tokensB - tail;
  if (midA > head && midB > head) ops.push({ op: 'replace', aFrom: head, aTo: midA, bFrom: head, bTo: midB });
  else if (midA > head) ops.push({ op: 'delete', aFrom: head, aTo: midA, bFrom: head, bTo: head });
  else if (midB > head) ops.push({ op: 'insert', aFrom: head, aTo: head, bFrom: head, bTo: midB });
  if (tail > 0) ops.push({ op: 'equal', aFrom: midA, aTo: tokensA, bFrom: midB, bTo: tokensB });
  return ops;
}

/**
 * A token diff in the manner of jsdiff: one engine, named stages, and variants that
 * override a single hook each.
 *
 * 1. `castInput`: a string or span becomes `{ sourceId, start, text }`.
 * 2. `tokenize`: the text becomes tokens with offsets into the source.
 * 3. `key`: two tokens are equal when their keys are (the "equals" stage). Each
 *    distinct key becomes one code point and fast-diff compares the encoded strings.
 * 4. `postProcess`: the token ops, with adjacent delete + insert already merged into
 *    `replace`, can be rewritten.
 *
 * Ops cover both texts without gaps: each token owns the whitespace after it, and the
 * first token also owns any whitespace before it, so concatenating the `a` spans of the
 * ops gives back exactly text A (likewise for B).
 */
export class DiffEngine {
  readonly options: Readonly<Required<DiffOptions>>;

  constructor(options: DiffOptions = {}) {
    this.options = Object.freeze({ cleanup: options.cleanup ?? true });
  }

  /** Diffs two texts or spans into ops whose spans point into their sources. */
  diff(a: DiffInput, b: DiffInput): DiffOp[] {
    const left = this.prepare(this.castInput(a, 'a'));
    const right = this.prepare(this.castInput(b, 'b'));
    return toDiffOps(this.diffTokens(left, right), left, right);
  }

  /**
   * Diffs two already tokenised spans, in token coordinates. fast-diff's cost grows with
   * the length times the number of edits (Myers' O(ND)); when a lower bound of that work
   * passes {@link MAX_DIFF_WORK} (long and very different inputs), the part between the
   * common prefix and suffix becomes one `replace`, so that the call stays fast.
   */
  diffTokens(a: TokenizedSpan, b: TokenizedSpan): TokenOp[] {
    const encoder = new KeyEncoder();
    const encodedA = this.encode(a.tokens, encoder, 'a');
    const encodedB = this.encode(b.tokens, encoder, 'b');
    const ops =
      estimatedWork(encodedA.text, encodedB.text) > MAX_DIFF_WORK
        ? coarseOps(encodedA, encodedB)
        : mergeReplacements(fastDiff(encodedA.text, encodedB.text), encodedA.unitToToken, encodedB.unitToToken);
    return this.postProcess(ops, a, b);
  }

  /** Stage 1: accepts a string or a span-like object. */
  castInput(input: DiffInput, defaultId: string): { sourceId: string; start: number; text: string } {
    if (typeof input === 'string') return { sourceId: defaultId, start: 0, text: input };
    return { sourceId: input.sourceId ?? defaultId, start: input.start ?? 0, text: input.text };
  }

  /** Stage 2: words, numbers, punctuation and symbols of the normalised view. */
  tokenize(text: string, offset: number): DiffToken[] {
    const normalized = normalizeText(text);
    return tokenizeWords(normalized.text).map((raw) => {
      const span = normalized.toOriginal(raw.start, raw.end);
      const { lower, stem } = lowerAndStem(raw.norm, raw.kind);
      return { start: offset + span.start, end: offset + span.end, norm: raw.norm, lower, stem, kind: raw.kind };
    });
  }

  /** Stage 3: tokens with the same key are equal. Case-insensitive by default. */
  key(token: DiffToken): string {
    return token.lower;
  }

  /** Stage 4: rewrites the token ops; the base engine folds short equalities (see `cleanup`). */
  postProcess(ops: TokenOp[], _a: TokenizedSpan, _b: TokenizedSpan): TokenOp[] {
    return this.options.cleanup ? foldShortEqualities(ops) : ops;
  }

  /** Tokenises a cast input, giving whitespace-only text one blank token to own it. */
  prepare(input: { sourceId: string; start: number; text: string }): TokenizedSpan {
    const tokens = this.tokenize(input.text, input.start);
    if (tokens.length === 0 && input.text.length > 0) {
      tokens.push({ start: input.start, end: input.start + input.text.length, norm: '', lower: '', stem: '', kind: 'symbol' });
    }
    return { sourceId: input.sourceId, start: input.start, text: input.text, tokens };
  }

  private encode(tokens: readonly DiffToken[], encoder: KeyEncoder, side: 'a' | 'b'): { text: string; unitToToken: Int32Array } {
    const parts: string[] = [];
    const starts: number[] = [];
    let units = 0;
    for (const token of tokens) {
      const key = token.norm === '' && token.kind === 'symbol' ? BLANK_KEY : this.key(token);
      const char = encoder.encode(key, side);
      starts.push(units);
      parts.push(char);
      units += char.length;
    }
    // unitToToken[u] = index of the token whose code point covers code unit u.
    const unitToToken = new Int32Array(units + 1);
    for (let t = 0; t < starts.length; t++) {
      const from = starts[t]!;
      const to = t + 1 < starts.length ? starts[t + 1]! : units;
      unitToToken.fill(t, from, to);
    }
    unitToToken[units] = tokens.length;
    return { text: parts.join(''), unitToToken };
  }
}

/**
 * Turns fast-diff's character ops into token ops and merges each delete + insert run
 * between two equalities into one `replace`. A token belongs to the op in which its
 * first code unit falls, so a surrogate pair split by the character diff cannot shift
 * the token counts.
 */
function mergeReplacements(raw: fastDiff.Diff[], unitsA: Int32Array, unitsB: Int32Array): TokenOp[] {
  const ops: TokenOp[] = [];
  let unitA = 0;
  let unitB = 0;
  let pendingAFrom = -1;
  let pendingBFrom = -1;
  const tokenAt = (units: Int32Array, unit: number): number => (unit >= units.length ? units[units.length - 1]! : firstTokenFrom(units, unit));
  const flush = (aTo: number, bTo: number): void => {
    const aFrom = pendingAFrom < 0 ? aTo : pendingAFrom;
    const bFrom = pendingBFrom < 0 ? bTo : pendingBFrom;
    if (aTo > aFrom && bTo > bFrom) ops.push({ op: 'replace', aFrom, aTo, bFrom, bTo });
    else if (aTo > aFrom) ops.push({ op: 'delete', aFrom, aTo, bFrom: bTo, bTo });
    else if (bTo > bFrom) ops.push({ op: 'insert', aFrom: aTo, aTo, bFrom, bTo });
    pendingAFrom = -1;
    pendingBFrom = -1;
  };
  for (const [type, text] of raw) {
    if (type === fastDiff.EQUAL) {
      const aFrom = tokenAt(unitsA, unitA);
      const bFrom = tokenAt(unitsB, unitB);
      flush(aFrom, bFrom);
      unitA += text.length;
      unitB += text.length;
      const aTo = tokenAt(unitsA, unitA);
      const bTo = tokenAt(unitsB, unitB);
      if (aTo > aFrom || bTo > bFrom) appendOp(ops, { op: 'equal', aFrom, aTo, bFrom, bTo });
    } else if (type === fastDiff.DELETE) {
      if (pendingAFrom < 0) pendingAFrom = tokenAt(unitsA, unitA);
      unitA += text.length;
    } else {
      if (pendingBFrom < 0) pendingBFrom = tokenAt(unitsB, unitB);
      unitB += text.length;
    }
  }
  flush(tokenAt(unitsA, unitA), tokenAt(unitsB, unitB));
  return ops;
}

// The first token starting at or after code unit `unit` (a token starting earlier but
// covering `unit` was already consumed by the previous op).
function firstTokenFrom(units: Int32Array, unit: number): number {
  const token = units[unit]!;
  return unit > 0 && units[unit - 1] === token ? token + 1 : token;
}

const editSize = (op: TokenOp): number => Math.max(op.aTo - op.aFrom, op.bTo - op.bFrom);

/**
 * Merges `edit, equal, edit` into one `replace` when the equality is less than half as
 * long as each edit beside it: "is tense and" → "was calm but" reads as one rewrite,
 * while a single changed word between long equal runs stays a single change.
 */
export function foldShortEqualities(ops: readonly TokenOp[]): TokenOp[] {
  const result: TokenOp[] = [];
  for (const op of ops) {
    result.push(op);
    while (result.length >= 3) {
      const after = result[result.length - 1]!;
      const middle = result[result.length - 2]!;
      const before = result[result.length - 3]!;
      if (after.op === 'equal' || middle.op !== 'equal' || before.op === 'equal') break;
      if (2 * editSize(middle) >= Math.min(editSize(before), editSize(after))) break;
      result.length -= 3;
      result.push({ op: 'replace', aFrom: before.aFrom, aTo: after.aTo, bFrom: before.bFrom, bTo: after.bTo });
    }
  }
  return result.map((op) =>
    op.op === 'replace' && op.aTo === op.aFrom ? { ...op, op: 'insert' } : op.op === 'replace' && op.bTo === op.bFrom ? { ...op, op: 'delete' } : op,
  );
}

function appendOp(ops: TokenOp[], op: TokenOp): void {
  const last = ops[ops.length - 1];
  if (last && last.op === op.op && last.aTo === op.aFrom && last.bTo === op.bFrom) {
    ops[ops.length - 1] = { op: op.op, aFrom: last.aFrom, aTo: op.aTo, bFrom: last.bFrom, bTo: op.bTo };
  } else {
    ops.push(op);
  }
}

/** The source span owned by tokens `[from, to)`: from the first token to the next token's start. */
export function tokenRangeSpan(side: TokenizedSpan, from: number, to: number): { start: number; end: number } {
  const end = side.start + side.text.length;
  const start = from === 0 ? side.start : from < side.tokens.length ? side.tokens[from]!.start : end;
  const stop = to >= side.tokens.length ? end : side.tokens[to]!.start;
  return { start, end: stop };
}

function spanRef(side: TokenizedSpan, from: number, to: number): SpanRef {
  const { start, end } = tokenRangeSpan(side, from, to);
  return { sourceId: side.sourceId, start, end, text: side.text.slice(start - side.start, end - side.start) };
}

/** Maps token ops to the public {@link DiffOp}s with spans into both sources. */
export function toDiffOps(ops: readonly TokenOp[], a: TokenizedSpan, b: TokenizedSpan): DiffOp[] {
  return ops.map((op): DiffOp => {
    switch (op.op) {
      case 'insert':
        return { op: 'insert', b: spanRef(b, op.bFrom, op.bTo) };
      case 'delete':
        return { op: 'delete', a: spanRef(a, op.aFrom, op.aTo) };
      default:
        return { op: op.op, a: spanRef(a, op.aFrom, op.aTo), b: spanRef(b, op.bFrom, op.bTo) };
    }
  });
}
