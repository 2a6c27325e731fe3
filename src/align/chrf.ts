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

/** The highest UTF-16 code unit of a text (-1 when empty). */
function highestCode(text: string): number {
  let highest = -1;
  for (let i = 0; i < text.length; i++) highest = Math.max(highest, text.charCodeAt(i));
  return highest;
}

/** Character ids of a text: its code units + 1, so that 0 can mark the end. */
function codeUnits(text: string): Float64Array {
  const ids = new Float64Array(text.length);
  for (let i = 0; i < text.length; i++) ids[i] = text.charCodeAt(i) + 1;
  return ids;
}

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
 * is the code's leading n digits. The last n − 1 positions of each side have no n-gram
 * (their prefix ends in padding); such a padded prefix can only meet the other side's
 * padded prefix of the same length, which happens when the two texts end alike, so
 * those matches are taken back: `commonSuffix` is how many final characters they share.
 */
function sharedPrefixes(x: Float64Array, y: Float64Array, n: number, base: number, commonSuffix: number): number {
  const divisor = base ** (MAX_ORDER - n);
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const a = Math.floor(x[i]! / divisor);
    const b = Math.floor(y[j]! / divisor);
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared - Math.min(n - 1, commonSuffix);
}

/** How many final characters two texts share. */
function commonSuffixLength(x: string, y: string): number {
  let k = 0;
  while (k < x.length && k < y.length && x.charCodeAt(x.length - 1 - k) === y.charCodeAt(y.length - 1 - k)) k++;
  return k;
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
  // Most text (ASCII, Latin-1) can use its code units as ids; other scripts get pair-local
  // ids, so that the base stays small enough for exact codes.
  const highest = Math.max(highestCode(textA), highestCode(textB));
  const direct = highest + 2 <= MAX_EXACT_BASE;
  const alphabet = new Map<number, number>();
  const idsA = direct ? codeUnits(textA) : encode(textA, alphabet);
  const idsB = direct ? codeUnits(textB) : encode(textB, alphabet);
  const base = direct ? highest + 2 : alphabet.size + 1;
  const exact = base <= MAX_EXACT_BASE;
  const codesA = exact ? sortedCodes(idsA, base) : idsA;
  const codesB = exact ? sortedCodes(idsB, base) : idsB;
  const suffix = commonSuffixLength(textA, textB);
  let precisionA = 0;
  let precisionB = 0;
  let orders = 0;
  for (let n = 1; n <= MAX_ORDER; n++) {
    const totalA = Math.max(0, textA.length - n + 1);
    const totalB = Math.max(0, textB.length - n + 1);
    if (totalA === 0 || totalB === 0) break;
    let shared: number;
    if (exact) {
      shared = sharedPrefixes(codesA, codesB, n, base, suffix);
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
