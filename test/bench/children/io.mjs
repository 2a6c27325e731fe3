// Helpers shared by the child processes. Plain JavaScript: children run under bare `node`
// so that nothing but the measured code adds to their start-up time and memory.
import { readFileSync } from 'node:fs';

/**
 * Texts handed over by the harness. `.utf16le` files keep lone surrogates, which a UTF-8
 * round trip would replace with U+FFFD.
 * @param {string} path
 * @returns {string}
 */
export function readText(path) {
  const bytes = readFileSync(path);
  return path.endsWith('.utf16le') ? bytes.toString('utf16le') : bytes.toString('utf8');
}

/**
 * The one line of JSON the harness reads back.
 * @param {Record<string, unknown>} result
 */
export function emit(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Peak resident set size of this process so far, in kilobytes. */
export function peakRssKb() {
  return process.resourceUsage().maxRSS;
}

/**
 * @param {unknown} value
 * @returns {value is PromiseLike<unknown>}
 */
export function isThenable(value) {
  return typeof value === 'object' && value !== null && typeof (/** @type {{ then?: unknown }} */ (value).then) === 'function';
}

/**
 * Times `work` `runs` times, stopping early once `budgetMs` is spent (at least one run).
 * Promises are awaited inside the timed region; plain values are not, so a synchronous API
 * is not charged for a microtask turn.
 * @param {() => unknown} work
 * @param {number} runs
 * @param {number} budgetMs
 * @returns {Promise<{ times: number[], last: unknown }>}
 */
export async function timeRuns(work, runs, budgetMs) {
  const times = [];
  let spent = 0;
  let last;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    last = work();
    if (isThenable(last)) last = await last;
    const elapsed = performance.now() - started;
    times.push(elapsed);
    spent += elapsed;
    if (spent > budgetMs) break;
  }
  return { times, last };
}

/**
 * @param {unknown} error
 * @returns {{ name: string, message: string }}
 */
export function describeError(error) {
  if (error instanceof Error) return { name: error.name, message: error.message.slice(0, 300) };
  return { name: typeof error, message: String(error).slice(0, 300) };
}
