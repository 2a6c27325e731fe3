/**
 * The weighted set of word keys of a sentence or quote: what cheap similarity and the
 * inverted index read. Keys are interned to integer ids and kept sorted, so that two
 * bags are compared by one merge walk without hashing or allocation. Plain arrays, not
 * typed ones: a bag holds a sentence's twenty-odd keys, and a typed array that small
 * costs several times its contents in buffer and bookkeeping (a book-length comparison
 * holds thousands of bags).
 */
export interface Bag {
  /** Key ids, ascending, without repeats. */
  readonly ids: readonly number[];
  /** Weight of each key (summed over its occurrences), parallel to `ids`. */
  readonly weights: readonly number[];
  readonly total: number;
  /** Length of the text in UTF-16 code units, for length-based evidence. */
  readonly length: number;
}

/** Interns word keys as dense integer ids, shared by the bags of one comparison. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Builds a bag from parallel lists of key ids and weights (in any order, with repeats). */
export function toBag(ids: readonly number[], weights: readonly number[], length: number): Bag {
  const order = ids.map((_, k) => k).sort((x, y) => ids[x]! - ids[y]!);
  const outIds: number[] = [];
  const outWeights: number[] = [];
  let total = 0;
  for (const k of order) {
    const id = ids[k]!;
    const w = weights[k]!;
    total += w;
    if (outIds.length > 0 && outIds[outIds.length - 1] === id) outWeights[outWeights.length - 1]! += w;
    else {
      outIds.push(id);
      outWeights.push(w);
    }
  }
  return { ids: outIds, weights: outWeights, total, length };
}

/** Weight the two bags share (sum of per-key minima). Symmetric. */
export function sharedWeight(a: Bag, b: Bag): number {
  const x = a.ids;
  const y = b.ids;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    if (p === q) {
      shared += Math.min(a.weights[i]!, b.weights[j]!);
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return shared;
}

/** Weighted Dice coefficient of two bags. */
export function bagDice(a: Bag, b: Bag): number {
  const total = a.total + b.total;
  return total === 0 ? 0 : (2 * sharedWeight(a, b)) / total;
}
