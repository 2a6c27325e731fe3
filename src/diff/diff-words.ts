import { invalidType, CorroborateTypeError } from '../errors.js';
import type { DiffOp } from '../report/types.js';
import { ExactWordDiff, StemDiff, WordDiff } from './variants.js';
import type { DiffEngine } from './engine.js';
import type { DiffInput } from './types.js';

export interface DiffWordsOptions {
  /**
   * Treat words differing only in case as equal.
   * @default true
   */
  ignoreCase?: boolean;
  /**
   * Treat inflections of one word as equal ("difference" / "differences"), by Porter stem.
   * Implies `ignoreCase`.
   * @default false
   */
  stems?: boolean;
  /**
   * Fold a short equal run between two edits into the edits, for readability.
   * @default true
   */
  cleanup?: boolean;
}

const OPTION_NAMES = ['ignoreCase', 'stems', 'cleanup'] as const;

/**
 * Word diff of two texts or spans, for renderers. Each op carries the spans of both
 * sides, and the ops rebuild both texts exactly (whitespace included). Long inputs that
 * differ throughout (tens of thousands of words, few in common) get one `replace` between
 * their common start and end instead of a word-by-word diff, so that the call stays fast.
 *
 * @example
 * diffWords('profound differences', 'strong differences')
 * // [{ op: 'replace', a: {…'profound '}, b: {…'strong '} }, { op: 'equal', … 'differences' }]
 */
export function diffWords(a: DiffInput, b: DiffInput, options?: DiffWordsOptions): DiffOp[] {
  assertDiffInput(a, 'a');
  assertDiffInput(b, 'b');
  return engineFor(validateDiffOptions(options)).diff(a, b);
}

function engineFor(options: DiffWordsOptions): DiffEngine {
  const cleanup = options.cleanup ?? true;
  if (options.stems) return new StemDiff({ cleanup });
  if (options.ignoreCase === false) return new ExactWordDiff({ cleanup });
  return new WordDiff({ cleanup });
}

function assertDiffInput(value: unknown, argument: string): void {
  if (typeof value === 'string') return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidType(argument, 'a string or a span { text, start?, sourceId? }', value);
  }
  const span = value as Record<string, unknown>;
  if (typeof span.text !== 'string') throw invalidType(`${argument}.text`, 'a string', span.text);
  if (span.start !== undefined && (typeof span.start !== 'number' || !Number.isInteger(span.start) || span.start < 0)) {
    throw invalidType(`${argument}.start`, 'a non-negative integer or undefined', span.start);
  }
  if (span.sourceId !== undefined && typeof span.sourceId !== 'string') {
    throw invalidType(`${argument}.sourceId`, 'a string or undefined', span.sourceId);
  }
}

function validateDiffOptions(raw: unknown): DiffWordsOptions {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidType('options', 'an options object or undefined', raw);
  for (const [key, value] of Object.entries(raw)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      throw new CorroborateTypeError({ code: 'unknown_option', argument: `options.${key}`, expected: `one of ${OPTION_NAMES.join(', ')}`, received: key });
    }
    if (value !== undefined && typeof value !== 'boolean') throw invalidType(`options.${key}`, 'a boolean', value);
  }
  return raw as DiffWordsOptions;
}
