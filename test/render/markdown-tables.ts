// Reads GFM tables back out of rendered Markdown, splitting cells where GFM does.

/** Cells of a GFM table row, split at the pipes GFM splits at (unescaped ones). */
function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!;
    if (char === '\\') {
      current += char + (row[i + 1] ?? '');
      i++;
    } else if (char === '|') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.slice(1, -1).map((cell) => cell.trim());
}

export function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(cells(line));
    else if (current) {
      found.push(current);
      current = undefined;
    }
  }
  if (current) found.push(current);
  return found;
}
