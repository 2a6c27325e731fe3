/** Runs one measurement in a fresh Node process and reads the JSON line it prints last. */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export type ChildOutcome =
  | { readonly status: 'ok'; readonly data: Record<string, unknown>; readonly wallMs: number }
  | { readonly status: 'timeout'; readonly limitMs: number; readonly wallMs: number }
  | { readonly status: 'crashed'; readonly detail: string; readonly wallMs: number };

/**
 * Spawns plain `node script ...args` (never through tsx: its loader would add start-up time
 * and memory to what is measured). NODE_OPTIONS is dropped for the same reason.
 */
export function runChild(script: string, args: readonly string[], limitMs: number, cwd: string): Promise<ChildOutcome> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (timedOut) return resolvePromise({ status: 'timeout', limitMs, wallMs });
      const data = lastJsonLine(Buffer.concat(stdout).toString('utf8'));
      if (code === 0 && data) return resolvePromise({ status: 'ok', data, wallMs });
      const errorText = Buffer.concat(stderr).toString('utf8').trim();
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      resolvePromise({ status: 'crashed', detail: `${reason}${errorText ? `: ${lastLine(errorText)}` : ''}`, wallMs });
    });
  });
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (lines.at(-1) ?? '').slice(0, 200);
}

function lastJsonLine(text: string): Record<string, unknown> | undefined {
  const lines = text.split('\n').filter((line) => line.startsWith('{'));
  const line = lines.at(-1);
  if (line === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
