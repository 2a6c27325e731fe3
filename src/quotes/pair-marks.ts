import type { Document, Paragraph } from '../text/types.js';
import { documentMarks, type FoundMark } from './find-marks.js';
import type { PartDraft, QuoteDraft } from './quote-draft.js';
import { reportingLemma } from './reporting-verbs.js';

const SENTENCE_BREAK = /[.!?]["'\u201d\u00bb]?\s+["'\u201c\u00ab]?\p{Lu}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
// Single-mark quotations longer than this are more likely apostrophes that happen to pair.
const LONGEST_SINGLE_QUOTE = 400;

/**
 * The quoted words between two offsets: without padding spaces, and without a trailing
 * comma that only separates the quote from its cue. `undefined` when nothing is quoted.
 */
export function trimContent(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /[\s,]/u.test(text.charAt(end - 1))) end--;
  return hasWord(text, start, end) ? { start, end } : undefined;
}

/** Whether a letter or digit stands in `[start, end)`, read in place without slicing. */
function hasWord(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0x80 && HAS_WORD.test(text.charAt(k))) return true;
  }
  return false;
}

/** Where an unclosed quote stops at its cue (`“We will win, said Smith.`), or undefined. */
function cueBreakBetween(document: Document, from: number, to: number): number | undefined {
  const tokens = document.tokens;
  for (let k = document.tokenIndexAt(from); k < tokens.length && tokens[k]!.start < to; k++) {
    const token = tokens[k]!;
    if (token.norm !== ',' && token.norm !== '\u2013' && token.norm !== '\u2014') continue;
    for (let m = k + 1; m <= k + 4 && m < tokens.length && tokens[m]!.start < to; m++) {
      const word = tokens[m]!;
      if (word.kind !== 'word') break;
      if (reportingLemma(word.lower) !== undefined) return token.start;
    }
  }
  return undefined;
}

/** After the reporting clause that introduces a quote missing its opener (`X said: …”`). */
function cueIntroBefore(document: Document, from: number, closeAt: number): number | undefined {
  const tokens = document.tokens;
  const sentence = document.sentences[document.sentenceIndexAt(closeAt)];
  if (!sentence) return undefined;
  const floor = Math.max(from, sentence.start);
  for (let k = document.tokenIndexAt(closeAt) - 1; k >= sentence.tokenStart && tokens[k]!.start >= floor; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || reportingLemma(token.lower) === undefined) continue;
    const next = tokens[k + 1];
    if (next && (next.norm === ':' || next.norm === ',' || next.lower === 'that')) return next.end;
  }
  return undefined;
}

/** The end of the last full sentence between two offsets. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    const char = text.charAt(k);
    if ((char === '.' || char === '!' || char === '?') && /\s/u.test(text.charAt(k + 1))) return k + 1;
  }
  return to;
}

function part(text: string, open: FoundMark | null, close: FoundMark | null, from: number, to: number): PartDraft | undefined {
  const span = trimContent(text, from, to);
  return span ? { ...span, open, close } : undefined;
}

interface ParagraphResult {
  quotes: QuoteDraft[];
  /** The last quote runs on into the next paragraph (it was not closed and the next one opens with a mark). */
  continues: boolean;
}

function newQuote(paragraph: number, piece: PartDraft, recovered: boolean): QuoteDraft {
  return { paragraph, parts: [piece], recovered, cue: null, speaker: null, speakerVia: undefined, kind: 'direct' };
}

/** Whether a paragraph opens with a double mark that can open: a quote running on from the paragraph before. */
function opensWithMark(paragraph: Paragraph | undefined, firstMark: FoundMark | undefined): boolean {
  return paragraph !== undefined && firstMark !== undefined && firstMark.start === paragraph.start && firstMark.info.family === 'double' && firstMark.role !== 'close';
}

/**
 * Pairs the double marks of one paragraph with a stack of depth one, tolerant of style:
 * any opener may close with any closer. A closer with nothing open opens instead when
 * another closer follows (a reversed mark); otherwise its opener is missing and the quote
 * is recovered back to its cue or the paragraph start. An opener left open is recovered
 * at its cue, at the last sentence before the next opener, or at the paragraph end.
 */
