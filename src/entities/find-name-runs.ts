import type { Document, Token } from '../text/types.js';
import { isAcronym, isHonorific, isNonNameWord, roleNoun } from './lexicon.js';

/** A run of capitalised words that may name an entity: tokens `[tokenStart, tokenEnd)`. */
export interface NameRun {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  /** The run opens its sentence (or a quoted sentence), where any word is capitalised. */
  readonly sentenceInitial: boolean;
  /** The run stands in a title-case headline, where capitals say little. */
  headline: boolean;
}

// Lower-case particles inside names ("Charles de Gaulle", "Osama bin Laden") and the
// "of" of organisation and role names ("Secretary General of NATO").
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'dos', 'das', '&']);
const QUOTE_OR_OPENER = /^["'([\-–—:]$/u;

export function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.norm.codePointAt(0) ?? 0;
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : /^\p{Lu}/u.test(token.norm);
}

/** A capitalised word that cannot start or continue a name ("However", "Monday"). */
function breaksRun(token: Token): boolean {
  // "US" in capitals is the country, not the pronoun.
  return isNonNameWord(token.lower) && !isAcronym(token.norm);
}

/** An initial or an abbreviated title whose full stop belongs to the name ("F.", "Sen."). */
function takesFullStop(token: Token): boolean {
  return token.norm.length === 1 || isHonorific(token.lower) || (roleNoun(token.lower) !== undefined && token.norm.length <= 4);
}

/**
 * Finds the runs of capitalised words in every sentence, joined across name particles
 * and "of", with initials and abbreviated titles keeping their full stop. Linear in the
 * number of tokens.
 */
export function findNameRuns(document: Document): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = document.tokens;
  for (const sentence of document.sentences) {
    const first = runs.length;
    // Headline counts are kept in the same pass: words that title case would capitalise.
    let titleWords = 0;
    let capitalisedWords = 0;
    let i = sentence.tokenStart;
    let wordsBefore = 0;
    while (i < sentence.tokenEnd) {
      const token = tokens[i]!;
      if (!isCapitalised(token) || breaksRun(token)) {
        if (token.kind === 'word' || token.kind === 'number') wordsBefore++;
        if (token.kind === 'word' && !TITLE_SMALL_WORDS.has(token.lower) && token.norm !== "'s") {
          titleWords++;
          if (isCapitalised(token)) capitalisedWords++;
        }
        i++;
        continue;
      }
      const previous = i > sentence.tokenStart ? tokens[i - 1] : undefined;
      const sentenceInitial = wordsBefore === 0 || (previous !== undefined && QUOTE_OR_OPENER.test(previous.norm));
      let end = i;
      let j = i;
      while (j < sentence.tokenEnd) {
        const current = tokens[j]!;
        if (isCapitalised(current) && !breaksRun(current)) {
          j++;
          end = j;
          const next = tokens[j];
          if (next && next.norm === '.' && !next.spaceBefore && takesFullStop(current) && j + 1 < sentence.tokenEnd) {
            j++;
            end = j;
          }
          continue;
        }
        const afterOf = current.lower === 'the' && tokens[j - 1]?.lower === 'of';
        if (j > i && (CONNECTORS.has(current.lower) || afterOf) && current.kind === 'word' && !isCapitalised(current)) {
          j++;
          continue;
        }
        break;
      }
      for (let k = i; k < end; k++) {
        const word = tokens[k]!;
        if (word.kind !== 'word' || TITLE_SMALL_WORDS.has(word.lower)) continue;
        titleWords++;
        if (isCapitalised(word)) capitalisedWords++;
      }
      runs.push({ tokenStart: i, tokenEnd: end, sentence: sentence.index, sentenceInitial, headline: false });
      wordsBefore += end - i;
      i = Math.max(end, i + 1);
    }
    if (isTitleCase(titleWords, capitalisedWords)) {
      for (let k = first; k < runs.length; k++) runs[k]!.headline = true;
    }
  }
  return runs;
}

/**
 * A title-case headline capitalises every word but the small ones. A long one may slip
 * (a quarter of its words); a short one may not: in "Reporter Jomana Karadsheh says:" the
 * lower-case verb shows prose whose capitals are names.
 */
function isTitleCase(titleWords: number, capitalisedWords: number): boolean {
  if (titleWords < 4) return false;
  return titleWords < SHORT_HEADLINE_WORDS ? capitalisedWords === titleWords : capitalisedWords / titleWords >= 0.75;
}

/** Below this many words, a title-case headline has no lower-case word besides the small ones. */
const SHORT_HEADLINE_WORDS = 8;

// Short words that stay lower case in a title-case headline.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'is', 'from', 'vs']);
