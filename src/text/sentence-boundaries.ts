import { SENTENCE_BREAK_CLASSES, TERMINAL_OR_SEPARATOR, type SentenceBreakClass } from './data/sentence-break.js';
import type { Span } from './types.js';

/**
 * Default sentence boundaries of Unicode Standard Annex #29 (rules SB1–SB11), the same ones
 * `Intl.Segmenter(…, { granularity: 'sentence' })` gives. Constructing that segmenter makes
 * ICU load its break rules (~20 ms in a fresh process), and iterating it copies the whole
 * input into every segment, which is quadratic on a long paragraph.
 */

// Sentence_Break classes as small integers, for the memo table. Extend and Format are one
// class: the rules treat them alike (SB5).
const OTHER = 0;
const CR = 1;
const LF = 2;
const SEP = 3;
const EXTEND_OR_FORMAT = 4;
const SP = 5;
const LOWER = 6;
const UPPER = 7;
const OLETTER = 8;
const NUMERIC = 9;
const ATERM = 10;
const STERM = 11;
const CLOSE = 12;
const SCONTINUE = 13;

const CLASS_CODES: Readonly<Record<SentenceBreakClass, number>> = {
  CR,
  LF,
  Sep: SEP,
  Extend: EXTEND_OR_FORMAT,
  Format: EXTEND_OR_FORMAT,
  Numeric: NUMERIC,
  Sp: SP,
  Lower: LOWER,
  Upper: UPPER,
  OLetter: OLETTER,
  ATerm: ATERM,
  STerm: STERM,
  Close: CLOSE,
  SContinue: SCONTINUE,
};

// Each code point is classified by regex once per process; a text holds few distinct ones.
// The BMP table stores class + 1, so that 0 means not yet classified.
let bmpClasses: Uint8Array | undefined;
const astralClasses = new Map<number, number>();

function classifyCodePoint(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  for (const [name, pattern] of SENTENCE_BREAK_CLASSES) {
    if (pattern.test(character)) return CLASS_CODES[name];
  }
  return OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    bmpClasses ??= new Uint8Array(0x10000);
    const stored = bmpClasses[codePoint]!;
    if (stored !== 0) return stored - 1;
    const computed = classifyCodePoint(codePoint);
    bmpClasses[codePoint] = computed + 1;
    return computed;
  }
  let computed = astralClasses.get(codePoint);
  if (computed === undefined) {
    computed = classifyCodePoint(codePoint);
    astralClasses.set(codePoint, computed);
  }
  return computed;
}

const isParagraphSeparator = (cls: number): boolean => cls === CR || cls === LF || cls === SEP;
const isTerminal = (cls: number): boolean => cls === ATERM || cls === STERM;

const widthOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** Index after the Extend and Format code points from `i` on (SB5). */
function skipMarks(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const codePoint = text.codePointAt(at)!;
    if (classOf(codePoint) !== EXTEND_OR_FORMAT) break;
    at += widthOf(codePoint);
  }
  return at;
}

