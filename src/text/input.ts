import { CorroborateRangeError, CorroborateTypeError, describeValue, invalidType } from '../errors.js';
import type { SourceInput } from './types.js';

/** A validated source: what every stage reads. */
export interface SourceRecord {
  id: string;
  text: string;
  title: string | undefined;
  language: string | undefined;
}

/**
 * Validates one {@link SourceInput}. `argument` names the parameter in error messages
 * (`a`, `b`, `sources[3]`). Empty and whitespace-only text is valid input.
 */
export function toSourceRecord(input: unknown, argument: string, defaultId: string, maxLength: number): SourceRecord {
  let record: SourceRecord;
  if (typeof input === 'string') {
    record = { id: defaultId, text: input, title: undefined, language: undefined };
  } else if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const candidate = input as Record<string, unknown>;
    if (typeof candidate.text !== 'string') throw invalidType(`${argument}.text`, 'a string', candidate.text);
    for (const key of ['id', 'title', 'language'] as const) {
      const value = candidate[key];
      if (value !== undefined && typeof value !== 'string') throw invalidType(`${argument}.${key}`, 'a string or undefined', value);
    }
    if (candidate.id === '') throw invalidType(`${argument}.id`, 'a non-empty string', candidate.id);
    record = {
      id: (candidate.id as string | undefined) ?? defaultId,
      text: candidate.text,
      title: candidate.title as string | undefined,
      language: candidate.language as string | undefined,
    };
  } else {
    throw invalidType(argument, 'a string or an object { text: string, id?, title?, language? }', input);
  }
  if (record.text.length > maxLength) {
    throw new CorroborateRangeError({
      code: 'input_too_long',
      argument: typeof input === 'string' ? argument : `${argument}.text`,
      expected: `maxLength (${maxLength} UTF-16 code units)`,
      received: `${record.text.length} code units`,
    });
  }
  return record;
}

/** Throws when two sources share an id. */
export function assertUniqueIds(records: readonly SourceRecord[], argumentNames: readonly string[]): void {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first !== undefined) {
      throw new CorroborateTypeError({
        code: 'duplicate_source_id',
        argument: `${argumentNames[index] ?? `sources[${index}]`}.id`,
        expected: `an id different from ${argumentNames[first] ?? `sources[${first}]`}.id`,
        received: describeValue(record.id),
      });
    }
    seen.set(record.id, index);
  });
}
