// Child process that measures the BUILT package (dist/index.js) under bare `node`.
// Usage: node corroborate.mjs <command> ...args; prints one line of JSON.
//   cold <a> <b>                         import + compare the seeds, timed from process start
//   warm <a> <b> <runs> <warmups>        createChecker() once, then checker.compare(a, b)
//   scale <a> <b> <runs> <budgetMs> <seedA> <seedB> [<warmups>]
//   many <reports.json> <runs> <budgetMs> <seedA> <seedB>
//   adversarial <function> <seedA> <seedB> <x> [y]
import { pathToFileURL } from 'node:url';
import { describeError, emit, isThenable, peakRssKb, readText, timeRuns } from './io.mjs';

// CORROBORATE_BENCH_DIST measures another build (an older release, say) with the same harness.
const override = process.env.CORROBORATE_BENCH_DIST;
const DIST = override ? pathToFileURL(override) : new URL('../../../dist/index.js', import.meta.url);

/** @returns {Promise<Record<string, any>>} */
function load() {
  return import(DIST.href);
}

/**
 * @param {unknown} value
 */
async function settle(value) {
  return isThenable(value) ? await value : value;
}

/**
 * The compare the benchmark measures: a reused checker when the package has one, so that
 * per-checker set-up is not charged to every call.
 * @param {Record<string, any>} lib
 * @returns {Promise<{ via: string, compare: (a: unknown, b: unknown) => unknown } | undefined>}
 */
async function comparer(lib) {
  if (typeof lib.createChecker === 'function') {
    // createChecker resolves once resources are loaded; checker.compare is then synchronous.
    const checker = await lib.createChecker();
    if (checker && typeof checker.compare === 'function') {
      return { via: 'createChecker().compare', compare: (a, b) => checker.compare(a, b) };
    }
  }
  if (typeof lib.compare === 'function') return { via: 'compare', compare: (a, b) => lib.compare(a, b) };
  return undefined;
}

/**
 * Counts reported spans and those whose `text` is not `source.slice(start, end)`. A span is
 * any object with numeric start/end and a string text; its source is the nearest `sourceId`.
 * @param {unknown} result
 * @param {Record<string, string>} texts
 */
function checkSpans(result, texts) {
  const ids = Object.keys(texts);
  const only = ids.length === 1 ? texts[/** @type {string} */ (ids[0])] : undefined;
  let spans = 0;
  let mismatches = 0;
  const seen = new Set();
  /** @type {Array<[unknown, string | undefined]>} */
  const stack = [[result, undefined]];
  while (stack.length > 0) {
    const [node, inherited] = /** @type {[unknown, string | undefined]} */ (stack.pop());
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const record = /** @type {Record<string, unknown>} */ (node);
    const sourceId = typeof record.sourceId === 'string' ? record.sourceId : inherited;
    if (!Array.isArray(node) && typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
      const text = only ?? (sourceId === undefined ? undefined : texts[sourceId]);
      if (text !== undefined) {
        spans++;
        if (text.slice(record.start, record.end) !== record.text) mismatches++;
      }
    }
    for (const child of Object.values(record)) stack.push([child, sourceId]);
  }
  return { spans, mismatches };
}

/**
 * @param {unknown} report
 */
function describeReport(report) {
  if (typeof report !== 'object' || report === null) return {};
  const r = /** @type {Record<string, any>} */ (report);
  return {
    sentences: Array.isArray(r.sources) ? r.sources.map((/** @type {any} */ s) => s?.sentences) : undefined,
    sentenceMatches: Array.isArray(r.sentenceMatches) ? r.sentenceMatches.length : undefined,
    truncated: r.truncated === true,
  };
}

const [command, ...args] = process.argv.slice(2);

