/** When two speaker names plausibly name the same speaker. */
import { NAME_STOPWORDS } from '../data/name-stopwords.js';

/** Words of two or more letters that start with a capital and are not stopwords, lower-cased. */
export function capitalisedNameWords(name: string): Set<string> {
  const words = new Set<string>();
  for (const word of name.match(/\p{L}+/gu) ?? []) {
    if (word.length < 2 || !/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (!NAME_STOPWORDS.has(lower)) words.add(lower);
  }
  return words;
}

/** "Jens Stoltenberg" and "NATO chief Stoltenberg" share `stoltenberg`; "President Obama" and "President Trump" share nothing. */
export function shareCapitalisedNameWord(first: string, second: string): boolean {
  const words = capitalisedNameWords(first);
  for (const word of capitalisedNameWords(second)) if (words.has(word)) return true;
  return false;
}
