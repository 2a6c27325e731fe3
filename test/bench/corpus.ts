/**
 * Benchmark texts built from WMT21 de-en: two independent English translations of the same
 * German news, aligned line by line. Rendering A plays report "a", rendering B report "b",
 * so the pair is what corroborate meets in practice: parallel translations of one source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { splitSentences } from './children/sentences.mjs';
import { createRandom, shuffle } from './random.js';

/** Thrown when the development data is not where the harness looks; run.ts exits 2 on it. */
export class MissingDataError extends Error {
  override readonly name = 'MissingDataError';
}

/** `CORROBORATE_DATA` (absolute, or relative to the project root) or `../shared/data`. */
export function resolveDataDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CORROBORATE_DATA;
  if (override !== undefined && override !== '') return isAbsolute(override) ? override : resolve(projectRoot, override);
  return resolve(projectRoot, '../shared/data');
}

/** Line i of `a` and line i of `b` translate the same source line. */
export interface ParallelLines {
  readonly a: readonly string[];
  readonly b: readonly string[];
}

export function loadWmtLines(dataDir: string): ParallelLines {
  const folder = join(dataDir, 'wmt21-de-en');
  const files = [join(folder, 'ref.A.en'), join(folder, 'ref.B.en')] as const;
  for (const file of files) {
    if (!existsSync(file)) {
      throw new MissingDataError(
        `benchmark data not found: ${file}\n` +
          `Put the development data beside the project (../shared/data) or set CORROBORATE_DATA to its folder.`,
      );
    }
  }
  const read = (file: string): string[] => readFileSync(file, 'utf8').replace(/\r\n?/gu, '\n').split('\n');
  const a = read(files[0]);
  const b = read(files[1]);
  if (a.length !== b.length) throw new MissingDataError(`WMT references differ in length: ${a.length} lines in A, ${b.length} in B`);
  return { a, b };
}

interface UsableLine {
  readonly index: number;
  readonly sentences: number;
}

/**
 * Lines whose two renderings split into the same number of sentences, so both reports
 * built from them reach a requested sentence count exactly and stay parallel.
 */
function usableLines(lines: ParallelLines): UsableLine[] {
  const usable: UsableLine[] = [];
  for (let index = 0; index < lines.a.length; index++) {
    const a = lines.a[index] ?? '';
    const b = lines.b[index] ?? '';
    if (a.trim() === '' || b.trim() === '') continue;
    const sentences = splitSentences(a).length;
    if (sentences > 0 && sentences === splitSentences(b).length) usable.push({ index, sentences });
  }
  return usable;
}

export interface ScalePair {
  readonly a: string;
  readonly b: string;
  /** Sentences in each report, counted by the peer's splitter (`splitSentences`). */
  readonly sentences: number;
  readonly paragraphs: number;
}

/**
 * Two reports of exactly `sentences` sentences each: lines repeated in successive seeded
 * shuffles, one line per paragraph, the same line order on both sides. A line that would
 * overshoot the count is passed over for a shorter one.
 */
export function buildScalePair(lines: ParallelLines, sentences: number, seed = 1): ScalePair {
  if (!Number.isInteger(sentences) || sentences < 1) throw new RangeError(`sentences must be a positive integer, got ${sentences}`);
  const usable = usableLines(lines);
  if (!usable.some((line) => line.sentences === 1)) {
    throw new MissingDataError('the corpus has no one-sentence line pair, so exact sentence counts cannot be built');
  }
  const random = createRandom(seed);
  const order: number[] = [];
  let count = 0;
  while (count < sentences) {
    for (const line of shuffle(usable, random)) {
      if (count + line.sentences > sentences) continue;
      order.push(line.index);
      count += line.sentences;
      if (count === sentences) break;
    }
  }
  return {
    a: order.map((index) => lines.a[index]).join('\n'),
    b: order.map((index) => lines.b[index]).join('\n'),
    sentences: count,
    paragraphs: order.length,
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/**
 * `count` reports of about `words` words on one "event": each takes a window of consecutive
 * lines from a shared pool (windows overlap, as reports of one event share facts), uses
 * rendering A or B in turn, and shuffles its paragraph order.
 */
export function buildEventReports(lines: ParallelLines, count = 20, words = 800, seed = 1): string[] {
  const usable = usableLines(lines).map((line) => line.index);
  // The pool is about two reports long, so consecutive windows share most of their lines.
  const pool: number[] = [];
  let poolWords = 0;
  for (const index of usable) {
    if (poolWords >= words * 2) break;
    pool.push(index);
    poolWords += countWords(lines.a[index] ?? '');
  }
  if (pool.length === 0) throw new MissingDataError('the corpus has no usable lines');
  const random = createRandom(seed);
  const reports: string[] = [];
  for (let report = 0; report < count; report++) {
    const rendering = report % 2 === 0 ? lines.a : lines.b;
    const window: string[] = [];
    let total = 0;
    let position = Math.floor((report * pool.length) / count);
    for (let taken = 0; total < words && taken < pool.length; taken++) {
      const line = rendering[pool[position % pool.length] as number] ?? '';
      window.push(line);
      total += countWords(line);
      position++;
    }
    reports.push(shuffle(window, random).join('\n'));
  }
  return reports;
}