switch (command) {
  case 'cold': {
    const [fileA, fileB] = /** @type {string[]} */ (args);
    const lib = await load();
    const importMs = performance.now();
    let compared = false;
    if (typeof lib.compare === 'function') {
      await settle(lib.compare({ id: 'a', text: readText(fileA) }, { id: 'b', text: readText(fileB) }));
      compared = true;
    }
    emit({ ok: true, importMs, totalMs: performance.now(), compared });
    break;
  }
  case 'warm': {
    const [fileA, fileB, runs, warmups] = /** @type {string[]} */ (args);
    const target = await comparer(await load());
    if (!target) {
      emit({ ok: false, missing: 'compare' });
      break;
    }
    const a = { id: 'a', text: readText(fileA) };
    const b = { id: 'b', text: readText(fileB) };
    for (let i = 0; i < Number(warmups); i++) await settle(target.compare(a, b));
    const { times } = await timeRuns(() => target.compare(a, b), Number(runs), Infinity);
    emit({ ok: true, via: target.via, times });
    break;
  }
  case 'scale': {
    const [fileA, fileB, runs, budgetMs, seedA, seedB, warmups = '0'] = /** @type {string[]} */ (args);
    const target = await comparer(await load());
    if (!target) {
      emit({ ok: false, missing: 'compare' });
      break;
    }
    // One call on the seeds first: lexicons load lazily, and loading them once per process
    // is cold-start cost, measured separately.
    await settle(target.compare({ id: 'a', text: readText(seedA) }, { id: 'b', text: readText(seedB) }));
    const a = { id: 'a', text: readText(fileA) };
    const b = { id: 'b', text: readText(fileB) };
    // Untimed calls at this size: the first one also pays for V8 optimising the code for
    // inputs this large, which the steady state of a long-running pipeline does not.
    const first = await timeRuns(() => target.compare(a, b), Number(warmups), Infinity);
    const { times, last } = await timeRuns(() => target.compare(a, b), Number(runs), Number(budgetMs));
    emit({ ok: true, via: target.via, times, warmupTimes: first.times, maxRssKb: peakRssKb(), report: describeReport(last) });
    break;
  }
  case 'many': {
    const [file, runs, budgetMs, seedA, seedB] = /** @type {string[]} */ (args);
    const lib = await load();
    if (typeof lib.compareMany !== 'function') {
      emit({ ok: false, missing: 'compareMany' });
      break;
    }
    await settle(lib.compareMany([{ id: 'a', text: readText(seedA) }, { id: 'b', text: readText(seedB) }]));
    /** @type {string[]} */
    const texts = JSON.parse(readText(file));
    const inputs = texts.map((text, index) => ({ id: `r${String(index + 1).padStart(2, '0')}`, text }));
    const { times } = await timeRuns(() => lib.compareMany(inputs), Number(runs), Number(budgetMs));
    emit({ ok: true, times, reports: inputs.length, maxRssKb: peakRssKb() });
    break;
  }
  case 'adversarial': {
    const [name, seedA, seedB, fileX, fileY] = /** @type {string[]} */ (args);
    const lib = await load();
    const fn = lib[name];
    if (typeof fn !== 'function') {
      emit({ ok: false, missing: name });
      break;
    }
    const call =
      name === 'compare'
        ? (/** @type {string} */ x, /** @type {string} */ y) => fn({ id: 'a', text: x }, { id: 'b', text: y })
        : (/** @type {string} */ x) => fn({ id: 'a', text: x });
    // Warm up on the seeds so the time below is the input's, not lazy loading's.
    try {
      await settle(call(readText(seedA), readText(seedB)));
    } catch {
      // A failure on the seeds is not what this run measures.
    }
    const x = readText(fileX);
    const y = fileY === undefined ? x : readText(fileY);
    const started = performance.now();
    try {
      const result = await settle(call(x, y));
      const ms = performance.now() - started;
      const spans = checkSpans(result, name === 'compare' ? { a: x, b: y } : { a: x });
      emit({ ok: true, ms, ...spans, maxRssKb: peakRssKb() });
    } catch (error) {
      emit({ ok: false, threw: describeError(error), ms: performance.now() - started });
    }
    break;
  }
  default:
    process.stderr.write(`unknown command ${command}\n`);
    process.exitCode = 2;
}
