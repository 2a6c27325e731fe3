/**
 * How a stem is written in the generated common-stems table: the number of final letters
 * of the word to drop, then the letters to append ("" when the word is its own stem).
 * Porter stems are the word cut short, sometimes with a letter changed ("happy" → "happi"),
 * so codes stay a few characters long.
 */

/** The words the Porter stemmer is applied to; others are their own stem. */
export const STEMMED_WORD = /^[a-z]{3,}$/u;

export function stemCode(word: string, stem: string): string {
  if (stem === word) return '';
  let shared = 0;
  while (shared < stem.length && shared < word.length && stem.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
  return `${word.length - shared}${stem.slice(shared)}`;
}

export function expandStemCode(word: string, code: string): string {
  if (code === '') return word;
  let digits = 0;
  while (digits < code.length && code.charCodeAt(digits) >= 48 && code.charCodeAt(digits) <= 57) digits++;
  return word.slice(0, word.length - Number(code.slice(0, digits))) + code.slice(digits);
}
