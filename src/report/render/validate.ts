import { CorroborateTypeError, invalidType, outOfRange } from '../../errors.js';
import type { Report } from '../types.js';
import type { RenderSource } from './types.js';

const REPORT_ARRAYS = ['sources', 'quotes', 'quoteMatches', 'sentenceMatches', 'divergences', 'artefacts'] as const;

/**
 * Checks that `value` is shaped like a report v1, deeply enough that rendering cannot
 * trip over a missing list. (The JSON Schema is the full check; renderers stay cheap.)
 */
export function assertReport(value: unknown, argument = 'report'): asserts value is Report {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidType(argument, 'a corroborate report (schemaVersion 1)', value);
  }
  const report = value as Record<string, unknown>;
  if (report.schemaVersion !== 1) {
    throw invalidType(`${argument}.schemaVersion`, 'the number 1 (report v1)', report.schemaVersion);
  }
  for (const key of REPORT_ARRAYS) {
    if (!Array.isArray(report[key])) throw invalidType(`${argument}.${key}`, 'an array', report[key]);
  }
}

/**
 * Rejects option names the renderer does not know, so that a typo (`colour`) fails loudly
 * instead of being ignored; checks the type of each known one.
 */
export function assertRenderOptions(
  value: unknown,
  known: Readonly<Record<string, (value: unknown, argument: string) => void>>,
  argument = 'options',
): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidType(argument, 'an options object or undefined', value);
  }
  const names = Object.keys(known);
  for (const [key, option] of Object.entries(value)) {
    if (!names.includes(key)) {
      throw new CorroborateTypeError({
        code: 'unknown_option',
        argument: `${argument}.${key}`,
        expected: `one of ${names.join(', ')}`,
        received: key,
      });
    }
    if (option !== undefined) known[key]!(option, `${argument}.${key}`);
  }
  return value as Record<string, unknown>;
}

export function assertBoolean(value: unknown, argument: string): void {
  if (typeof value !== 'boolean') throw invalidType(argument, 'a boolean', value);
}

export function assertString(value: unknown, argument: string): void {
  if (typeof value !== 'string') throw invalidType(argument, 'a string', value);
}

export function assertNonNegativeNumber(value: unknown, argument: string): void {
  if (typeof value !== 'number') throw invalidType(argument, 'a number ≥ 0 (Infinity allowed)', value);
  if (Number.isNaN(value) || value < 0) throw outOfRange(argument, 'a number ≥ 0 (Infinity allowed)', value);
}

/** Accepts `[{ id, text, title? }]` or `{ [id]: text }`; returns the sources by id. */
export function toSourceMap(value: unknown, argument: string): Map<string, RenderSource> {
  const sources = new Map<string, RenderSource>();
  if (Array.isArray(value)) {
    value.forEach((entry: unknown, index) => {
      const path = `${argument}[${index}]`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        throw invalidType(path, 'an object { id, text, title? }', entry);
      }
      const source = entry as Record<string, unknown>;
      if (typeof source.id !== 'string') throw invalidType(`${path}.id`, 'a string', source.id);
      if (typeof source.text !== 'string') throw invalidType(`${path}.text`, 'a string', source.text);
      if (source.title !== undefined && typeof source.title !== 'string') {
        throw invalidType(`${path}.title`, 'a string or undefined', source.title);
      }
      sources.set(source.id, { id: source.id, text: source.text, ...(source.title === undefined ? {} : { title: source.title }) });
    });
    return sources;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [id, text] of Object.entries(value)) {
      if (typeof text !== 'string') throw invalidType(`${argument}.${id}`, 'a string', text);
      sources.set(id, { id, text });
    }
    return sources;
  }
  throw invalidType(argument, 'an array of { id, text } or a record of source id to text', value);
}

export function assertSources(value: unknown, argument: string): void {
  toSourceMap(value, argument);
}
