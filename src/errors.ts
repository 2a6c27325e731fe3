/**
 * Typed errors for bad arguments and options.
 *
 * Text is never an error: any string within `maxLength` produces a report. Errors are
 * reserved for callers who pass the wrong kind of thing, so each carries a stable `code`
 * a pipeline can branch on, and `argument`, the path of the offending parameter.
 */

/** Stable error codes. New codes may be added; existing ones are never renamed. */
export type CorroborateErrorCode =
  /** An argument or option has the wrong JavaScript type. */
  | 'invalid_type'
  /** An option name that corroborate does not know (usually a typo). */
  | 'unknown_option'
  /** A value of the right type outside the accepted set or range. */
  | 'out_of_range'
  /** A text longer than `maxLength`. */
  | 'input_too_long'
  /** Two sources passed to one call share an `id`. */
  | 'duplicate_source_id';

export interface CorroborateErrorDetails {
  code: CorroborateErrorCode;
  /** Path of the offending argument, e.g. `a.text` or `options.maxLength`. */
  argument: string;
  /** What was expected, in words, e.g. `a string` or `an integer from 1 to 5000000`. */
  expected: string;
  /** A short description of what was received. */
  received: string;
}

/** Builds the human-readable message; kept apart from the data so callers can localise it. */
export function formatErrorMessage(details: CorroborateErrorDetails): string {
  switch (details.code) {
    case 'unknown_option':
      return `corroborate: unknown option \`${details.argument}\` (expected ${details.expected})`;
    case 'input_too_long':
      return `corroborate: \`${details.argument}\` is ${details.received}, longer than ${details.expected}`;
    case 'duplicate_source_id':
      return `corroborate: \`${details.argument}\` repeats the source id ${details.received}; ids must be unique (${details.expected})`;
    default:
      return `corroborate: \`${details.argument}\` must be ${details.expected}, received ${details.received}`;
  }
}

/** Describes a value for an error message without dumping large strings or objects. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of length ${value.length}` : JSON.stringify(value);
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'boolean':
      return String(value);
    default:
      return 'an object';
  }
}

/** A wrong type, unknown option or duplicate id. */
export class CorroborateTypeError extends TypeError implements CorroborateErrorDetails {
  readonly code: CorroborateErrorCode;
  readonly argument: string;
  readonly expected: string;
  readonly received: string;
  constructor(details: CorroborateErrorDetails) {
    super(formatErrorMessage(details));
    this.name = 'CorroborateTypeError';
    this.code = details.code;
    this.argument = details.argument;
    this.expected = details.expected;
    this.received = details.received;
  }
}

/** A value outside its accepted range, including text longer than `maxLength`. */
export class CorroborateRangeError extends RangeError implements CorroborateErrorDetails {
  readonly code: CorroborateErrorCode;
  readonly argument: string;
  readonly expected: string;
  readonly received: string;
  constructor(details: CorroborateErrorDetails) {
    super(formatErrorMessage(details));
    this.name = 'CorroborateRangeError';
    this.code = details.code;
    this.argument = details.argument;
    this.expected = details.expected;
    this.received = details.received;
  }
}

/** Every error corroborate throws on purpose is one of these. */
export type CorroborateError = CorroborateTypeError | CorroborateRangeError;

export function isCorroborateError(error: unknown): error is CorroborateError {
  return error instanceof CorroborateTypeError || error instanceof CorroborateRangeError;
}

export function invalidType(argument: string, expected: string, value: unknown): CorroborateTypeError {
  return new CorroborateTypeError({ code: 'invalid_type', argument, expected, received: describeValue(value) });
}

export function outOfRange(argument: string, expected: string, value: unknown): CorroborateRangeError {
  return new CorroborateRangeError({ code: 'out_of_range', argument, expected, received: describeValue(value) });
}
