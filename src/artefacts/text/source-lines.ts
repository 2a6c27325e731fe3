import type { Document } from '../../text/types.js';

/**
 * Maps an offset of the translation to the stretch of source text it was translated from:
 * line by line when both texts have as many non-blank lines (segment-aligned MT output,
 * one sentence or paragraph a line), else the whole source for every offset.
 */
export function sourceLines(document: Document, sourceText: string): (offset: number) => string {
  const targetLines = nonBlankLines(document.text);
  const sourceLineTexts = nonBlankLines(sourceText).map((line) => sourceText.slice(line.start, line.end));
  if (targetLines.length !== sourceLineTexts.length || targetLines.length < 2) return () => sourceText;
  const starts = targetLines.map((line) => line.start);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return sourceLineTexts[found] ?? sourceText;
  };
}

/** Lines holding something besides whitespace, with their offsets (any line ending). */
function nonBlankLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\r\n]+/gu)) {
    const start = match.index ?? 0;
    if (match[0].trim() !== '') lines.push({ start, end: start + match[0].length });
  }
  return lines;
}
