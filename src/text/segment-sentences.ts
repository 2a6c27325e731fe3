import { ABBREVIATIONS } from './data/abbreviations.js';
import { segmentBoundaries } from './sentence-boundaries.js';
import type { Span } from './types.js';

// The last word before a final full stop: "Gen.", "U.S.", "a.m.".
const FINAL_ABBREVIATION = /(?:^|[\s("'[])((?:\p{L}\.){1,4}\p{L}?|\p{L}+)\.$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;
const STARTS_LOWER_OR_DIGIT = /^["'\s]*[\p{Ll}\p{Nd}]/u;
const STARTS_DIGIT = /^\s*\p{Nd}/u;
const STARTS_CONTINUATION = /^["'\s]*[,;:)\]]|^["'\s]*\p{Ll}/u;
/** Characters either side of a boundary that the abbreviation and continuation checks read. */
const ABBREVIATION_WINDOW = 64;
const LEADING_CLOSERS = /^("|')+(?=\s|$|[,.;:!?)])/u;

/** Whether the boundary after `previous` is a false break after an abbreviation. */
function endsWithHeldAbbreviation(previous: string, next: string): boolean {
  const match = FINAL_ABBREVIATION.exec(previous.trimEnd());
  const word = match?.[1];
  if (!word) return false;
  const key = word.toLowerCase().replace(/\.$/u, '');
  const behaviour = ABBREVIATIONS.get(key);
  if (key === 'no' || key === 'nos') return STARTS_DIGIT.test(next);
  if (behaviour === 'always') return true;
  if (behaviour === 'unlessCapitalised') return STARTS_LOWER_OR_DIGIT.test(next);
  // "John F. Kennedy": a lone capital is an initial.
  return SINGLE_INITIAL.test(word) && /^\s*\p{Lu}/u.test(next);
}

function countDoubleQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) count++;
  return count;
}

/**
 * Sentence spans inside one paragraph of normalised text: the default boundaries of
 * UAX #29, corrected for news text. Each correction is one step over the list of boundaries.
 */
export function segmentSentences(text: string, paragraph: Span): Span[] {
  const pieces = segmentBoundaries(text.slice(paragraph.start, paragraph.end), paragraph.start);
  const merged = mergeFalseBreaks(text, attachClosingQuotes(text, pieces));
  return merged.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

/**
 * A quote mark that opens the next piece but closes the quote left open in this one
 * (`… it. ” He said`) belongs to this sentence. Parity of double quote marks since the
 * paragraph start tells whether a quote is open.
 */
function attachClosingQuotes(text: string, pieces: Span[]): Span[] {
  let openQuotes = 0;
  for (let k = 0; k < pieces.length - 1; k++) {
    const current = pieces[k]!;
    const next = pieces[k + 1]!;
    openQuotes += countDoubleQuotes(text.slice(current.start, current.end));
    const closers = LEADING_CLOSERS.exec(text.slice(next.start, Math.min(next.end, next.start + 8)));
    if (closers && openQuotes % 2 === 1) {
      const moved = closers[0].length;
      pieces[k] = { start: current.start, end: next.start + moved };
      pieces[k + 1] = { start: next.start + moved, end: next.end };
      openQuotes += countDoubleQuotes(closers[0]);
    }
  }
  return pieces;
}

/** Joins pieces split after an abbreviation, or before a continuation (", explained …", "and …"). */
function mergeFalseBreaks(text: string, pieces: Span[]): Span[] {
  const result: Span[] = [];
  for (const piece of pieces) {
    const previous = result[result.length - 1];
    if (previous) {
      // Only the tail of the previous piece matters, and re-reading all of it would make a
      // long run of merged pieces quadratic.
      const previousTail = text.slice(Math.max(previous.start, previous.end - ABBREVIATION_WINDOW), previous.end);
      const nextText = text.slice(piece.start, Math.min(piece.end, piece.start + ABBREVIATION_WINDOW));
      if (endsWithHeldAbbreviation(previousTail, nextText) || STARTS_CONTINUATION.test(nextText)) {
        result[result.length - 1] = { start: previous.start, end: piece.end };
        continue;
      }
    }
    result.push(piece);
  }
  return result;
}

function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { start, end };
}
