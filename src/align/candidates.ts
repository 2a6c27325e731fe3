import type { Bag } from './bags.js';

/**
 * Keys of a query that are looked up: its heaviest (rarest, by TF-IDF) ones. Rare keys
 * carry the evidence and have short postings; the common rest only adds cost.
 */
const QUERY_KEYS = 10;

/** Positions in `bag` of its `count` heaviest keys (all of them when it has no more). */
function heaviestKeys(bag: Bag, count: number): readonly number[] {
  const positions = Array.from(bag.ids, (_, k) => k);
  if (positions.length <= count) return positions;
  // Ties go to the lower key id, so the choice is deterministic.
  positions.sort((x, y) => bag.weights[y]! - bag.weights[x]! || bag.ids[x]! - bag.ids[y]!);
  return positions.slice(0, count);
}

export interface Candidate {
  /** Index of the item on the indexed side. */
  readonly index: number;
  /** Weight the query gives to the keys it shares with the item. */
  readonly shared: number;
}

/**
 * An inverted index from key ids to the items (sentences, quotes) containing them.
 * Looking an item up walks only the postings of its keys, and keys found in more than
 * `maxPosting` items are skipped: they are the common words of these reports, would make
 * the cost quadratic, and say little about which items correspond. The cost therefore
 * grows with the total length of the items, not with the number of pairs.
 */
export class InvertedIndex {
  private readonly postings: number[][] = [];
  private readonly maxPosting: number;
  // Reused accumulator: one slot per indexed item, and the slots a lookup touched.
  private readonly accumulator: Float64Array;
  private readonly touched: number[] = [];

  constructor(items: readonly Bag[], maxPosting: number) {
    this.maxPosting = maxPosting;
    this.accumulator = new Float64Array(items.length);
    items.forEach((bag, index) => {
      for (const id of bag.ids) (this.postings[id] ??= []).push(index);
    });
  }

  /**
   * The `limit` items sharing most weight with `query`, best first. Ties (repeated
   * sentences share exactly as much) go to the item nearest `near`, then the lower index.
   */
  lookup(query: Bag, limit: number, near = 0): Candidate[] {
    const { accumulator, touched } = this;
    for (const k of heaviestKeys(query, QUERY_KEYS)) {
      const list = this.postings[query.ids[k]!];
      if (!list || list.length > this.maxPosting) continue;
      const weight = query.weights[k]!;
      for (const index of list) {
        if (accumulator[index] === 0) touched.push(index);
        accumulator[index]! += weight;
      }
    }
    // Keep the best `limit` in one pass (a small sorted array) instead of sorting all touched items.
    const best: Candidate[] = [];
    const before = (index: number, shared: number, y: Candidate): boolean =>
      shared > y.shared ||
      (shared === y.shared && (Math.abs(index - near) < Math.abs(y.index - near) || (Math.abs(index - near) === Math.abs(y.index - near) && index < y.index)));
    for (const index of touched) {
      const shared = accumulator[index]!;
      accumulator[index] = 0;
      // Most touched items do not make the cut: they are compared before any object is made.
      if (best.length === limit && !before(index, shared, best[limit - 1]!)) continue;
      let position = best.length === limit ? limit - 1 : best.length;
      while (position > 0 && before(index, shared, best[position - 1]!)) position--;
      best.splice(position, 0, { index, shared });
      if (best.length > limit) best.pop();
    }
    touched.length = 0;
    return best;
  }
}
