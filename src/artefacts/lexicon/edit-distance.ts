let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
let beforeRow = new Int32Array(64);

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours costs 1),
 * or `bound + 1` as soon as the distance is known to exceed `bound`. Linear memory,
 * rows reused across calls.
 */
export function damerauDistance(a: string, b: string, bound = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (previousRow.length < width) {
    previousRow = new Int32Array(width * 2);
    currentRow = new Int32Array(width * 2);
    beforeRow = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let rowMinimum = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const charB = b.charCodeAt(j - 1);
      const substitution = previousRow[j - 1]! + (charA === charB ? 0 : 1);
      let cost = Math.min(previousRow[j]! + 1, currentRow[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        cost = Math.min(cost, beforeRow[j - 2]! + 1);
      }
      currentRow[j] = cost;
      if (cost < rowMinimum) rowMinimum = cost;
    }
    if (rowMinimum > bound) return bound + 1;
    const recycled = beforeRow;
    beforeRow = previousRow;
    previousRow = currentRow;
    currentRow = recycled;
  }
  return Math.min(previousRow[b.length]!, bound + 1);
}