function pairDoubleMarks(document: Document, paragraph: Paragraph, marks: readonly FoundMark[], nextOpensWithMark: boolean): ParagraphResult {
  const text = document.text;
  const quotes: QuoteDraft[] = [];
  let open: FoundMark | null = null;
  let lastEnd = paragraph.start;
  const emit = (opener: FoundMark | null, closer: FoundMark | null, from: number, to: number, recovered: boolean): void => {
    const piece = part(text, opener, closer, from, to);
    if (piece) quotes.push(newQuote(paragraph.index, piece, recovered));
    lastEnd = Math.max(lastEnd, closer?.end ?? to);
  };
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (!open) {
      if (mark.role !== 'close') {
        open = mark;
        continue;
      }
      const next = marks[i + 1];
      if (next && next.role !== 'open' && !(next.role === 'either' && next.lean === 'open')) {
        open = mark; // a closing glyph used as the opener (`reiterating that” there is …»`)
        continue;
      }
      const start = cueIntroBefore(document, lastEnd, mark.start) ?? lastEnd;
      emit(null, mark, start, mark.start, true);
      continue;
    }
    if (mark.role === 'close' || mark.role === 'either') {
      emit(open, mark, open.end, mark.start, false);
      open = null;
      continue;
    }
    // An opener while a quote is open: the open quote lost its closer, unless the new
    // mark is an opening glyph misused as the closer within one sentence.
    if (SENTENCE_BREAK.test(text.slice(open.end, mark.start))) {
      const end = cueBreakBetween(document, open.end, mark.start) ?? lastSentenceEnd(text, open.end, mark.start);
      emit(open, null, open.end, end, true);
      open = mark;
    } else {
      emit(open, mark, open.end, mark.start, false);
      open = null;
    }
  }
  if (!open) return { quotes, continues: false };
  if (nextOpensWithMark) {
    emit(open, null, open.end, paragraph.end, false);
    return { quotes, continues: quotes.length > 0 && quotes[quotes.length - 1]!.parts[0]!.open === open };
  }
  const end = cueBreakBetween(document, open.end, paragraph.end) ?? paragraph.end;
  emit(open, null, open.end, end, true);
  return { quotes, continues: false };
}

/**
 * Pairs single marks outside double quotations (British style, headlines). Only clean
 * opener–closer pairs count: a lone single mark is an apostrophe (the allies’ position).
 */
function pairSingleMarks(document: Document, paragraph: Paragraph, marks: readonly FoundMark[], doubles: readonly QuoteDraft[]): QuoteDraft[] {
  const text = document.text;
  const quotes: QuoteDraft[] = [];
  let open: FoundMark | null = null;
  let d = 0;
  for (const mark of marks) {
    if (mark.role === 'apostrophe') continue;
    while (d < doubles.length && outer(doubles[d]!).end <= mark.start) d++;
    const inside = d < doubles.length && outer(doubles[d]!).start <= mark.start;
    if (inside) continue; // a nested quotation belongs to the outer quote's words
    if (!open) {
      if (mark.role === 'open' || (mark.role === 'either' && mark.lean !== 'close')) open = mark;
      continue;
    }
    if (mark.role === 'close' || mark.role === 'either') {
      if (mark.start - open.end <= LONGEST_SINGLE_QUOTE) {
        const piece = part(text, open, mark, open.end, mark.start);
        if (piece) quotes.push(newQuote(paragraph.index, piece, false));
      }
      open = null;
    } else {
      open = mark;
    }
  }
  return quotes;
}

function outer(quote: QuoteDraft): { start: number; end: number } {
  const first = quote.parts[0]!;
  const last = quote.parts[quote.parts.length - 1]!;
  return { start: first.open?.start ?? first.start, end: last.close?.end ?? last.end };
}

const cache = new WeakMap<Document, readonly QuoteDraft[]>();

/**
 * The document's paired quotes, computed once: the entity registry reads them to keep
 * quoted names apart, the extractor refines copies of them. Callers must not change them.
 */
export function documentQuotes(document: Document): readonly QuoteDraft[] {
  let quotes = cache.get(document);
  if (!quotes) {
    quotes = pairMarks(document, documentMarks(document));
    cache.set(document, quotes);
  }
  return quotes;
}

/** A copy of a paired quote that later steps may change. */
export function copyQuote(quote: QuoteDraft): QuoteDraft {
  return { ...quote, parts: quote.parts.map((piece) => ({ ...piece })) };
}

/**
 * Pairs all marks of a document paragraph by paragraph, joining a quote that runs on
 * into the next paragraph (which opens with a mark) into one quote with a part per paragraph.
 */
export function pairMarks(document: Document, marks: readonly FoundMark[]): QuoteDraft[] {
  const byParagraph: FoundMark[][] = document.paragraphs.map(() => []);
  for (const mark of marks) byParagraph[mark.paragraph]?.push(mark);
  const result: QuoteDraft[] = [];
  let carried: QuoteDraft | undefined;
  document.paragraphs.forEach((paragraph, index) => {
    const paragraphMarks = byParagraph[index]!;
    const doubles = paragraphMarks.filter((mark) => mark.info.family === 'double');
    const singles = paragraphMarks.filter((mark) => mark.info.family === 'single');
    const next = document.paragraphs[index + 1];
    const nextFirst = byParagraph[index + 1]?.find((mark) => mark.info.family === 'double');
    const { quotes, continues } = pairDoubleMarks(document, paragraph, doubles, opensWithMark(next, nextFirst));
    const singleQuotes = pairSingleMarks(document, paragraph, singles, quotes);
    result.push(...singleQuotes);
    if (carried && quotes.length > 0 && quotes[0]!.parts[0]!.open === doubles[0]) {
      carried.parts.push(...quotes.shift()!.parts);
      if (continues && quotes.length === 0) return; // still running on
    }
    carried = undefined;
    result.push(...quotes);
    if (continues) carried = quotes[quotes.length - 1];
  });
  return result.sort((x, y) => x.parts[0]!.start - y.parts[0]!.start);
}
