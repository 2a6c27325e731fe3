/** Finds the stretches between matching double quote marks, as the gold rule for PolNeAR. */
import type { Range } from './spans.js';

export interface MarkedStretch extends Range {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
}

const OPENING = '\u201C'; // “
const CLOSING = '\u201D'; // ”
const STRAIGHT = '"';

/**
 * Pairs double quote marks left to right, allowing curly and straight marks to mix:
 * `“` always opens (an earlier unclosed mark is abandoned), `”` closes when a quote is
 * open, `"` closes when open and opens otherwise. A newline abandons an open quote,
 * because news paragraphs that continue a quotation leave it unclosed and reopen it in
 * the next paragraph; pairing across the break would swallow the journalist's words.
 * The stretch excludes the marks and any whitespace just inside them; empty stretches
 * are dropped.
 */
export function pairDoubleQuotes(text: string): MarkedStretch[] {
  const stretches: MarkedStretch[] = [];
  let openAt = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '\n') {
      openAt = -1;
    } else if (character === OPENING) {
      openAt = index;
    } else if (character === CLOSING || character === STRAIGHT) {
      if (openAt !== -1) {
        const stretch = trimmedStretch(text, openAt, index);
        if (stretch) stretches.push(stretch);
        openAt = -1;
      } else if (character === STRAIGHT) {
        openAt = index;
      }
    }
  }
  return stretches;
}

function trimmedStretch(text: string, open: number, close: number): MarkedStretch | undefined {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return start < end ? { start, end, open, close } : undefined;
}
