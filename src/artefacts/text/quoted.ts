import type { Document } from '../../text/types.js';
import { DOUBLE_QUOTE_MARKS } from '../data/quote-marks.js';

/**
 * Offsets of the double marks, and of the doubled apostrophe some newswires type for them
 * (''So be it''). Direction does not matter here: quotation marks alternate within a
 * paragraph.
 */
function markOffsets(text: string): number[] {
  const marks: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (DOUBLE_QUOTE_MARKS.has(char)) marks.push(index);
    else if (char === "'" && text.charAt(index + 1) === "'") marks.push(index++);
  }
  return marks;
}

/**
 * A predicate telling whether an offset lies inside a quotation: after an odd number of
 * double quotation marks in its paragraph. Rules that judge the writer's English use it to
 * leave speech alone, which a transcript keeps as spoken ("we, we will not").
 */
export function quotedOffsets(document: Document): (offset: number) => boolean {
  const marks = markOffsets(document.text);
  if (marks.length === 0) return () => false;
  const paragraphStarts = document.paragraphs.map((paragraph) => paragraph.start);
  // Marks before the offset, minus marks before its paragraph: two binary searches.
  return (offset) => (countBefore(marks, offset) - countBefore(marks, lastAtOrBefore(paragraphStarts, offset))) % 2 === 1;
}

/** How many values of an ascending list are below `offset`. */
function countBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The greatest value at or before `offset` in an ascending list, or 0. */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = values[middle]!;
    if (value <= offset) {
      found = value;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
