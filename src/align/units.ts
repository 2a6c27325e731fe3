import type { TokenKind } from '../text/types.js';
import { stem as porterStem } from '../text/stem.js';
import { FUNCTION_WORDS } from './data/function-words.js';
import { IRREGULAR_VERB_FORMS } from './data/irregular-verbs.js';
import { NUMBER_WORDS } from './data/number-words.js';
import { frequencyClass } from './lexicon.js';
import { WordCache } from '../text/word-cache.js';

/** The fields of a token that alignment reads (a `Token` or a `DiffToken`). */
export interface TokenLike {
  readonly norm: string;
  readonly lower: string;
  readonly stem: string;
  readonly kind: TokenKind;
}

/** A word or number as the aligner sees it. */
export interface WordUnit {
  /** Index of the token in the sequence the units were made from. */
  readonly token: number;
  /** Matching key: Porter stem of the base form, digits for numbers. */
  readonly key: string;
  readonly lower: string;
  readonly kind: 'word' | 'number';
  readonly functionWord: boolean;
  /** Capitalised inside a sentence: probably part of a name. */
  readonly nameLike: boolean;
  /** Corpus-independent weight in (0, 1]: rare words weigh more than common ones. */
  readonly prior: number;
}

let functionWords: ReadonlySet<string> | undefined;

export function isFunctionWord(lower: string): boolean {
  functionWords ??= new Set(FUNCTION_WORDS);
  return functionWords.has(lower);
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** "1,000" → "1000", "84.50" → "84.5": one key for one value. */
export function numberKey(lower: string): string {
  let key = THOUSANDS.test(lower) ? lower.replace(/,/g, '') : lower;
  if (/^\d+\.\d+$/.test(key)) {
    // Trailing zeros of a decimal say nothing about its value ("84.50" = "84.5").
    let end = key.length;
    while (key.charCodeAt(end - 1) === 0x30) end--;
    if (key.charCodeAt(end - 1) === 0x2e) end--;
    key = key.slice(0, end);
  }
  return key;
}

/** The matching key of a word or number token. */
export function unitKey(token: TokenLike): string {
  if (token.kind === 'number') return numberKey(token.lower);
  const number = NUMBER_WORDS.get(token.lower);
  if (number !== undefined) return number;
  const base = IRREGULAR_VERB_FORMS.get(token.lower);
  return base === undefined ? token.stem : porterStem(base);
}

const FUNCTION_PRIOR = 0.1;
const MIN_CONTENT_PRIOR = 0.25;
// Frequency class at which a content word weighs MIN_CONTENT_PRIOR ("make", "see").
const COMMONEST_CLASS = 12;

/** Corpus-independent weight of a key: function words 0.1, unknown words and numbers 1. */
export function priorWeight(key: string, kind: 'word' | 'number', functionWord: boolean): number {
  if (functionWord) return FUNCTION_PRIOR;
  if (kind === 'number') return 1;
  const k = frequencyClass(key);
  if (k < 0) return 1;
  return Math.max(MIN_CONTENT_PRIOR, 1 - ((1 - MIN_CONTENT_PRIOR) * k) / COMMONEST_CLASS);
}

interface WordForm {
  readonly key: string;
  readonly functionWord: boolean;
  readonly prior: number;
}

// Key, function-word flag and prior depend only on the lower-case form and kind, and news
// vocabulary repeats heavily: computed once per form per process (cleared when large).
const formCache = new WordCache<WordForm>();

function wordForm(token: TokenLike): WordForm {
  const cacheKey = token.kind === 'number' ? `#${token.lower}` : token.lower;
  let form = formCache.peek(cacheKey);
  if (form === undefined) {
    const functionWord = token.kind === 'word' && isFunctionWord(token.lower);
    const key = unitKey(token);
    form = { key, functionWord, prior: priorWeight(key, token.kind === 'number' ? 'number' : 'word', functionWord) };
    formCache.remember(cacheKey, form);
  }
  return form;
}

const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '–', '—', '.', '!', '?']);

export interface UnitOptions {
  /** First token to read. @default 0 */
  readonly from?: number;
  /** Token to stop before. @default tokens.length */
  readonly to?: number;
  /** Weight of a key. @default priorWeight */
  readonly weigh?: (key: string, kind: 'word' | 'number', functionWord: boolean) => number;
}

/**
 * The words and numbers of tokens `[from, to)` (punctuation and symbols are left to the
 * diff). A unit's `token` is its index in `tokens`. The first token read always counts
 * as a sentence start.
 */
export function toUnits(tokens: readonly TokenLike[], options: UnitOptions = {}): WordUnit[] {
  const from = options.from ?? 0;
  const to = options.to ?? tokens.length;
  const weigh = options.weigh;
  const units: WordUnit[] = [];
  let previousWasOpener = true;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' && token.kind !== 'number') {
      previousWasOpener = OPENERS.has(token.norm);
      continue;
    }
    const atStart = previousWasOpener;
    previousWasOpener = false;
    const form = wordForm(token);
    const first = token.norm.charAt(0);
    const capitalised = first !== first.toLowerCase();
    units.push({
      token: index,
      key: form.key,
      lower: token.lower,
      kind: token.kind,
      functionWord: form.functionWord,
      nameLike: capitalised && !atStart && !form.functionWord && token.kind === 'word',
      prior: weigh ? weigh(form.key, token.kind, form.functionWord) : form.prior,
    });
  }
  return units;
}
