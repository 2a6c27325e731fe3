import { parseArgs } from 'node:util';
import { SOURCE_LANGUAGES, SEVERITIES, type Severity, type SourceLanguage } from '../options.js';
import { CliError } from './exit-codes.js';

export const FORMATS = ['json', 'text', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const COMMANDS = ['compare', 'many', 'check', 'example'] as const;
export type CommandName = (typeof COMMANDS)[number];
export type FailOn = Severity | 'none';

/** A command line, checked: what to run, on what, and how to write the result. */
export interface Invocation {
  readonly command: CommandName | 'help' | 'version';
  /** File paths, or `-` for stdin. */
  readonly inputs: readonly string[];
  readonly format: Format | undefined;
  readonly out: string | undefined;
  readonly sourceLanguage: SourceLanguage | 'auto' | undefined;
  readonly failOn: FailOn;
  readonly ids: readonly string[] | undefined;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'source-language': { type: 'string', short: 'l' },
  'fail-on': { type: 'string' },
  ids: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** How many inputs each command takes (`many` has no upper bound: compareMany scales to N). */
const INPUT_COUNT: Readonly<Record<CommandName, { min: number; max: number }>> = {
  compare: { min: 2, max: 2 },
  many: { min: 2, max: Infinity },
  check: { min: 1, max: 1 },
  example: { min: 0, max: 0 },
};
const INPUT_NAMES: Readonly<Record<CommandName, string>> = {
  compare: 'two files, A and B',
  many: 'at least two files',
  check: 'one file',
  example: 'no file',
};

/**
 * Parses and checks argv (without the node and script paths). Throws a {@link CliError}
 * with a one-line message for anything wrong, before any file is read.
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${firstLine((error as Error).message)} (see corroborate --help)`);
  }
  const { values, positionals } = parsed;
  const common = {
    format: oneOf('--format', values.format, FORMATS),
    out: nonEmpty('--out', values.out),
    sourceLanguage: oneOf('--source-language', values['source-language'], [...SOURCE_LANGUAGES, 'auto'] as const),
    failOn: oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'none'] as const) ?? 'none',
  };
  if (values.help || positionals[0] === 'help') return { command: 'help', inputs: [], ids: undefined, ...common };
  if (values.version) return { command: 'version', inputs: [], ids: undefined, ...common };

  const [command, ...inputs] = positionals;
  if (command === undefined) throw new CliError('missing command: compare, many, check or example (see corroborate --help)');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new CliError(`unknown command '${printable(command)}': expected compare, many, check or example (see corroborate --help)`);
  }
  const name = command as CommandName;
  const count = INPUT_COUNT[name];
  if (inputs.length < count.min || inputs.length > count.max) {
    throw new CliError(`${name} takes ${INPUT_NAMES[name]}, got ${inputs.length} (see corroborate --help)`);
  }
  if (inputs.filter((input) => input === '-').length > 1) throw new CliError('only one input can be - (stdin)');
  return { command: name, inputs, ids: parseIds(values.ids, name, inputs.length), ...common };
}

function parseIds(value: string | undefined, command: CommandName, inputCount: number): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim());
  const wanted = command === 'check' ? 1 : command === 'many' ? inputCount : 2;
  if (ids.length !== wanted || ids.some((id) => id === '')) {
    throw new CliError(`--ids for ${command} takes ${idsWanted(command, wanted)}, got '${printable(value)}'`);
  }
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new CliError(`--ids must name ${wanted === 2 ? 'two ' : ''}different ids, got '${printable(repeated)}' twice`);
  return ids;
}

function idsWanted(command: CommandName, wanted: number): string {
  if (wanted === 1) return 'one id';
  if (command === 'many') return `${wanted} non-empty ids separated by commas, one per file in order`;
  return 'two ids separated by a comma, e.g. --ids ansa,agi';
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`${flag} must be one of ${allowed.join(', ')}, got '${printable(value)}'`);
  }
  return value as T;
}

/** A file name; `-` means stdout, as it means stdin for inputs. */
function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new CliError(`${flag} needs a file name`);
  return value === '-' ? undefined : value;
}

/** Keeps an echoed argument on one short, inert line. */
export function printable(value: string): string {
  const flat = firstLine(value).replace(/[\u0000-\u001F\u007F-\u009F]/gu, '?');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/u, 1)[0] ?? '';
}
