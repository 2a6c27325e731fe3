import type { Document } from '../../text/types.js';
import { DOUBLE_QUOTE_MARKS, QUOTE_PAIRS } from '../data/quote-marks.js';

/** One double quotation mark as it stands in the text. */
export interface Mark {
  readonly start: number;
  readonly char: string;
}

/** What went wrong with one mark. */
export type MarkProblem =
  /** A mark of the wrong style closes the quote (« … “). */
  | { readonly kind: 'mismatched-close'; readonly mark: Mark; readonly opener: Mark }
  /** A closing mark opens a quote that a later mark closes (” … »). */
  | { readonly kind: 'mismatched-open'; readonly mark: Mark; readonly closer: Mark }
  /** An opener never closed (and the next paragraph does not continue the quote). */
  | { readonly kind: 'unclosed'; readonly mark: Mark }
  /** A closer with nothing open before it in the paragraph. */
  | { readonly kind: 'unopened'; readonly mark: Mark }
  /** An opener glued to the word before it, or a closer glued to the word after it. */
  | { readonly kind: 'spacing'; readonly mark: Mark; readonly side: 'before' | 'after' };

function isSpaceOrStart(char: string): boolean {
  return char === '' || /\s/u.test(char);
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/** Whether the mark stands where an opener stands: after a space or bracket, before a word. */
function hasOpeningSpacing(text: string, mark: Mark): boolean {
  const before = text.charAt(mark.start - 1);
  const after = text.charAt(mark.start + 1);
  return (isSpaceOrStart(before) || '([{–—-'.includes(before)) && (isWordChar(after) || "'‘¿¡".includes(after));
}

/** Whether the mark stands where a closer stands: after a word or punctuation, before a space, punctuation or the end. */
function hasClosingSpacing(text: string, mark: Mark): boolean {
  const before = text.charAt(mark.start - 1);
  const after = text.charAt(mark.start + 1);
  return !isSpaceOrStart(before) && (isSpaceOrStart(after) || /[\p{P}]/u.test(after));
}

const MARK_PATTERN = new RegExp(`[${[...DOUBLE_QUOTE_MARKS.keys()].join('')}]`, 'gu');

/** Paragraph by paragraph, the double quotation marks of a document: one regex pass. */
function marksByParagraph(document: Document): Mark[][] {
  const result: Mark[][] = document.paragraphs.map(() => []);
  let paragraph = 0;
  for (const match of document.text.matchAll(MARK_PATTERN)) {
    const start = match.index ?? 0;
    while (paragraph < document.paragraphs.length && document.paragraphs[paragraph]!.end <= start) paragraph++;
    const current = document.paragraphs[paragraph];
    if (!current || start < current.start) continue;
    result[paragraph]!.push({ start, char: match[0] });
  }
  return result;
}

function pairs(opener: string, closer: string): boolean {
  if (DOUBLE_QUOTE_MARKS.get(opener) === 'either' || DOUBLE_QUOTE_MARKS.get(closer) === 'either') return true;
  return QUOTE_PAIRS.has(opener + closer);
}

/**
 * Pairs the double quotation marks of each paragraph in reading order (the mark after an
 * opener closes it, whatever its glyph) and reports what does not fit: mismatched styles,
 * marks that face the wrong way, unclosed and unopened quotes, and marks glued to the
 * wrong side. A quote left open at a paragraph's end is fine when the next paragraph opens
 * with a quote mark (the news convention for quotes over several paragraphs).
 */
export function scanQuoteMarks(document: Document): MarkProblem[] {
  const problems: MarkProblem[] = [];
  const text = document.text;
  const paragraphs = marksByParagraph(document);
  paragraphs.forEach((marks, paragraphIndex) => {
    let open: Mark | undefined;
    let nested: Mark | undefined;
    // The opener is a wrong-way closer already reported: its partner is not judged again.
    let openReported = false;
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k]!;
      const role = DOUBLE_QUOTE_MARKS.get(mark.char);
      if (!open) {
        open = mark;
        if (role === 'closer' && !hasOpeningSpacing(text, mark)) {
          const closer = marks[k + 1];
          if (closer) {
            problems.push({ kind: 'mismatched-open', mark, closer });
            openReported = true;
          } else {
            problems.push({ kind: 'unopened', mark });
            open = undefined;
          }
          continue;
        }
        if (isWordChar(text.charAt(mark.start - 1)) && isSpaceOrStart(text.charAt(mark.start + 1))) {
          problems.push({ kind: 'spacing', mark, side: 'before' });
        }
        continue;
      }
      // A quote inside a quote, in another style: «… “nested” …».
      if (!nested && role === 'opener' && mark.char !== open.char && hasOpeningSpacing(text, mark)) {
        nested = mark;
        continue;
      }
      // The same opener again, where an opener stands: the earlier quote was never closed.
      // Starting afresh here keeps one lost mark from flipping every later pair.
      if (!nested && role === 'opener' && mark.char === open.char && hasOpeningSpacing(text, mark) && !hasClosingSpacing(text, mark)) {
        if (!openReported) problems.push({ kind: 'unclosed', mark: open });
        open = mark;
        openReported = false;
        continue;
      }
      const opener = nested ?? open;
      if (!nested && openReported) openReported = false;
      else if (!pairs(opener.char, mark.char)) problems.push({ kind: 'mismatched-close', mark, opener });
      else if (isWordChar(text.charAt(mark.start + 1)) && isSpaceOrStart(text.charAt(mark.start - 1))) {
        problems.push({ kind: 'spacing', mark, side: 'after' });
      }
      if (nested) nested = undefined;
      else open = undefined;
    }
    if (open) {
      const next = paragraphs[paragraphIndex + 1]?.[0];
      const nextParagraph = document.paragraphs[paragraphIndex + 1];
      const continues = next !== undefined && nextParagraph !== undefined && text.slice(nextParagraph.start, next.start).trim() === '';
      if (!continues) problems.push({ kind: 'unclosed', mark: nested ?? open });
    }
  });
  return problems;
}
