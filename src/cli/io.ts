/** Everything the CLI touches outside itself, injected so that `run` can be tested in-process. */
export interface CliIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: decides the default format and colours. */
  readonly isTTY: boolean;
  /** Width of the terminal, when stdout is one. */
  readonly columns?: number;
  /** Directory that relative paths are resolved against. @default process.cwd() */
  readonly cwd?: string;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    cwd: process.cwd(),
  };
}
