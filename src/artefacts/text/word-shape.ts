/** Letter-case shapes of a word, for rules that treat names and acronyms apart. */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** "Moscow", "NATO", "McDonald": the first letter is a capital. */
export function startsUpper(word: string): boolean {
  return UPPER.test(word.charAt(0));
}

/** "NATO", "US", "AGI": two or more letters, none lower case. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && !LOWER.test(word) && UPPER.test(word);
}

/** "iPhone", "McDonald", "eBay": a capital after the first letter. */
export function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const char = word.charAt(i);
    if (char === '-' || char === "'") continue;
    if (UPPER.test(char) && !(word.charAt(i - 1) === '-' || word.charAt(i - 1) === "'")) return true;
  }
  return false;
}

/** Plain ASCII letters, apostrophes and hyphens only: words a Latin-script English dictionary can judge. */
export function isPlainLatinWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    if (!letter && code !== 0x27 && code !== 0x2d) return false;
  }
  return word.length > 0;
}
