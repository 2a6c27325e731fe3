/** Span arithmetic shared by every metric. Spans are half-open `[start, end)`. */

export interface Range {
  readonly start: number;
  readonly end: number;
}

export function spanLength(span: Range): number {
  return Math.max(0, span.end - span.start);
}

/** Characters the two spans have in common. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** At least one character in common (empty spans overlap nothing). */
export function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

/** Whether `predicted` covers at least `share` of `gold`'s length (PolNeAR recall rule). */
export function coversShareOf(gold: Range, predicted: Range, share: number): boolean {
  const length = spanLength(gold);
  return length > 0 && overlapLength(gold, predicted) >= share * length;
}

/** Whether the overlap is at least `share` of the longer span (seed quote rule). */
export function overlapsShareOfLonger(a: Range, b: Range, share: number): boolean {
  const longer = Math.max(spanLength(a), spanLength(b));
  return longer > 0 && overlapLength(a, b) >= share * longer;
}

/** Whether a span overlaps any fragment of a (possibly discontinuous) annotation. */
export function overlapsAny(span: Range, fragments: readonly Range[]): boolean {
  return fragments.some((fragment) => overlaps(span, fragment));
}

/** Offsets at which each line of `text` starts (lines split on `\n`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Index of the line holding `offset`, by binary search over `lineStarts`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? Infinity) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
