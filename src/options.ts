/**
 * Every option corroborate accepts, its default, and its validation, in one table.
 *
 * Precedence, written once here: options passed to a call override the options given to
 * `createChecker`, which override {@link DEFAULT_OPTIONS}. `undefined` means "not set" at
 * every layer, so a caller can pass `{ sourceLanguage: undefined }` without unsetting a
 * checker-level value.
 */
import { validateRuleSwitches } from './artefacts/registry.js';
import { CorroborateTypeError, invalidType, outOfRange } from './errors.js';

/** Languages whose false-friend and function-word lexicons ship with corroborate. */
export const SOURCE_LANGUAGES = ['it', 'fr', 'es', 'de', 'pt'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const SEVERITY_LEVEL: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

/** Whether `severity` is `minimum` or more severe (an unknown severity counts as `info`). */
export function atLeast(severity: string, minimum: Severity): boolean {
  return (SEVERITY_LEVEL[severity as Severity] ?? 0) >= SEVERITY_LEVEL[minimum];
}

export interface CorroborateOptions {
  /**
   * Longest accepted text, in UTF-16 code units. Longer input throws a `RangeError`
   * (code `input_too_long`) rather than running for minutes.
   * @default 5_000_000
   */
  maxLength?: number;
  /**
   * Most quotes kept per document. Quotes past the limit are dropped and the report is
   * flagged `truncated: true`.
   * @default 10_000
   */
  maxQuotes?: number;
  /**
   * The language the texts were machine-translated from. Switches on that language's
   * false-friend, calque and untranslated-word lexicons at `warning` severity; with
   * `'auto'` corroborate guesses from untranslated words. When absent, lexicon hits
   * are reported at `info` severity only.
   * @default undefined
   */
  sourceLanguage?: SourceLanguage | 'auto';
  /**
   * The text the input was machine-translated from, when the caller has it. Rules that
   * compare a translation with its source read it: `pronoun-gender/person-shift` flags an
   * "I", "we" or "you" that a Chinese source does not have. When the source and the
   * translation have as many non-blank lines, line *i* is the source of line *i*;
   * otherwise the whole source stands for every line. Used by `detectArtefacts` only:
   * `compare()` runs on two reports, which have no single source, and ignores it.
   * @default undefined
   */
  sourceText?: string;
  /**
   * Wall-clock budget for one call, in milliseconds. When it runs out, corroborate
   * stops the remaining stages and returns a partial report flagged `truncated: true`.
   * @default undefined (no budget)
   */
  timeBudgetMs?: number;
  /**
   * Turn artefact rules on or off by rule id (see the README's Rules section), e.g.
   * `{ repetition: false }`. A key may be a rule id (`typography/mojibake`), the group
   * before its slash (`typography`) or a family (`false-friend`); the most specific wins.
   * Unknown keys throw an `unknown_option` error naming `options.rules.<key>`.
   * @default {} (every rule on)
   */
  rules?: Readonly<Record<string, boolean>>;
  /**
   * Run the artefact detectors inside `compare()`.
   * @default true
   */
  artefacts?: boolean;
  /**
   * Artefacts below this confidence are dropped.
   * @default 0.5
   */
  minConfidence?: number;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  maxLength: number;
  maxQuotes: number;
  sourceLanguage: SourceLanguage | 'auto' | undefined;
  sourceText: string | undefined;
  timeBudgetMs: number | undefined;
  rules: Readonly<Record<string, boolean>>;
  artefacts: boolean;
  minConfidence: number;
}

export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  maxLength: 5_000_000,
  maxQuotes: 10_000,
  sourceLanguage: undefined,
  sourceText: undefined,
  timeBudgetMs: undefined,
  rules: Object.freeze({}),
  artefacts: true,
  minConfidence: 0.5,
});

type Validator = (value: unknown, argument: string) => void;

function integerIn(min: number, max: number): Validator {
  return (value, argument) => {
    if (typeof value !== 'number') throw invalidType(argument, 'a number', value);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw outOfRange(argument, `an integer from ${min} to ${max}`, value);
    }
  };
}

function numberIn(min: number, max: number): Validator {
  return (value, argument) => {
    if (typeof value !== 'number') throw invalidType(argument, 'a number', value);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw outOfRange(argument, `a number from ${min} to ${max}`, value);
    }
  };
}

function oneOf(values: readonly string[]): Validator {
  return (value, argument) => {
    if (typeof value !== 'string') throw invalidType(argument, `one of ${values.join(', ')}`, value);
    if (!values.includes(value)) throw outOfRange(argument, `one of ${values.join(', ')}`, value);
  };
}

const text: Validator = (value, argument) => {
  if (typeof value !== 'string') throw invalidType(argument, 'a string', value);
};

const boolean: Validator = (value, argument) => {
  if (typeof value !== 'boolean') throw invalidType(argument, 'a boolean', value);
};

const booleanRecord: Validator = (value, argument) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidType(argument, 'an object of rule ids to booleans', value);
  }
  for (const [key, flag] of Object.entries(value)) {
    if (typeof flag !== 'boolean') throw invalidType(`${argument}.${key}`, 'a boolean', flag);
  }
};

/** A record of booleans whose keys are known rule ids, groups or families (see the README's Rules). */
const ruleSwitches: Validator = (value, argument) => {
  booleanRecord(value, argument);
  validateRuleSwitches(value as Record<string, boolean>, argument);
};

const VALIDATORS: Record<keyof ResolvedOptions, Validator> = {
  maxLength: integerIn(0, 1_000_000_000),
  maxQuotes: integerIn(1, 10_000_000),
  sourceLanguage: oneOf([...SOURCE_LANGUAGES, 'auto']),
  sourceText: text,
  timeBudgetMs: numberIn(0, Number.MAX_SAFE_INTEGER),
  rules: ruleSwitches,
  artefacts: boolean,
  minConfidence: numberIn(0, 1),
};

const OPTION_NAMES = Object.keys(VALIDATORS) as (keyof ResolvedOptions)[];

/**
 * Checks one layer of options and throws a typed error naming the bad option.
 * `argument` is how the caller named the parameter (e.g. `options`).
 */
export function validateOptions(raw: unknown, argument = 'options'): CorroborateOptions {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalidType(argument, 'an options object or undefined', raw);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!(OPTION_NAMES as string[]).includes(key)) {
      throw new CorroborateTypeError({
        code: 'unknown_option',
        argument: `${argument}.${key}`,
        expected: `one of ${OPTION_NAMES.join(', ')}`,
        received: key,
      });
    }
    if (value !== undefined) VALIDATORS[key as keyof ResolvedOptions](value, `${argument}.${key}`);
  }
  return raw as CorroborateOptions;
}

/** Applies the precedence: later layers override earlier ones, then defaults fill the rest. */
export function resolveOptions(...layers: (CorroborateOptions | undefined)[]): ResolvedOptions {
  const resolved: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const name of OPTION_NAMES) {
      const value = layer[name];
      if (value !== undefined) resolved[name] = value;
    }
  }
  return resolved as unknown as ResolvedOptions;
}
