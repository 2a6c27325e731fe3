import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import type { Engine } from '../../src/cli/engine.js';
import { run } from '../../src/cli/run.js';
import { CorroborateRangeError } from '../../src/errors.js';
import type { Report } from '../../src/report/types.js';
import { createDocument } from '../../src/text/document.js';
import type { SourceInput } from '../../src/text/types.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { loadFixture } from '../render/fixtures.js';
import { memoryIo } from './memory-io.js';

const strike = loadFixture('port-strike');
const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}src/report/report.schema.json`, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/**
 * The library as the CLI sees it, with `compare` answering the port-strike fixture report
 * (the CLI's job is plumbing; compare() itself is tested by its own suite) and recording
 * what it was given. Artefact detection is the real one.
 */
function engine(calls: SourceInput[][] = []): Engine {
  return {
    compare: (a, b) => {
      calls.push([a, b]);
      return strike.report;
    },
    createDocument,
    detectArtefacts,
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  writeFileSync(join(dir, 'a.txt'), strike.texts.a!);
  writeFileSync(join(dir, 'b.txt'), strike.texts.b!);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x54, 0x68, 0x00, 0x65]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
  writeFileSync(join(dir, 'bom.txt'), `\uFEFF${strike.texts.a!}`);
  writeFileSync(join(dir, 'notes.txt'), loadFixture('check-crlf').texts.notes!);
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => undefined);

async function cli(argv: string[], options: Parameters<typeof memoryIo>[0] = {}, lib: Engine = engine()) {
  const memory = memoryIo({ cwd: dir, ...options });
  const code = await run(argv, memory.io, lib);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** Exit 2 with one line on stderr and nothing on stdout, the usage-error contract. */
function expectUsageError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^corroborate: [^\n]+\n$/u);
  expect(result.stderr).toMatch(pattern);
}

describe('corroborate CLI: help, version and usage errors', () => {
  it('--help prints the usage on stdout', async () => {
    const result = await cli(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Usage: corroborate <command> [options]');
    expect(result.stdout).toContain('--fail-on LEVEL');
    expect((await cli(['help'])).stdout).toBe(result.stdout);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [[], /missing command/u],
    [['diff', 'a.txt', 'b.txt'], /unknown command 'diff'/u],
    [['compare', 'a.txt'], /compare takes two files, A and B, got 1/u],
    [['check', 'a.txt', 'b.txt'], /check takes one file, got 2/u],
    [['compare', 'a.txt', 'b.txt', '--colour'], /Unknown option '--colour'/u],
    [['compare', 'a.txt', 'b.txt', '--format', 'pdf'], /--format must be one of json, text, markdown, html, got 'pdf'/u],
    [['compare', 'a.txt', 'b.txt', '--source-language', 'xx'], /--source-language must be one of it, fr, es, de, pt, auto/u],
    [['compare', 'a.txt', 'b.txt', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, info, none/u],
    [['compare', 'a.txt', 'b.txt', '--ids', 'a'], /--ids for compare takes two ids/u],
    [['compare', 'a.txt', 'b.txt', '--ids', 'x,x'], /--ids must name two different ids/u],
    [['compare', '-', '-'], /only one input can be -/u],
    [['compare', 'a.txt', 'b.txt', '--out', ''], /--out needs a file name/u],
  ])('%j is a usage error', async (argv, pattern) => {
    expectUsageError(await cli(argv), pattern);
  });
});

describe('corroborate CLI: unusable input', () => {
  it.each([
    [['compare', 'missing.txt', 'b.txt'], /cannot read 'missing.txt': no such file/u],
    [['compare', 'folder', 'b.txt'], /'folder' is a directory/u],
    [['compare', 'a.txt', 'binary.txt'], /'binary.txt' looks binary/u],
    [['check', 'latin1.txt'], /'latin1.txt' is not valid UTF-8 text/u],
    [['check', '-'], /stdin looks binary/u, Uint8Array.of(1, 0, 2)],
  ] as const)('%j exits 2', async (argv, pattern, stdin?: Uint8Array) => {
    expectUsageError(await cli([...argv], stdin ? { stdin } : {}), pattern);
  });

  it('turns a typed error from the library into one line and exit 2', async () => {
    const failing: Engine = {
      ...engine(),
      compare: () => {
        throw new CorroborateRangeError({ code: 'input_too_long', argument: 'a.text', expected: 'maxLength (10)', received: '309 code units' });
      },
    };
    expectUsageError(await cli(['compare', 'a.txt', 'b.txt'], {}, failing), /^corroborate: `a\.text` is 309 code units, longer than maxLength \(10\)\n$/u);
  });

  it('reports an unwritable --out path as an input error, writing nothing', async () => {
    expectUsageError(await cli(['compare', 'a.txt', 'b.txt', '--out', 'no/such/dir/report.html']), /cannot write 'no\/such\/dir\/report.html': no such directory/u);
  });
});

describe('corroborate CLI: compare', () => {
  it('writes JSON when piped and text on a terminal', async () => {
    const piped = await cli(['compare', 'a.txt', 'b.txt']);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(strike.report);
    const terminal = await cli(['compare', 'a.txt', 'b.txt'], { isTTY: true });
    expect(terminal.stdout).toContain('Matched quotes (2)');
    expect(terminal.stdout).toContain('\u001b[');
  });

  it('passes ids, file names and --source-language to the library', async () => {
    const calls: SourceInput[][] = [];
    const seen: unknown[] = [];
    const recording: Engine = { ...engine(calls), compare: (a, b, options) => (seen.push(options), calls.push([a, b]), strike.report) };
    await cli(['compare', 'a.txt', 'b.txt', '--ids', 'ansa,agi', '-l', 'it'], {}, recording);
    expect(calls[0]).toEqual([
      { id: 'ansa', title: 'a.txt', text: strike.texts.a },
      { id: 'agi', title: 'b.txt', text: strike.texts.b },
    ]);
    expect(seen[0]).toEqual({ sourceLanguage: 'it' });
  });

  it('reads one input from stdin and keeps a byte-order mark (offsets match readFileSync)', async () => {
    const calls: SourceInput[][] = [];
    await cli(['compare', 'bom.txt', '-'], { stdin: strike.texts.b! }, engine(calls));
    const [a, b] = calls[0] as [{ text: string }, { text: string; title: string }];
    expect(a.text).toBe(readFileSync(join(dir, 'bom.txt'), 'utf8'));
    expect(a.text.charCodeAt(0)).toBe(0xfeff);
    expect(b).toMatchObject({ text: strike.texts.b, title: 'stdin' });
  });

  it.each([
    ['report.md', '## corroborate report'],
    ['report.html', '<!doctype html>'],
    ['report.txt', 'Matched quotes (2)'],
    ['report.json', '"schemaVersion": 1'],
  ])('--out %s picks the format from the extension and leaves stdout empty', async (file, start) => {
    const result = await cli(['compare', 'a.txt', 'b.txt', '--out', file], { isTTY: true });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = readFileSync(join(dir, file), 'utf8');
    expect(written).toContain(start);
    expect(written).not.toContain('\u001b[');
  });

  it('--out - is stdout', async () => {
    const result = await cli(['compare', 'a.txt', 'b.txt', '--out', '-']);
    expect(JSON.parse(result.stdout)).toEqual(strike.report);
  });

  it('--format wins over the extension', async () => {
    await cli(['compare', 'a.txt', 'b.txt', '--out', 'report.txt', '--format', 'markdown']);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^## corroborate report/u);
  });

  it.each([
    ['none', 0],
    ['error', 1],
    ['warning', 1],
    ['info', 1],
  ])('--fail-on %s exits %i (the report has an error divergence)', async (level, code) => {
    const result = await cli(['compare', 'a.txt', 'b.txt', '--fail-on', level]);
    expect(result.code).toBe(code);
    expect(JSON.parse(result.stdout)).toEqual(strike.report);
  });

  it('--fail-on error exits 0 when the worst finding is a warning', async () => {
    const mild: Report = { ...strike.report, divergences: strike.report.divergences.filter((d) => d.severity !== 'error') };
    expect((await cli(['compare', 'a.txt', 'b.txt', '--fail-on', 'error'], {}, { ...engine(), compare: () => mild })).code).toBe(0);
    expect((await cli(['compare', 'a.txt', 'b.txt', '--fail-on', 'warning'], {}, { ...engine(), compare: () => mild })).code).toBe(1);
  });
});

describe('corroborate CLI: colours', () => {
  const text = (env: Record<string, string>, isTTY: boolean) => cli(['compare', 'a.txt', 'b.txt', '--format', 'text'], { env, isTTY });
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
  ])('env %j, terminal %s → colours %s', async (env, isTTY, coloured) => {
    expect((await text(env, isTTY)).stdout.includes('\u001b[')).toBe(coloured);
  });
});

describe('corroborate CLI: check', () => {
  it('writes the artefacts of one text as a one-source report v1', async () => {
    const result = await cli(['check', 'notes.txt', '--ids', 'notes']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(validate(report)).toBe(true);
    expect(report.sources).toEqual([{ id: 'notes', length: loadFixture('check-crlf').texts.notes!.length, sentences: expect.any(Number) }]);
    expect(report.quoteMatches).toEqual([]);
    const text = loadFixture('check-crlf').texts.notes!;
    for (const artefact of report.artefacts) expect(text.slice(artefact.start, artefact.end)).toBe(artefact.text);
    expect(report.artefacts.map((a) => a.text)).toContain('de-escalaton');
  });

  it('renders a check as text with line:column positions', async () => {
    const result = await cli(['check', 'notes.txt', '--format', 'text']);
    expect(result.stdout).toMatch(/a 4:55 +\w+ +non-word +“de-escalaton” → de-escalation/u);
    expect(result.stdout).not.toContain('Matched quotes');
  });

  it('reads stdin and fails on findings when asked', async () => {
    const clean = await cli(['check', '-', '--fail-on', 'info'], { stdin: 'The talks went well.' });
    expect(clean.code).toBe(0);
    const dirty = await cli(['check', '-', '--fail-on', 'info'], { stdin: 'The talks on de-escalaton went well well.' });
    expect(dirty.code).toBe(1);
  });
});
