import type { Span } from './types.js';

const BLANK_LINE = /\n[ ]*\n/;
const NON_SPACE = /[^\s]/u;

/**
 * Paragraph spans in normalised text. When the text has blank lines, they separate
 * paragraphs and single line breaks are hard wraps inside one; otherwise every line is
 * a paragraph, as in feeds that put one paragraph per line.
 */
export function segmentParagraphs(text: string): Span[] {
  const separatorIsBlankLine = BLANK_LINE.test(text);
  const spans: Span[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text.charAt(s))) s++;
    while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
    if (e > s && NON_SPACE.test(text.slice(s, Math.min(e, s + 1)))) spans.push({ start: s, end: e });
  };
  let index = text.indexOf('\n');
  while (index >= 0) {
    if (!separatorIsBlankLine) {
      push(start, index);
      start = index + 1;
    } else {
      // A blank line: \n followed by optional spaces and another \n.
      let probe = index + 1;
      while (text.charCodeAt(probe) === 0x20) probe++;
      if (text.charCodeAt(probe) === 0x0a) {
        push(start, index);
        start = probe;
      }
    }
    index = text.indexOf('\n', index + 1);
  }
  push(start, text.length);
  return spans;
}
