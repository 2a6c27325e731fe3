import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import type { Engine } from '../../src/cli/engine.js';
import { run } from '../../src/cli/run.js';
import { CorroborateRangeError } from '../../src/errors.js';
import { compareMany } from '../../src/report/compare-many.js';
import type { ManyReport } from '../../src/report/many-types.js';
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
 * what it was given. Artefact detection and compareMany are the real ones.
 */
function engine(calls: SourceInput[][] = []): Engine {
  return {
    compare: (a, b) => {
      calls.push([a, b]);
      return strike.report;
    },
    compareMany,
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
    expect(result.stdout).toContain('many A B [C ...]');
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
    [['compare', 'a.txt', 'b.txt', '--ids', 'x,x'], /--ids must name two different ids, got 'x' twice/u],
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

describe('corroborate CLI: many', () => {
  // Four invented wire stories of one dock strike: two statements quoted by three of them,
  // one quote only the radio has.
  const STORIES = ['harbour', 'courier', 'gazette', 'radio'] as const;
  const story = (name: (typeof STORIES)[number]): string => readFileSync(`${PROJECT_ROOT}fixtures/many/dock-strike/${name}.txt`, 'utf8');
  const files = STORIES.map((name) => `${name}.txt`);
  beforeAll(() => {
    for (const name of STORIES) writeFileSync(join(dir, `${name}.txt`), story(name));
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', 'harbour.md'), story('harbour'));
  });

  /** An engine whose compareMany records its sources and options and answers `report`. */
  function recordingMany(report: ManyReport, seen: { sources: SourceInput[]; options: unknown }[] = []): Engine {
    return {
      ...engine(),
      compareMany: (sources, options) => {
        seen.push({ sources: [...sources], options });
        return report;
      },
    };
  }
  const onePair = (report: Report): ManyReport => ({
    schemaVersion: 1,
    sources: report.sources,
    quotes: report.quotes,
    clusters: [],
    pairs: [{ sources: ['a', 'b'], report }],
  });

  it.each([
    [['many', 'a.txt'], /many takes at least two files, got 1/u],
    [['many', '-', 'a.txt', '-'], /only one input can be -/u],
    // Missing files: the usage error must come before any file is read.
    [['many', 'no1.txt', 'no2.txt', 'no3.txt', '--ids', 'x,y'], /--ids for many takes 3 non-empty ids separated by commas, one per file in order, got 'x,y'/u],
    [['many', 'no1.txt', 'no2.txt', '--ids', 'x,'], /--ids for many takes 2 non-empty ids/u],
    [['many', 'no1.txt', 'no2.txt', 'no3.txt', '--ids', 'x,y,x'], /--ids must name different ids, got 'x' twice/u],
    [['many', 'no1.txt', 'no2.txt', '--format', 'html'], /--format html is not available for many: use json, text or markdown/u],
    [['many', 'no1.txt', 'no2.txt', '--out', 'r.html'], /--out 'r.html' asks for html, which many does not write: add --format json, text or markdown/u],
  ])('%j is a usage error', async (argv, pattern) => {
    expectUsageError(await cli(argv), pattern);
  });

  it('writes the ManyReport as JSON when piped: ids from the file names, clusters across sources, every pair', async () => {
    const result = await cli(['many', ...files]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ManyReport;
    expect(result.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n/u);
    expect(report.sources.map((source) => [source.id, source.length])).toEqual(STORIES.map((name) => [name, story(name).length]));
    expect(report.pairs.map((pair) => pair.sources.join('-'))).toEqual([
      'harbour-courier',
      'harbour-gazette',
      'harbour-radio',
      'courier-gazette',
      'courier-radio',
      'gazette-radio',
    ]);
    const quotes = new Map(report.quotes.map((quote) => [quote.id, quote]));
    for (const quote of report.quotes) expect(story(quote.sourceId as (typeof STORIES)[number]).slice(quote.start, quote.end)).toBe(quote.text);
    // Keel's refusal, word for word in harbour and courier, is one statement.
    const keel = report.clusters.find((cluster) => cluster.quotes.some((id) => quotes.get(id)?.text.startsWith('We will not unload')));
    expect(keel?.sources).toEqual(expect.arrayContaining(['harbour', 'courier']));
    expect(keel!.quotes.every((id) => quotes.get(id)?.speaker?.name === 'Marta Keel')).toBe(true);
    expect(keel!.quotes).toContain(keel!.representative);
    // The radio's Nordfrakt quote is reported by no one else.
    expect(report.clusters.flatMap((cluster) => cluster.sources)).not.toContain('radio');
  });

  it('renders text with the source lines, each cluster member (representative marked) and a line per pair', async () => {
    const { stdout, code } = await cli(['many', ...files, '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^corroborate report: 4 sources\n/u);
    expect(stdout).toMatch(/^radio {4}radio\.txt · 275 characters · 3 sentences · 1 quote \(0 in clusters\) · 0 artefacts$/mu);
    expect(stdout).toContain('Quote clusters (');
    expect(stdout).toMatch(/^ {2}c1 · \d sources · \d quotes · similarity 0\.\d\d$/mu);
    expect(stdout).toMatch(/^ {2}[★ ] harbour 2:2 +Marta Keel: “We will not unload a single ship until the night rate is restored”$/mu);
    expect(stdout).toMatch(/^ {2}[★ ] courier 2:32 +Marta Keel: “We will not unload/mu);
    expect(stdout.match(/^ {2}★ /gmu)?.length).toBe(stdout.match(/^ {2}c\d+ · /gmu)?.length);
    expect(stdout).toContain('Compared pairs (6)');
    expect(stdout).toMatch(/^ {2}harbour ↔ courier {2}\d+ matched quotes? · \d+ divergences?( \([^)]*\))? · \d+ artefacts?/mu);
    expect(stdout).toMatch(/^ {2}gazette ↔ radio {4}0 matched quotes · /mu);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours text on a terminal', async () => {
    expect((await cli(['many', ...files], { isTTY: true })).stdout).toContain('\u001b[');
  });

  it('renders markdown with a source table, cluster rows and a row per pair', async () => {
    const { stdout } = await cli(['many', ...files, '--format', 'markdown']);
    expect(stdout).toMatch(/^## corroborate report: 4 sources\n/u);
    expect(stdout).toContain('| `radio` | radio.txt | 275 | 3 | 1 | 0 | 0 |');
    expect(stdout).toContain('### Quote clusters (');
    expect(stdout).toMatch(/^\| \*\*c1\*\* \| `\w+ \d+:\d+` \| \*\*\w[^|]*\*\* \| (★ )?“[^|]+” \| 0\.\d\d \|$/mu);
    expect(stdout).toMatch(/^\| {3}\| `courier 2:32` \| \*\*Marta Keel\*\* \| (★ )?“We will not unload/mu);
    expect(stdout).toMatch(/^\| `harbour` ↔ `courier` \| \d+ \| \d+( \([^)]*\))? \| 0 \|$/mu);
  });

  it('--out many.md picks markdown from the extension', async () => {
    const result = await cli(['many', 'harbour.txt', 'courier.txt', '--out', 'many.md'], { isTTY: true });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'many.md'), 'utf8')).toMatch(/^## corroborate report: 2 sources\n/u);
  });

  it('passes --ids, the file names as titles, stdin and --source-language to compareMany', async () => {
    const seen: { sources: SourceInput[]; options: unknown }[] = [];
    await cli(['many', 'harbour.txt', '-', 'radio.txt', '--ids', 'ap, afp ,dpa', '-l', 'fr'], { stdin: story('courier') }, recordingMany(onePair(strike.report), seen));
    expect(seen[0]!.sources).toEqual([
      { id: 'ap', title: 'harbour.txt', text: story('harbour') },
      { id: 'afp', title: 'stdin', text: story('courier') },
      { id: 'dpa', title: 'radio.txt', text: story('radio') },
    ]);
    expect(seen[0]!.options).toEqual({ sourceLanguage: 'fr' });
  });

  it.each([
    [['harbour.txt', '-', 'radio.txt'], ['harbour', 'stdin', 'radio']],
    [['harbour.txt', 'copy/harbour.md'], ['s1', 's2']],
    [['harbour.txt', 'harbour.txt', 'radio.txt'], ['s1', 's2', 's3']],
  ])('default ids for %j are %j', async (inputs, ids) => {
    const seen: { sources: SourceInput[]; options: unknown }[] = [];
    const result = await cli(['many', ...inputs], { stdin: story('courier') }, recordingMany(onePair(strike.report), seen));
    expect(result.stderr).toBe('');
    expect(seen[0]!.sources.map((source) => (source as { id: string }).id)).toEqual(ids);
  });

  it.each([
    ['none', 'strike', 0],
    ['error', 'strike', 1],
    ['error', 'mild', 0],
    ['warning', 'mild', 1],
  ])('--fail-on %s with a %s pair report exits %i', async (level, which, code) => {
    const mild: Report = { ...strike.report, divergences: strike.report.divergences.filter((d) => d.severity !== 'error'), artefacts: [] };
    const quiet: Report = { ...mild, divergences: [] };
    // The failing pair is the second one: every pair counts, not just the first.
    const many: ManyReport = { ...onePair(quiet), pairs: [{ sources: ['a', 'b'], report: quiet }, { sources: ['a', 'b'], report: which === 'mild' ? mild : strike.report }] };
    const result = await cli(['many', 'a.txt', 'b.txt', '--fail-on', level], {}, recordingMany(many));
    expect(result.code).toBe(code);
    expect(JSON.parse(result.stdout)).toEqual(many);
  });
});
