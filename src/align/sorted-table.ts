/**
 * A read-only table stored as one string of lines sorted by key ("key value…"), searched
 * in place. Building a map from a large table costs start-up time on every process; a
 * line index (one pass over the string) and binary search cost almost nothing, and
 * callers cache what they look up.
 */
export class SortedTable {
  private readonly text: string;
  private lineStarts: Int32Array | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** The value part of the line whose key is `key` ("" when the line has no value), or undefined. */
  get(key: string): string | undefined {
    const starts = (this.lineStarts ??= indexLines(this.text));
    const text = this.text;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = starts[mid]!;
      const lineEnd = mid + 1 < starts.length ? starts[mid + 1]! - 1 : text.length;
      const space = text.indexOf(' ', start);
      const keyEnd = space < 0 || space > lineEnd ? lineEnd : space;
      const lineKey = text.slice(start, keyEnd);
      if (lineKey === key) return keyEnd >= lineEnd ? '' : text.slice(keyEnd + 1, lineEnd);
      if (lineKey < key) low = mid + 1;
      else high = mid;
    }
    return undefined;
  }
}

function indexLines(text: string): Int32Array {
  if (text.length === 0) return new Int32Array(0);
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}
