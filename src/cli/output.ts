import { extname } from 'node:path';
import type { Format } from './args.js';
import type { CliIo } from './io.js';

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * The format to write when `--format` is absent: the `--out` file's extension, else text
 * for a person at a terminal and JSON for a pipe or a program (what `jq` expects).
 */
export function defaultFormat(io: CliIo, out: string | undefined, preferText: boolean): Format {
  if (out !== undefined) return EXTENSIONS[extname(out).toLowerCase()] ?? 'json';
  return preferText || io.isTTY ? 'text' : 'json';
}

/**
 * Colours for text on stdout: never with `NO_COLOR` set (any value, per no-color.org's
 * spirit), forced by `FORCE_COLOR` (unless it is `0` or `false`), else only on a terminal
 * that is not `TERM=dumb`. Files never get colours.
 */
export function useColor(io: CliIo, toFile: boolean): boolean {
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** Line width for the text report: the terminal's, within reason, else 100. */
export function textWidth(io: CliIo, toFile: boolean): number {
  if (toFile || !io.isTTY || !io.columns) return 100;
  return Math.max(60, Math.min(io.columns, 140));
}
