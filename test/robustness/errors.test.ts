/**
 * Typed errors at every public entry point: wrong argument types, unknown options, values
 * out of range, duplicate source ids and text over `maxLength` throw (or, for the async
 * functions, reject with) a CorroborateTypeError or CorroborateRangeError with a stable
 * `code` and a message naming the argument. And the CLI turns each into exit code 2 with
 * one line on stderr and nothing on stdout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/cli/engine.js';
import { run } from '../../src/cli/run.js';
import {
  buildEntityRegistry,
  compare,
  CorroborateRangeError,
  CorroborateTypeError,
  createChecker,
  createDocument,
  detectArtefacts,
  diffWords,
  extractQuotes,
  isCorroborateError,
  normalizeText,
  relate,
  renderHtml,
  renderMarkdown,
  renderText,
  type Checker,
  type CorroborateErrorCode,
  type Report,
} from '../../src/index.js';
import { memoryIo } from '../cli/memory-io.js';

interface Expected {
  readonly code: CorroborateErrorCode;
  /** The argument path the error and its message must name, e.g. `options.maxLength`. */
  readonly argument: string;
}

const RANGE_CODES: readonly CorroborateErrorCode[] = ['out_of_range', 'input_too_long'];

/** Runs `call`, which must throw synchronously (or reject, when `async`), and checks the error. */
async function expectTypedError(call: () => unknown, expected: Expected, async = false): Promise<void> {
  let caught: unknown;
  let result: unknown;
  try {
    result = call();
    if (async) await result;
  } catch (error) {
    caught = error;
  }
  if (!async) expect(result, 'a synchronous function must throw, not return a promise').not.toBeInstanceOf(Promise);
  expect(caught, `expected ${expected.code} for ${expected.argument}`).toBeDefined();
  expect(isCorroborateError(caught)).toBe(true);
  const error = caught as CorroborateTypeError | CorroborateRangeError;
  const range = RANGE_CODES.includes(expected.code);
  expect(error).toBeInstanceOf(range ? RangeError : TypeError);
  expect(error).toBeInstanceOf(range ? CorroborateRangeError : CorroborateTypeError);
  expect(error.name).toBe(range ? 'CorroborateRangeError' : 'CorroborateTypeError');
  expect({ code: error.code, argument: error.argument }).toEqual(expected);
  expect(error.message).toMatch(/^corroborate: /u);
  expect(error.message).toContain(`\`${expected.argument}\``);
  expect(error.message).not.toContain('\n');
}

let checker: Checker;
let report: Report;
beforeAll(async () => {
  checker = await createChecker();
  report = await compare('“We will talk,” the minister said.', 'The minister said: “We will talk.”');
});

const SOURCES = () => ({ a: '“We will talk,” the minister said.', b: 'The minister said: “We will talk.”' });

/** Entry points whose first argument is a text or source, with the name they give it. */
const TEXT_TAKERS: readonly { name: string; argument: string; async?: boolean; call: (value: unknown) => unknown }[] = [
  { name: 'createDocument', argument: 'input', call: (value) => createDocument(value as never) },
  { name: 'extractQuotes', argument: 'input', call: (value) => extractQuotes(value as never) },
  { name: 'detectArtefacts', argument: 'input', call: (value) => detectArtefacts(value as never) },
  { name: 'compare (a)', argument: 'a', async: true, call: (value) => compare(value as never, 'text') },
  { name: 'compare (b)', argument: 'b', async: true, call: (value) => compare('text', value as never) },
  { name: 'checker.compare (a)', argument: 'a', call: (value) => checker.compare(value as never, 'text') },
  { name: 'checker.compare (b)', argument: 'b', call: (value) => checker.compare('text', value as never) },
  { name: 'diffWords (a)', argument: 'a', call: (value) => diffWords(value as never, 'text') },
  { name: 'diffWords (b)', argument: 'b', call: (value) => diffWords('text', value as never) },
];

/** Argument types that are never a text; the object has no `text`. */
const WRONG_TYPES: readonly [string, unknown][] = [
  ['a number', 42],
  ['null', null],
  ['an array', ['text']],
  ['an object without text', { id: 'x', title: 'no text' }],
];

