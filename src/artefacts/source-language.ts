import { SOURCE_LANGUAGES, type SourceLanguage } from '../options.js';
import type { Document } from '../text/types.js';
import { FUNCTION_WORDS } from './data/function-words.js';
import { isCommonEnglishWord } from './lexicon/english-dictionary.js';
import { lexiconLanguageVotes } from './lexicon/false-friends.js';

/** Votes a language needs, and how far ahead of the runner-up it must be, to be named. */
const MINIMUM_VOTES = 2;
const LEAD_RATIO = 1.5;

/**
 * Whether a lower-cased word is a source-language function word that English does not
 * share. The dictionary decides homographs, so "dove", "pour" and "sin" never count.
 */
export function isSourceFunctionWord(lower: string): boolean {
  allFunctionWords ??= new Set(SOURCE_LANGUAGES.flatMap((language) => [...FUNCTION_WORDS[language].keys()]));
  return allFunctionWords.has(lower);
}

let allFunctionWords: Set<string> | undefined;

/** As {@link isSourceFunctionWord}, for one language, and only words English does not share. */
export function isForeignFunctionWord(lower: string, language: SourceLanguage): boolean {
  return FUNCTION_WORDS[language].has(lower) && !isCommonEnglishWord(lower);
}

/**
 * Guesses the language the documents were translated from, for `sourceLanguage: 'auto'`:
 * untranslated function words count one vote each, unambiguous false-friend and calque
 * hits half a vote. Returns `undefined` when no language is clearly ahead.
 */
export function guessSourceLanguage(documents: readonly Document[]): SourceLanguage | undefined {
  const votes = new Map<SourceLanguage, number>(SOURCE_LANGUAGES.map((language) => [language, 0]));
  for (const document of documents) {
    for (const token of document.tokens) {
      if (token.kind !== 'word') continue;
      for (const language of SOURCE_LANGUAGES) {
        if (isForeignFunctionWord(token.lower, language)) votes.set(language, votes.get(language)! + 1);
      }
    }
    for (const [language, count] of lexiconLanguageVotes(document)) votes.set(language, votes.get(language)! + count / 2);
  }
  const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MINIMUM_VOTES) return undefined;
  if (second && second[1] * LEAD_RATIO > best[1]) return undefined;
  return best[0];
}
