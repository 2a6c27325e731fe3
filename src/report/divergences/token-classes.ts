import { isFunctionWord, numberKey } from '../../align/units.js';
import { NUMBER_WORDS } from '../../align/data/number-words.js';
import type { Document, Token } from '../../text/types.js';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../data/dates.js';
import { MODALS, type ModalKind } from '../data/modals.js';
import { GENDERED_PRONOUNS } from '../data/pronouns.js';

let months: ReadonlySet<string> | undefined;
let dayWords: ReadonlySet<string> | undefined;

const YEAR = /^(1[89]|20|21)\d\d$/;
const TIME = /^\d{1,2}[:.]\d\d$/;
const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '–', '—']);

/** Whether the token opens its sentence (or a quote, or a clause after a colon). */
export function opensSentence(document: Document, token: Token): boolean {
  if (token.index === document.sentences[token.sentence]?.tokenStart) return true;
  const previous = document.tokens[token.index - 1];
  return previous !== undefined && OPENERS.has(previous.norm);
}

const isCapitalised = (token: Token): boolean => {
  const first = token.norm.charAt(0);
  return first !== first.toLowerCase();
};

/** A date or time word: a capitalised month, a weekday, a relative day, a year, a clock time. */
export function isDateToken(token: Token): boolean {
  months ??= new Set(MONTHS);
  dayWords ??= new Set([...WEEKDAYS, ...RELATIVE_DAYS]);
  if (token.kind === 'number') return YEAR.test(token.lower) || TIME.test(token.lower);
  if (token.kind !== 'word') return false;
  // "may" and "march" are months only when capitalised.
  if (months.has(token.lower)) return isCapitalised(token);
  return dayWords.has(token.lower);
}

/** The value a number token or number word stands for, unless it is a date. */
export function numberValue(token: Token): string | undefined {
  if (isDateToken(token)) return undefined;
  if (token.kind === 'number') return numberKey(token.lower);
  if (token.kind === 'word') return NUMBER_WORDS.get(token.lower);
  return undefined;
}

/** A capitalised word inside a sentence: part of a name. */
export function isNameToken(document: Document, token: Token): boolean {
  if (token.kind !== 'word' || !isCapitalised(token) || isFunctionWord(token.lower) || isDateToken(token)) return false;
  if (NUMBER_WORDS.has(token.lower)) return false;
  return !opensSentence(document, token);
}

export function modalKind(token: Token): ModalKind | undefined {
  return token.kind === 'word' ? MODALS.get(token.lower) : undefined;
}

/** The gender a third-person pronoun marks, if any. */
export function pronounGender(token: Token): 'female' | 'male' | undefined {
  return token.kind === 'word' ? GENDERED_PRONOUNS.get(token.lower) : undefined;
}