/** Entry points that take corroborate options, called with otherwise valid arguments. */
const OPTION_TAKERS: readonly { name: string; async?: boolean; call: (options: unknown) => unknown }[] = [
  { name: 'createDocument', call: (options) => createDocument('text', options as never) },
  { name: 'extractQuotes', call: (options) => extractQuotes('text', options as never) },
  { name: 'detectArtefacts', call: (options) => detectArtefacts('text', options as never) },
  { name: 'compare', async: true, call: (options) => compare('a text', 'b text', options as never) },
  { name: 'createChecker', async: true, call: (options) => createChecker(options as never) },
  { name: 'checker.compare', call: (options) => checker.compare('a text', 'b text', options as never) },
  { name: 'checker.relate', call: (options) => checker.relate('x', 'y', options as never) },
  { name: 'relate', call: (options) => relate('x', 'y', options as never) },
];

describe('wrong argument types', () => {
  for (const taker of TEXT_TAKERS) {
    it.each(WRONG_TYPES)(`${taker.name} rejects %s`, async (label, value) => {
      const argument = label === 'an object without text' ? `${taker.argument}.text` : taker.argument;
      await expectTypedError(() => taker.call(value), { code: 'invalid_type', argument }, taker.async);
    });
  }

  it.each(WRONG_TYPES)('relate rejects %s for x and y', async (_, value) => {
    await expectTypedError(() => relate(value as never, 'y'), { code: 'invalid_type', argument: 'x' });
    await expectTypedError(() => relate('x', value as never), { code: 'invalid_type', argument: 'y' });
    await expectTypedError(() => checker.relate(value as never, 'y'), { code: 'invalid_type', argument: 'x' });
  });

  it.each(WRONG_TYPES)('the renderers reject %s as a report', async (label, value) => {
    const argument = label === 'an object without text' ? 'report.schemaVersion' : 'report';
    await expectTypedError(() => renderText(value as never), { code: 'invalid_type', argument });
    await expectTypedError(() => renderMarkdown(value as never), { code: 'invalid_type', argument });
    await expectTypedError(() => renderHtml(value as never, { sources: SOURCES() }), { code: 'invalid_type', argument });
  });

  it('buildEntityRegistry rejects what is not a Document, including a bare source', async () => {
    for (const [, value] of [...WRONG_TYPES, ['a string', 'text']] as const) {
      await expectTypedError(() => buildEntityRegistry(value as never), { code: 'invalid_type', argument: 'document' });
    }
    expect(buildEntityRegistry(createDocument('Angela Merkel spoke.')).entities.length).toBeGreaterThan(0);
  });

  it('normalizeText rejects what is not a string', async () => {
    for (const [, value] of WRONG_TYPES) await expectTypedError(() => normalizeText(value as never), { code: 'invalid_type', argument: 'original' });
  });

  it('mistyped source fields and options objects', async () => {
    await expectTypedError(() => createDocument({ text: 'x', id: 7 } as never), { code: 'invalid_type', argument: 'input.id' });
    await expectTypedError(() => checker.compare({ text: 'x', language: false } as never, 'y'), { code: 'invalid_type', argument: 'a.language' });
    await expectTypedError(() => checker.compare({ text: 'x', id: '' }, 'y'), { code: 'invalid_type', argument: 'a.id' });
    for (const taker of OPTION_TAKERS) {
      for (const options of [42, null, ['maxLength']]) await expectTypedError(() => taker.call(options), { code: 'invalid_type', argument: 'options' }, taker.async);
      await expectTypedError(() => taker.call({ maxLength: '100' }), { code: 'invalid_type', argument: 'options.maxLength' }, taker.async);
      await expectTypedError(() => taker.call({ artefacts: 'yes' }), { code: 'invalid_type', argument: 'options.artefacts' }, taker.async);
      await expectTypedError(() => taker.call({ rules: { 'non-word': 1 } }), { code: 'invalid_type', argument: 'options.rules.non-word' }, taker.async);
    }
    await expectTypedError(() => renderText(report, { color: 'yes' } as never), { code: 'invalid_type', argument: 'options.color' });
    await expectTypedError(() => renderHtml(report, { sources: 5 } as never), { code: 'invalid_type', argument: 'options.sources' });
    await expectTypedError(() => diffWords('x', 'y', { stems: 'yes' } as never), { code: 'invalid_type', argument: 'options.stems' });
  });
});

