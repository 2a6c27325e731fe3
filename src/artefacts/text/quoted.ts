import type { Document } from '../../text/types.js';
import { DOUBLE_QUOTE_MARKS } from '../data/quote-marks.js';

/**
 * Double marks, and the doubled apostrophe some newswires type for them (''So be it'').
 * Direction does not matter here: quotation marks alternate within a paragraph.
 */
const MARK_PATTERN = new RegExp(`[${[...DOUBLE_QUOTE_MARKS.keys()].join('')}]|''`, 'gu');

/**
 * A predicate telling whether an offset lies inside a quotation: after an odd number of
 * double quotation marks in its paragraph. Rules that judge the writer's English use it to
 * leave speech alone, which a transcript keeps as spoken ("we, we will not").
 */
export function quotedOffsets(document: Document): (offset: number) => boolean {
  const marks: number[] = [];
  for (const match of document.text.matchAll(MARK_PATTERN)) marks.push(match.index ?? 0);
  if (marks.length === 0) return () => false;
  const paragraphStarts = document.paragraphs.map((paragraph) => paragraph.start);
  return (offset) => {
    const paragraphStart = lastAtOrBefore(paragraphStarts, offset);
    let count = 0;
    for (const mark of marks) {
      if (mark >= offset) break;
      if (mark >= paragraphStart) count++;
    }
    return count % 2 === 1;
  };
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
