import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/seeds.js';

// The build moves the generated string tables out of the chunks into dist/tables/ (the
// `tables-outside` plugin of tsup.config.ts), and the chunks read them back when imported.
// A table missing from the package, read with the wrong encoding, or left inline by a change
// to a generated module's shape would ship unnoticed by the suites that test the sources.
const DIST = `${PROJECT_ROOT}dist/`;
const built = existsSync(`${DIST}index.js`);

// tsup.config.ts's TABLE_MIN_LENGTH: strings this long leave the chunks.
const TABLE_MIN_LENGTH = 32 * 1024;

interface TableRead {
  chunk: string;
  file: string;
  encoding: BufferEncoding;
}

// The two shapes the plugin writes: ESM resolves against import.meta.url, CJS joins __dirname.
const ESM_READ = /["']\.\/tables\/([\w.-]+)["'], import\.meta\.url\), ["'](latin1|utf8)["']\)/gu;
const CJS_READ = /__dirname, ["']tables["'], ["']([\w.-]+)["']\), ["'](latin1|utf8)["']\)/gu;

function tableReads(): TableRead[] {
  const chunks = readdirSync(DIST).filter((name) => /\.(?:js|cjs)$/u.test(name));
  return chunks.flatMap((chunk) => {
    const code = readFileSync(`${DIST}${chunk}`, 'utf8');
    const pattern = chunk.endsWith('.cjs') ? CJS_READ : ESM_READ;
    return [...code.matchAll(pattern)].map(([, file, encoding]) => ({ chunk, file: file!, encoding: encoding as BufferEncoding }));
  });
}

/** Every string constant of the generated modules, under the file name the build gives it. */
async function sourceTables(): Promise<Map<string, string>> {
  const modules = readdirSync(`${PROJECT_ROOT}src`, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.generated.ts'));
  const tables = new Map<string, string>();
  for (const path of modules) {
    const exports = (await import(pathToFileURL(`${PROJECT_ROOT}src/${path}`).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'string') tables.set(`${basename(path, '.generated.ts')}-${name}.txt`, value);
    }
  }
  return tables;
}

/** The exports of each hand-written data module, under the JSON file name the build would give it. */
async function sourceLexicons(): Promise<Map<string, Record<string, unknown>>> {
  const modules = readdirSync(`${PROJECT_ROOT}src`, { recursive: true, encoding: 'utf8' }).filter(
    (path) => /(?:^|[\\/])data[\\/]/u.test(path) && path.endsWith('.ts') && !path.endsWith('.generated.ts') && !/[\\/](?:build|train)-/u.test(path),
  );
  const lexicons = new Map<string, Record<string, unknown>>();
  for (const path of modules) {
    const exports = (await import(pathToFileURL(`${PROJECT_ROOT}src/${path}`).href)) as Record<string, unknown>;
    lexicons.set(`${path.replace(/\.ts$/u, '').split(/[\\/]/u).join('-')}.json`, { ...exports });
  }
  return lexicons;
}

describe.skipIf(!built)('generated tables in dist/tables/', () => {
  const reads = built ? tableReads() : [];

  it('the ESM and the CJS chunks read them, and every file there is read', () => {
    expect(reads.some((read) => read.chunk.endsWith('.js'))).toBe(true);
    expect(reads.some((read) => read.chunk.endsWith('.cjs'))).toBe(true);
    const present = readdirSync(`${DIST}tables`).sort();
    expect([...new Set(reads.map((read) => read.file))].sort()).toEqual(present);
  });

  it('each table, read as its chunk reads it, is the source constant', async () => {
    const sources = await sourceTables();
    for (const { chunk, file, encoding } of reads.filter((read) => read.file.endsWith('.txt'))) {
      const expected = sources.get(file);
      expect(expected, `${chunk} reads tables/${file}, which names no generated constant`).toBeDefined();
      // Compared as a boolean: a failing toBe would print two strings of half a megabyte.
      expect(readFileSync(`${DIST}tables/${file}`, encoding) === expected, `${chunk}: tables/${file} as ${encoding}`).toBe(true);
    }
  });

  it('each lexicon, parsed as its chunk parses it, equals the data module it came from', async () => {
    const lexicons = await sourceLexicons();
    const jsonReads = reads.filter((read) => read.file.endsWith('.json'));
    // The false-friend lexicons are the large hand-written ones, one per source language.
    expect(new Set(jsonReads.map((read) => read.file)).size).toBeGreaterThanOrEqual(5);
    for (const { chunk, file, encoding } of jsonReads) {
      const expected = lexicons.get(file);
      expect(expected, `${chunk} reads tables/${file}, which names no data module`).toBeDefined();
      expect(JSON.parse(readFileSync(`${DIST}tables/${file}`, encoding)), `${chunk}: tables/${file}`).toEqual(expected);
    }
  });

  it('no generated string of TABLE_MIN_LENGTH or more stays inline in the chunks', async () => {
    const sources = await sourceTables();
    const large = [...sources].filter(([, value]) => value.length >= TABLE_MIN_LENGTH).map(([file]) => file);
    expect(large.length).toBeGreaterThan(0);
    const read = new Set(reads.map((entry) => entry.file));
    expect(large.filter((file) => !read.has(file))).toEqual([]);
  });
});