describe('unknown options', () => {
  it.each(OPTION_TAKERS.map((taker) => [taker.name, taker] as const))('%s names the misspelt option', async (_, taker) => {
    await expectTypedError(() => taker.call({ maxLenght: 10 }), { code: 'unknown_option', argument: 'options.maxLenght' }, taker.async);
    await expectTypedError(() => taker.call({ sourcelanguage: 'it' }), { code: 'unknown_option', argument: 'options.sourcelanguage' }, taker.async);
    await expectTypedError(() => taker.call({ rules: { 'non-wrod': false } }), { code: 'unknown_option', argument: 'options.rules.non-wrod' }, taker.async);
  });

  it('the renderers and diffWords name the misspelt option', async () => {
    await expectTypedError(() => renderText(report, { colour: true } as never), { code: 'unknown_option', argument: 'options.colour' });
    await expectTypedError(() => renderMarkdown(report, { collapse: 3 } as never), { code: 'unknown_option', argument: 'options.collapse' });
    await expectTypedError(() => renderHtml(report, { sources: SOURCES(), titel: 'x' } as never), { code: 'unknown_option', argument: 'options.titel' });
    await expectTypedError(() => diffWords('x', 'y', { ignorecase: true } as never), { code: 'unknown_option', argument: 'options.ignorecase' });
  });
});

describe('option values out of range', () => {
  const OUT_OF_RANGE: readonly [string, Record<string, unknown>, string][] = [
    ['negative maxLength', { maxLength: -1 }, 'options.maxLength'],
    ['NaN maxLength', { maxLength: Number.NaN }, 'options.maxLength'],
    ['fractional maxLength', { maxLength: 1.5 }, 'options.maxLength'],
    ['unknown sourceLanguage', { sourceLanguage: 'xx' }, 'options.sourceLanguage'],
    ['minConfidence 2', { minConfidence: 2 }, 'options.minConfidence'],
    ['NaN minConfidence', { minConfidence: Number.NaN }, 'options.minConfidence'],
    ['maxQuotes 0', { maxQuotes: 0 }, 'options.maxQuotes'],
    ['negative timeBudgetMs', { timeBudgetMs: -5 }, 'options.timeBudgetMs'],
    ['infinite timeBudgetMs', { timeBudgetMs: Number.POSITIVE_INFINITY }, 'options.timeBudgetMs'],
  ];
  for (const taker of OPTION_TAKERS) {
    it.each(OUT_OF_RANGE)(`${taker.name} rejects %s`, async (_, options, argument) => {
      await expectTypedError(() => taker.call(options), { code: 'out_of_range', argument }, taker.async);
    });
  }

  it('the renderers reject negative or NaN sizes', async () => {
    await expectTypedError(() => renderText(report, { width: -1 }), { code: 'out_of_range', argument: 'options.width' });
    await expectTypedError(() => renderText(report, { width: Number.NaN }), { code: 'out_of_range', argument: 'options.width' });
    await expectTypedError(() => renderMarkdown(report, { collapseAfter: -3 }), { code: 'out_of_range', argument: 'options.collapseAfter' });
  });

  it('call options are validated even when the checker had valid ones', async () => {
    const italian = await createChecker({ sourceLanguage: 'it' });
    await expectTypedError(() => italian.compare('x', 'y', { sourceLanguage: 'xx' as never }), { code: 'out_of_range', argument: 'options.sourceLanguage' });
  });
});

describe('duplicate source ids', () => {
  it('compare and checker.compare reject two sources with one id, naming the second', async () => {
    await expectTypedError(() => compare({ id: 'ansa', text: 'one' }, { id: 'ansa', text: 'two' }), { code: 'duplicate_source_id', argument: 'b.id' }, true);
    await expectTypedError(() => checker.compare({ id: 'ansa', text: 'one' }, { id: 'ansa', text: 'two' }), { code: 'duplicate_source_id', argument: 'b.id' });
    // A default id counts: the second text is `b` unless it says otherwise.
    await expectTypedError(() => checker.compare({ id: 'b', text: 'one' }, 'two'), { code: 'duplicate_source_id', argument: 'b.id' });
  });
});

