/**
 * A read-only table stored as one string of lines sorted by key ("key value…"), searched
 * in place. Building a map from a large table costs start-up time on every process, and
 * so does indexing its lines: a 100,000-line table took a pass per table on the first
 * compare of a cold process. Binary search over character offsets needs neither: each
 * probe finds the line around the middle offset. Callers cache what they look up.
 */
export class SortedTable {
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The value part of the line whose key is `key` ("" when the line has no value), or undefined. */
  get(key: string): string | undefined {
    const text = this.text;
    // Invariant: the line sought, if present, starts in [low, high); `low` is a line start.
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      // The line holding offset `mid` (a newline belongs to the line it ends). It starts at
      // or after `low`, because `low` is a line start not after `mid`.
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      const newline = text.indexOf('\n', start);
      const lineEnd = newline < 0 ? text.length : newline;
      const space = text.indexOf(' ', start);
      const keyEnd = space < 0 || space > lineEnd ? lineEnd : space;
      const lineKey = text.slice(start, keyEnd);
      if (lineKey === key) return keyEnd >= lineEnd ? '' : text.slice(keyEnd + 1, lineEnd);
      if (lineKey < key) low = lineEnd + 1;
      else high = start;
    }
    return undefined;
  }
}
