/**
 * Character-level similarity. This is the only module that imports `string-similarity`
 * (unmaintained): if it has to be replaced, only this file changes.
 */
import stringSimilarity from 'string-similarity';

/**
 * Sørensen–Dice coefficient over character bigrams, ignoring whitespace: 1 for equal
 * strings, 0 when no bigram is shared. Symmetric.
 */
export function diceCoefficient(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

const MIN_VARIANT_LENGTH = 5;
const MIN_VARIANT_DICE = 0.7;

/**
 * Whether two different words are spellings of one word ("Aleksander" / "Alexander",
 * "behaviour" / "behavior", "Kiev" / "Kyiv" is too short to tell). Both words must be
 * long enough for bigrams to mean something and share their first letter, which a
 * transliteration or spelling reform rarely changes. Case-insensitive.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a.length < MIN_VARIANT_LENGTH || b.length < MIN_VARIANT_LENGTH) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.charAt(0) !== y.charAt(0)) return x === y;
  if (Math.abs(x.length - y.length) > 2) return false;
  return diceCoefficient(x, y) >= MIN_VARIANT_DICE;
}
