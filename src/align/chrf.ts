/**
 * chrF (Popović 2015), the character n-gram F-score that machine-translation evaluation
 * uses, read here as paraphrase evidence (Madnani, Tetreault & Chodorow 2012): it credits
 * shared word pieces that stems and synonyms miss ("Sept." / "September", "U.S." / "US").
 */

/** Character n-gram orders averaged, as in chrF's default. */
const MAX_ORDER = 6;
/** Recall weighs β² = 4 times precision, as in chrF's default β = 2. */
const BETA_SQUARED = 4;
/**
 * Characters get pair-local ids, so that an n-gram is one exact integer in base
 * (distinct characters + 1); base⁶ stays below 2⁵³ up to this many distinct characters.
 */
const MAX_EXACT_BASE = 400;

/** Lower-cased text without whitespace, as chrF compares it. */
const compact = (text: string): string => text.toLowerCase().replace(/\s+/gu, '');

/** Pair-local character ids of a text (1-based), extending the shared alphabet. */
function encode(text: string, alphabet: Map<number, number>): Float64Array {
  const ids = new Float64Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let id = alphabet.get(unit);
    if (id === undefined) {
      id = alphabet.size + 1;
      alphabet.set(unit, id);
    }
    ids[i] = id;
  }
  return ids;
}

/**
 * Every position's 6-gram as one integer (ids past the end count as 0), sorted. Sorting
 * by the whole 6-gram also sorts by every shorter prefix, so one sort serves all orders.
 */
function sortedCodes(ids: Float64Array, base: number): Float64Array {
  const codes = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let code = 0;
    for (let k = 0; k < MAX_ORDER; k++) code = code * base + (ids[i + k] ?? 0);
    codes[i] = code;
  }
  return codes.sort();
}

/**
 * Clipped matches of the n-grams of two sides, from their sorted 6-gram codes: the n-gram
 * is the code's leading n digits; a prefix that reaches past the end (last digit 0) is no n-gram.
 */
function sharedPrefixes(x: Float64Array, y: Float64Array, divisor: number, base: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const a = Math.floor(x[i]! / divisor);
    if (a % base === 0) {
      i++;
      continue;
    }
    const b = Math.floor(y[j]! / divisor);
    if (b % base === 0) {
      j++;
      continue;
    }
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/** The n-grams of a text as sorted strings, for alphabets too large for exact codes. */
function stringGrams(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= text.length; i++) out.push(text.slice(i, i + n));
  return out.sort();
}

/** Clipped matches of two sorted multisets (merge walk). */
function sharedCount(x: readonly string[], y: readonly string[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/**
 * chrF of each text taken as the hypothesis against the other, the higher of the two:
 * symmetric in its arguments. 0 when either text has no characters.
 */
export function chrFMax(x: string, y: string): number {
  const textA = compact(x);
  const textB = compact(y);
  const alphabet = new Map<number, number>();
  const idsA = encode(textA, alphabet);
  const idsB = encode(textB, alphabet);
  const base = alphabet.size + 1;
  const exact = base <= MAX_EXACT_BASE;
  const codesA = exact ? sortedCodes(idsA, base) : idsA;
  const codesB = exact ? sortedCodes(idsB, base) : idsB;
  let precisionA = 0;
  let precisionB = 0;
  let orders = 0;
  for (let n = 1; n <= MAX_ORDER; n++) {
    const totalA = Math.max(0, textA.length - n + 1);
    const totalB = Math.max(0, textB.length - n + 1);
    if (totalA === 0 || totalB === 0) break;
    let shared: number;
    if (exact) {
      shared = sharedPrefixes(codesA, codesB, base ** (MAX_ORDER - n), base);
    } else {
      shared = sharedCount(stringGrams(textA, n), stringGrams(textB, n));
    }
    precisionA += shared / totalA;
    precisionB += shared / totalB;
    orders++;
  }
  if (orders === 0) return 0;
  precisionA /= orders;
  precisionB /= orders;
  // With A as hypothesis, recall is the share of B's n-grams found: B's "precision".
  const f = (precision: number, recall: number): number =>
    precision + recall === 0 ? 0 : ((1 + BETA_SQUARED) * precision * recall) / (BETA_SQUARED * precision + recall);
  return Math.max(f(precisionA, precisionB), f(precisionB, precisionA));
}