/** The code point that ends at `i`: a surrogate pair whole, a lone surrogate alone. */
function codePointBefore(text: string, i: number): number {
  const last = text.charCodeAt(i - 1);
  if (last >= 0xdc00 && last <= 0xdfff && i >= 2) {
    const first = text.charCodeAt(i - 2);
    if (first >= 0xd800 && first <= 0xdbff) return (first - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}

/**
 * Whether the unit before the full stop at `at` is a letter with case (SB7). Extend and
 * Format code points belong to the letter before them, except at the start of the text and
 * after a paragraph separator, where they stand alone (SB5), which is no letter either.
 */
function casedLetterBefore(text: string, at: number): boolean {
  for (let i = at; i > 0; ) {
    const codePoint = codePointBefore(text, i);
    const cls = classOf(codePoint);
    if (cls !== EXTEND_OR_FORMAT) return cls === UPPER || cls === LOWER;
    i -= widthOf(codePoint);
  }
  return false;
}

/**
 * SB8's look-ahead from `from`: whether the first code point of class OLetter, Upper, Lower,
 * ParaSep or SATerm is Lower (Extend and Format belong to none of them, so need no grouping).
 * It starts after a full stop's trail and ends by the next terminal at the latest, so the
 * look-aheads of one text do not overlap.
 */
function lowerComesFirst(text: string, from: number): boolean {
  for (let i = from; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const cls = classOf(codePoint);
    if (cls === LOWER) return true;
    if (cls === OLETTER || cls === UPPER || isParagraphSeparator(cls) || isTerminal(cls)) return false;
    i += widthOf(codePoint);
  }
  return false;
}

/**
 * The sentence spans of `body`, shifted by `offset`: the segments `Intl.Segmenter` would
 * yield, with no text left out. Linear however long the paragraph (see {@link sentenceStarts}).
 */
export function segmentBoundaries(body: string, offset: number): Span[] {
  const spans: Span[] = [];
  if (body.length === 0) return spans;
  let start = 0;
  for (const next of sentenceStarts(body)) {
    spans.push({ start: offset + start, end: offset + next });
    start = next;
  }
  spans.push({ start: offset + start, end: offset + body.length });
  return spans;
}

// Built on first use, like the class table, so that importing costs nothing.
let candidates: RegExp | undefined;

/**
 * Matches the code units that may be terminals or separators: the ASCII ones exactly, and
 * any non-ASCII unit, whose class then decides. A regex over the whole Unicode set of
 * terminals is several times slower in V8 than this one, which skips ASCII text fast.
 */
function candidatePattern(): RegExp {
  let members = '\\u0080-\\uffff';
  for (let unit = 0; unit < 0x80; unit++) {
    if (TERMINAL_OR_SEPARATOR.test(String.fromCharCode(unit))) members += `\\x${unit.toString(16).padStart(2, '0')}`;
  }
  return new RegExp(`[${members}]`, 'g');
}

/**
 * Offsets where sentences start in `text`, after the first (0). A sentence ends only after
 * a paragraph separator (SB4) or after a terminal with its trail of closing marks and spaces
 * (SB11), so a regex jumps from one candidate to the next and only their surroundings are
 * classified. The text is read once, plus SB8's look-aheads, which do not overlap.
 */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  const candidate = (candidates ??= candidatePattern());
  candidate.lastIndex = 0;
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const at = match.index;
    const codePoint = text.codePointAt(at)!;
    const cls = classOf(codePoint);
    let next = at + widthOf(codePoint);
    if (isParagraphSeparator(cls)) {
      // SB3: CR LF is one separator. SB4: a sentence starts after it.
      if (cls === CR && text.charCodeAt(next) === 0x0a) next++;
      if (next < text.length) starts.push(next);
    } else if (isTerminal(cls)) {
      const afterMarks = skipMarks(text, next);
      next = trailEnd(text, afterMarks);
      if (next < text.length && breaksAfterTrail(text, at, cls === ATERM, next, next === afterMarks)) starts.push(next);
    } else {
      next = skipNonAsciiText(text, next);
    }
    candidate.lastIndex = next;
  }
  return starts;
}

/**
 * Index of the next ASCII code unit, terminal or separator from `i` on. In a text of another
 * script every code unit is a candidate, and classifying them here is several times faster
 * than one regex call each.
 */
function skipNonAsciiText(text: string, i: number): number {
  let at = i;
  while (at < text.length && text.charCodeAt(at) >= 0x80) {
    const codePoint = text.codePointAt(at)!;
    const cls = classOf(codePoint);
    if (isParagraphSeparator(cls) || isTerminal(cls)) break;
    at += widthOf(codePoint);
  }
  return at;
}

/** Where a terminal's trail ends: closing marks right after it (SB9), then spaces (SB10). */
function trailEnd(text: string, from: number): number {
  let i = from;
  let spaced = false;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const cls = classOf(codePoint);
    if (cls === SP) spaced = true;
    else if (cls !== CLOSE || spaced) break;
    i = skipMarks(text, i + widthOf(codePoint));
  }
  return i;
}

/**
 * Whether a sentence starts at `i`, the unit after the trail of the terminal at `at`;
 * `bare` when the trail is empty (no closing mark, no space).
 */
function breaksAfterTrail(text: string, at: number, fullStop: boolean, i: number, bare: boolean): boolean {
  const cls = classOf(text.codePointAt(i)!);
  // SB9, SB10: a paragraph separator ends the sentence after it. SB8a: a comma or another
  // terminal continues it ("etc.,", "?!").
  if (isParagraphSeparator(cls) || cls === SCONTINUE || isTerminal(cls)) return false;
  if (fullStop) {
    // SB6: "3.5". SB7: "U.S.A.", a full stop between letters before a capital.
    if (bare && (cls === NUMERIC || (cls === UPPER && casedLetterBefore(text, at)))) return false;
    // SB8: a lower-case word comes before any other letter or terminal.
    if (lowerComesFirst(text, i)) return false;
  }
  // SB11.
  return true;
}
