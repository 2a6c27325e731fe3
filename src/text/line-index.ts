/**
 * 1-based line and column (in UTF-16 code units) of offsets in one text. Lines break at
 * LF, CR and CRLF. `Document.lineColumn` and the renderers share it, so the CLI and the
 * library agree on every position; the line starts are computed once per text, on first use.
 */
export function createLineIndex(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    const line = Math.max(0, low - 1);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) starts.push(i + 1);
    else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
