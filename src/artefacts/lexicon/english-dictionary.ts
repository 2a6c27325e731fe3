import { PRODUCTIVE_PREFIXES, PRODUCTIVE_SUFFIXES } from '../data/affixes.js';
import { BRITISH_SPELLINGS } from '../data/british-spellings.js';
import { EXTRA_WORDS } from '../data/extra-words.js';
import { ENGLISH_AFF, ENGLISH_STEMS } from './english-stems.generated.js';
import { FREQUENCY_RANKS } from './frequency-ranks.generated.js';
import { HunspellDictionary } from './hunspell.js';
import { StemTable } from './stem-table.js';
import { WordCache } from '../../text/word-cache.js';

let dictionary: HunspellDictionary | undefined;
const verdicts = new WordCache<boolean>(100_000);

/**
 * The Hunspell en_US dictionary (dictionary-en, generated into a compact table by
 * `npm run data:dictionary`), built on first use and shared by every call in the process.
 */
export function englishDictionary(): HunspellDictionary {
  dictionary ??= new HunspellDictionary(ENGLISH_AFF, new StemTable(ENGLISH_STEMS));
  return dictionary;
}

function isBritishSpellingOfKnownWord(word: string, known: HunspellDictionary): boolean {
  for (const rewrite of BRITISH_SPELLINGS) {
    for (let at = word.indexOf(rewrite.british); at >= 0; at = word.indexOf(rewrite.british, at + 1)) {
      const american = word.slice(0, at) + rewrite.american + word.slice(at + rewrite.british.length);
      if (known.has(american)) return true;
      // "manoeuvre" needs two rewrites (oe → e, re → er); one more pass over "-re" covers them.
      if (american.endsWith('re') && known.has(`${american.slice(0, -2)}er`)) return true;
    }
  }
  return false;
}

function isListed(word: string, known: HunspellDictionary): boolean {
  return known.has(word) || EXTRA_WORDS.has(word) || isBritishSpellingOfKnownWord(word, known);
}

/** A known word with a productive suffix: "electability", "nativist", "fireable". */
function isSuffixed(word: string, known: HunspellDictionary): boolean {
  for (const { suffix, replaces } of PRODUCTIVE_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, word.length - suffix.length) + replaces;
    if (isListed(base, known)) return true;
  }
  return false;
}

let ranks: StemTable | undefined;
/**
 * Frequency rank of a word of the frequency list (0 = most frequent), or undefined: from a
 * generated sorted table (`npm run data:ranks`) searched in place, like the stems.
 */
export function frequencyRank(word: string): number | undefined {
  const rank = (ranks ??= new StemTable(FREQUENCY_RANKS)).get(word);
  return rank === undefined ? undefined : parseInt(rank, 36);
}

/** Frequent words: the only ones trusted as halves of a closed compound. */
function isCommonWord(word: string): boolean {
  return frequencyRank(word) !== undefined;
}

/**
 * Words English builds freely and no dictionary lists in full: a productive prefix on a
 * known (or suffixed) word ("counterterrorism", "unelectable"), a productive suffix on a
 * known word, or two frequent words closed up ("horserace", "livestream").
 */
function isDerivedWord(word: string, known: HunspellDictionary): boolean {
  if (isSuffixed(word, known)) return true;
  for (const prefix of PRODUCTIVE_PREFIXES.keys()) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const rest = word.slice(prefix.length);
    if (isListed(rest, known) || isSuffixed(rest, known)) return true;
  }
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    if (isCommonWord(left) && (isCommonWord(right) || (right.endsWith('s') && isCommonWord(right.slice(0, -1))))) return true;
  }
  return false;
}

/**
 * Whether a lower-cased word (no hyphens) is English: in the dictionary, in the extra
 * news vocabulary, a British spelling of a dictionary word, or a regular derivation or
 * compound of known words. Verdicts are cached.
 */
export function isEnglishWord(word: string): boolean {
  return verdicts.get(word, judgeWord);
}

function judgeWord(word: string): boolean {
  const known = englishDictionary();
  const straight = word.replace(/\u2019/gu, "'");
  return (
    isListed(straight, known) ||
    // Possessives and plural possessives: "allies'", "nato's".
    (straight.endsWith("'") && isListed(straight.slice(0, -1), known)) ||
    (straight.endsWith("'s") && isListed(straight.slice(0, -2), known)) ||
    (/^[a-z]+$/u.test(straight) && isDerivedWord(straight, known))
  );
}

/**
 * Whether a lower-cased word is a common English word: listed (or a British spelling or
 * extra word) other than only as a name. "che" is listed only as "Che" (Guevara), so an
 * Italian "che" in English text is not mistaken for English.
 */
export function isCommonEnglishWord(word: string): boolean {
  const known = englishDictionary();
  // The dictionary lists a few function words only capitalised ("As", for arsenic).
  if (known.stems.isProper(word) && !EXTRA_WORDS.has(word) && !isCommonWord(word)) return false;
  return isEnglishWord(word);
}

/** Whether a word is in the dictionary proper (no derivation): for candidates, which must be real words. */
export function isListedWord(word: string): boolean {
  return isListed(word, englishDictionary());
}
