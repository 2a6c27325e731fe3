/** WMT21 de-en: two independent English references, aligned line by line. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ParallelBlock {
  /** Index of the block's first line in the whole file. */
  readonly firstLine: number;
  /** The block's lines joined with `\n` (one line per paragraph). */
  readonly a: string;
  readonly b: string;
  readonly lineCount: number;
}

export function splitLines(content: string): string[] {
  const lines = content.split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Cuts two aligned line lists into consecutive blocks of `size` lines. */
export function toBlocks(linesA: readonly string[], linesB: readonly string[], size: number): ParallelBlock[] {
  if (linesA.length !== linesB.length) {
    throw new Error(`WMT references differ in length: ${linesA.length} lines in A, ${linesB.length} in B`);
  }
  const blocks: ParallelBlock[] = [];
  for (let first = 0; first < linesA.length; first += size) {
    const a = linesA.slice(first, first + size);
    blocks.push({ firstLine: first, a: a.join('\n'), b: linesB.slice(first, first + size).join('\n'), lineCount: a.length });
  }
  return blocks;
}

export const WMT_BLOCK_LINES = 20;

export async function loadWmtBlocks(dataDir: string): Promise<ParallelBlock[]> {
  const folder = join(dataDir, 'wmt21-de-en');
  const [a, b] = await Promise.all([readFile(join(folder, 'ref.A.en'), 'utf8'), readFile(join(folder, 'ref.B.en'), 'utf8')]);
  return toBlocks(splitLines(a), splitLines(b), WMT_BLOCK_LINES);
}