describe('text over maxLength', () => {
  const long = 'x'.repeat(11);
  const options = { maxLength: 10 };
  it('every text-taking entry point names the over-long text', async () => {
    await expectTypedError(() => createDocument(long, options), { code: 'input_too_long', argument: 'input' });
    await expectTypedError(() => createDocument({ text: long }, options), { code: 'input_too_long', argument: 'input.text' });
    await expectTypedError(() => extractQuotes(long, options), { code: 'input_too_long', argument: 'input' });
    await expectTypedError(() => detectArtefacts({ text: long }, options), { code: 'input_too_long', argument: 'input.text' });
    await expectTypedError(() => compare(long, 'short', options), { code: 'input_too_long', argument: 'a' }, true);
    await expectTypedError(() => compare('short', { text: long }, options), { code: 'input_too_long', argument: 'b.text' }, true);
    await expectTypedError(() => checker.compare('short', long, options), { code: 'input_too_long', argument: 'b' });
    await expectTypedError(() => relate(long, 'y', options), { code: 'input_too_long', argument: 'x' });
    await expectTypedError(() => checker.relate('x', long, options), { code: 'input_too_long', argument: 'y' });
  });

  it('a text of exactly maxLength is accepted, and maxLength 0 accepts only the empty text', async () => {
    expect(createDocument('x'.repeat(10), options).text).toHaveLength(10);
    expect(checker.compare('', '', { maxLength: 0 }).sources.map((source) => source.length)).toEqual([0, 0]);
    await expectTypedError(() => extractQuotes('x', { maxLength: 0 }), { code: 'input_too_long', argument: 'input' });
  });

  it('the default limit is 5,000,000 code units', async () => {
    await expectTypedError(() => createDocument('x'.repeat(5_000_001)), { code: 'input_too_long', argument: 'input' });
  });
});

describe('the CLI maps library errors to exit code 2', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'corroborate-errors-'));
    writeFileSync(join(directory, 'short.txt'), '“We will talk,” the minister said.');
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  async function cli(argv: string[], options: Parameters<typeof memoryIo>[0], engine?: Engine) {
    const memory = memoryIo(options);
    const code = await run(argv, memory.io, engine);
    return { code, stdout: memory.stdout(), stderr: memory.stderr() };
  }

  /** Exit 2, nothing on stdout, exactly one `corroborate: …` line on stderr. */
  function expectUsageError(result: { code: number; stdout: string; stderr: string }, mentions: string): void {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^corroborate: [^\n]+\n$/u);
    expect(result.stderr).toContain(mentions);
    expect(result.stderr).not.toContain('internal error');
  }

  it('a text over maxLength, read from stdin, with the real library', async () => {
    const huge = 'x'.repeat(5_000_001);
    expectUsageError(await cli(['check', '-', '--format', 'json'], { stdin: huge }), '`input.text`');
    expectUsageError(await cli(['compare', '-', 'short.txt', '--format', 'json'], { stdin: huge, cwd: directory }), '`a.text`');
  }, 60_000);

  it.each<[string, Error]>([
    ['invalid_type', new CorroborateTypeError({ code: 'invalid_type', argument: 'a.text', expected: 'a string', received: '42' })],
    ['unknown_option', new CorroborateTypeError({ code: 'unknown_option', argument: 'options.maxLenght', expected: 'one of maxLength', received: 'maxLenght' })],
    ['out_of_range', new CorroborateRangeError({ code: 'out_of_range', argument: 'options.sourceLanguage', expected: 'one of it', received: '"xx"' })],
    ['duplicate_source_id', new CorroborateTypeError({ code: 'duplicate_source_id', argument: 'b.id', expected: 'an id different from a.id', received: '"a"' })],
    ['input_too_long', new CorroborateRangeError({ code: 'input_too_long', argument: 'b.text', expected: 'maxLength (5 UTF-16 code units)', received: '6 code units' })],
  ])('%s thrown by the library', async (_, error) => {
    const failing: Engine = {
      compare: () => {
        throw error;
      },
      compareMany: () => {
        throw error;
      },
      createDocument: () => {
        throw error;
      },
      detectArtefacts: () => {
        throw error;
      },
    };
    const argument = (error as CorroborateTypeError).argument;
    expectUsageError(await cli(['compare', '-', 'short.txt', '--format', 'json'], { stdin: 'text', cwd: directory }, failing), `\`${argument}\``);
    expectUsageError(await cli(['check', '-', '--format', 'json'], { stdin: 'text' }, failing), `\`${argument}\``);
    expectUsageError(await cli(['many', '-', 'short.txt', 'short.txt', '--format', 'json'], { stdin: 'text', cwd: directory }, failing), `\`${argument}\``);
  });
});
