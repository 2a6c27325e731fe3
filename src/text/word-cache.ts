/**
 * A per-process cache for what depends on a word (or a key made of words) alone: stems,
 * dictionary verdicts, lexicon groups. News vocabulary repeats heavily, within a report and
 * across the reports a pipeline compares, so each search of a dictionary or table is done
 * once per process. The cache empties itself whole when it reaches `limit` entries: cruder
 * than least-recently-used, but it bounds the memory of a long-running pipeline fed endless
 * new vocabulary and adds no bookkeeping to the hot path.
 */
export class WordCache<V> {
  private readonly entries = new Map<string, V>();
  private readonly limit: number;

  constructor(limit = 200_000) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`WordCache: \`limit\` must be a positive integer, got ${limit}`);
    this.limit = limit;
  }

  /** The value cached for `key`, computed by `compute` (and cached, `undefined` too) on a miss. */
  get(key: string, compute: (key: string) => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined || this.entries.has(key)) return cached as V;
    const value = compute(key);
    this.remember(key, value);
    return value;
  }

  /** The value cached for `key`, or undefined: for callers whose computation needs more than the key. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  remember(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}
