import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';

// Runs against the built package (npm test builds first through its pretest script), so
// that what ships behaves like what the other suites test.
const require = createRequire(import.meta.url);

describe('built dist/', () => {
  it('CJS and ESM builds export the same names as the source', async () => {
    const cjs = require(`${PROJECT_ROOT}dist/index.cjs`) as Record<string, unknown>;
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as Record<string, unknown>;
    const names = Object.keys(source).sort();
    expect(Object.keys(cjs).sort()).toEqual(names);
    expect(Object.keys(esm).sort()).toEqual(names);
  });

  it('the built document model agrees with the source on the seeds', async () => {
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    const built = esm.createDocument(SEED_A);
    const fromSource = source.createDocument(SEED_A);
    expect(built.sentences.map((s) => [s.start, s.end])).toEqual(fromSource.sentences.map((s) => [s.start, s.end]));
    expect(built.tokens.length).toBe(fromSource.tokens.length);
  });

  it('typed errors from dist are instances of the built classes', async () => {
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    let caught: unknown;
    try {
      esm.createDocument(42 as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(esm.isCorroborateError(caught)).toBe(true);
  });

  it("the built compare() gives the source's report on the seeds, byte for byte", async () => {
    // The build escapes non-ASCII characters and moves the generated tables to files read
    // at import; a report that differed would mean what ships is not what the other suites test.
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    const cjs = require(`${PROJECT_ROOT}dist/index.cjs`) as typeof source;
    const expected = JSON.stringify(await source.compare(SEED_A, SEED_B));
    expect(JSON.stringify(await esm.compare(SEED_A, SEED_B))).toBe(expected);
    expect(JSON.stringify(await cjs.compare(SEED_A, SEED_B))).toBe(expected);
  });
});

describe('what dist/ imports', () => {
  const manifest = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const packageOf = (specifier: string): string =>
    specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  // Module specifiers of import/export statements (a line that starts one, or closes a
  // multi-line one), dynamic imports and requires; relative ones are the package's own files.
  const IMPORT_PATTERNS = [
    /^(?:import|export|\})[^\n]*?\bfrom\s*["']([^"'\n]+)["'];?\s*$/gmu,
    /^import\s*["']([^"'\n]+)["'];?\s*$/gmu,
    /\b(?:import|require)\s*\(\s*["']([^"'\n]+)["']\s*\)/gu,
  ];
  const bareSpecifiers = (code: string): string[] =>
    IMPORT_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!)).filter((specifier) => !specifier.startsWith('.'));

  it('imports only Node built-ins and declared dependencies, so an install needs nothing else', () => {
    const files = readdirSync(`${PROJECT_ROOT}dist`).filter((name) => /\.(?:c?js)$/u.test(name));
    expect(files.length).toBeGreaterThan(0);
    const undeclared = files.flatMap((name) =>
      bareSpecifiers(readFileSync(`${PROJECT_ROOT}dist/${name}`, 'utf8'))
        .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier) && !declared.has(packageOf(specifier)))
        .map((specifier) => `${name}: ${specifier}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('ships the licence of every package the build compiles in', () => {
    const notices = readFileSync(`${PROJECT_ROOT}dist/THIRD-PARTY-NOTICES.md`, 'utf8');
    const sourceFiles = readdirSync(`${PROJECT_ROOT}src`, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const compiledIn = new Set(
      sourceFiles
        .flatMap((name) => bareSpecifiers(readFileSync(`${PROJECT_ROOT}src/${name}`, 'utf8')))
        .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier) && !declared.has(packageOf(specifier)))
        .map(packageOf),
    );
    expect([...compiledIn].sort()).toEqual(['fast-diff', 'natural', 'string-similarity']);
    for (const name of compiledIn) expect(notices).toMatch(new RegExp(`^## ${name} \\d+\\.\\d+\\.\\d+ \\(`, 'mu'));
  });
});
