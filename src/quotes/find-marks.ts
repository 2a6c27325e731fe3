import type { Document } from '../text/types.js';
import { ELIDED_WORDS, QUOTE_MARKS, type QuoteMarkInfo } from './data/quote-marks.js';

/** Which way a mark faces, judged from its neighbours. */
export type MarkRole = 'open' | 'close' | 'either' | 'apostrophe';

/** A quotation mark candidate in the original text. */
export interface FoundMark {
  readonly start: number;
  readonly end: number;
  readonly char: string;
  readonly info: QuoteMarkInfo;
  readonly paragraph: number;
  role: MarkRole;
  /** For `either`: the glyph's habitual direction, used only to break ties. */
  lean: 'open' | 'close' | undefined;
}

// Every glyph of QUOTE_MARKS, for one native scan of the text.
let markPattern: RegExp | undefined;

function marksRegExp(): RegExp {
  markPattern ??= new RegExp(`[${[...QUOTE_MARKS.keys()].join('')}]`, 'gu');
  return markPattern;
}

const cache = new WeakMap<Document, readonly FoundMark[]>();

/**
 * Finds every quotation-mark character inside a paragraph, in one pass over the text.
 * Roles are left for {@link classifyMarks}.
 */
export function findMarks(document: Document): FoundMark[] {
  const text = document.text;
  const marks: FoundMark[] = [];
  let paragraph = 0;
  const paragraphs = document.paragraphs;
  const pattern = marksRegExp();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const i = match.index;
    const char = match[0];
    while (paragraph < paragraphs.length && paragraphs[paragraph]!.end <= i) paragraph++;
    if (paragraph >= paragraphs.length) break;
    if (paragraphs[paragraph]!.start > i) continue;
    marks.push({ start: i, end: i + 1, char, info: QUOTE_MARKS.get(char)!, paragraph, role: 'either', lean: undefined });
  }
  return marks;
}

/**
 * The document's quotation marks with their roles, computed once per document: the quote
 * extractor and the entity registry (which keeps quoted names apart) both read them.
 * Callers must not change the marks.
 */
export function documentMarks(document: Document): readonly FoundMark[] {
  let marks = cache.get(document);
  if (!marks) {
    marks = classifyMarks(document, findMarks(document));
    cache.set(document, marks);
  }
  return marks;
}

type Side = 'space' | 'word' | 'opening' | 'closing' | 'mark' | 'other';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

function sideOf(char: string): Side {
  if (char === '' || SPACE.test(char)) return 'space';
  if (QUOTE_MARKS.has(char)) return 'mark';
  if (LETTER_OR_DIGIT.test(char)) return 'word';
  if ('([{¿¡'.includes(char) || char === '\u2013' || char === '\u2014' || char === '-') return 'opening';
  if ('.,;:!?)]}\u2026'.includes(char)) return 'closing';
  return 'other';
}

/** The word that starts at `offset` (letters only), lower case. */
function wordAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && end - offset < 12 && /\p{L}/u.test(text.charAt(end))) end++;
  return text.slice(offset, end).toLowerCase();
}

/**
 * Gives each mark a role from its neighbours: a mark after a space and before a word
 * opens; after a word or punctuation and before a space or punctuation it closes; a mark
 * between two letters is an apostrophe when single (Russia's), ambiguous when double.
 * Padded marks (`« text »`) and glued ones (`and«to`) stay `either`, leaning on the glyph.
 */
export function classifyMarks(document: Document, marks: FoundMark[]): FoundMark[] {
  const text = document.text;
  for (const mark of marks) {
    const before = sideOf(mark.start > 0 ? text.charAt(mark.start - 1) : '');
    const after = sideOf(text.charAt(mark.end));
    mark.role = roleFromSides(before, after);
    if (mark.info.family === 'single' && isApostrophe(text, mark, before, after)) mark.role = 'apostrophe';
    if (mark.role === 'either' && mark.info.shape !== 'neutral') mark.lean = mark.info.shape;
  }
  return marks;
}

function roleFromSides(before: Side, after: Side): MarkRole {
  // Nothing opens a quotation with a comma or a full stop right after the mark.
  if (after === 'closing') return 'close';
  if (before === 'space' && after === 'space') return 'either';
  if ((before === 'space' || before === 'opening') && (after === 'word' || after === 'opening' || after === 'other')) return 'open';
  if ((before === 'word' || before === 'closing' || before === 'other') && after === 'space') return 'close';
  if (before === 'mark') return after === 'space' ? 'close' : after === 'word' ? 'open' : 'either';
  if (after === 'mark') return before === 'space' || before === 'opening' ? 'open' : 'close';
  if (before === 'closing' && after === 'word') return 'either';
  if (before === 'opening' && after === 'space') return 'open';
  return 'either';
}

function isApostrophe(text: string, mark: FoundMark, before: Side, after: Side): boolean {
  if (before === 'word' && after === 'word') return true; // don't, Russia's, O'Malley
  if (after === 'word') {
    const next = text.charAt(mark.end);
    if (/\p{N}/u.test(next)) return true; // '90s
    if (before === 'space' || before === 'opening') return ELIDED_WORDS.has(wordAt(text, mark.end)) && !/\p{Lu}/u.test(next);
  }
  return false;
}
