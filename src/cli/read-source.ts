import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DEFAULT_OPTIONS } from '../options.js';
import { printable } from './args.js';
import { CliError } from './exit-codes.js';
import type { CliIo } from './io.js';

/** A text to compare or check, as read: its id, a title (the file name) and its text. */
export interface InputSource {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

// UTF-8 needs at most 3 bytes per UTF-16 code unit, so a file larger than this cannot fit
// in maxLength; refusing it before reading keeps a mistaken path from filling memory.
const MAX_BYTES = DEFAULT_OPTIONS.maxLength * 3;

/**
 * Reads one input: a file, or stdin for `-`. The bytes must be UTF-8 text: a NUL byte or
 * an invalid sequence means a binary or mis-encoded file, which is refused rather than
 * compared as garbage. A byte-order mark is kept, so offsets match what
 * `fs.readFileSync(path, 'utf8')` gives the caller.
 */
export async function readSource(path: string, id: string, io: CliIo): Promise<InputSource> {
  const label = path === '-' ? 'stdin' : `'${printable(path)}'`;
  const bytes = path === '-' ? await readStdin(io) : await readFileBytes(resolve(io.cwd ?? process.cwd(), path), label);
  if (bytes.length > MAX_BYTES) throw new CliError(`${label} is too large (${bytes.length} bytes)`);
  if (bytes.includes(0)) throw new CliError(`${label} looks binary (it contains NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${label} is not valid UTF-8 text`);
  }
  return { id, title: path === '-' ? 'stdin' : basename(path), text };
}

async function readFileBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${label} is a directory, not a file`);
    if (info.size > MAX_BYTES) throw new CliError(`${label} is too large (${info.size} bytes)`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${label}: ${describeFsError(error)}`);
  }
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BYTES) throw new CliError(`stdin is too large (more than ${MAX_BYTES} bytes)`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return printable((error as Error).message ?? String(error));
  }
}
