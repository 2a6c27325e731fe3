import type { CliIo } from '../../src/cli/io.js';

/** In-memory streams for `run()`: what the CLI wrote, and what stdin holds. */
export function memoryIo(options: { stdin?: string | Uint8Array; env?: Record<string, string>; isTTY?: boolean; columns?: number; cwd?: string } = {}): {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
} {
  let out = '';
  let err = '';
  const input = options.stdin;
  const io: CliIo = {
    stdin: (async function* () {
      if (input !== undefined) yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
    })(),
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  return { io, stdout: () => out, stderr: () => err };
}
