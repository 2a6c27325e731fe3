import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Entry points of the published package. The library entries get type declarations;
// the CLI and the example are programs.
const libraryEntries = { index: 'src/index.ts', vitest: 'src/testing/index.ts' };
const programEntries = { cli: 'src/cli/main.ts', example: 'src/example.ts' };

const present = (entries: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path)));

// Node reads a module's file into one string: a single non-ASCII character (a curly quote in
// a comment or a regular expression) makes it decode and compile the whole chunk as two-byte
// text, which measured some 15-25 ms slower on a cold start (with the 2.8 MB chunk of the
// time). esbuild escapes non-ASCII characters in strings but not in comments or
// regular-expression literals; this escapes those too, as UTF-16 code units (\uXXXX means
// the same in a string, a regular expression with or without the u flag, and a comment).
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk(code) {
    if (!/[^\0-\x7f]/u.test(code)) return undefined;
    const escape = (char: string): string =>
      Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
    return { code: code.replace(/[^\0-\x7f]/gu, escape) };
  },
};

// The generated data tables (`src/**/*.generated.ts`, some 2 MB of string constants) ship as
// files beside the chunks, read when the chunk is imported, instead of as string literals in
// the chunk: Node decodes a module's whole file as UTF-8 and V8 scans and internalises every
// literal on each cold import, while a table file is read straight into a one-byte string.
// Import measured ~36 ms faster (median of 100 interleaved cold starts), and the package
// holds one copy of the tables instead of one per ESM, CJS and CLI chunk. The source maps
// then map the lines that read a table, not the table, so they need no trimming either.
// Large hand-written lexicons (`src/**/data/*.ts` whose exports are plain JSON values, as the
// false-friend lists are) ship as JSON files the same way: V8 compiles and runs 300 KB of
// object literals in about 27 ms on a cold start, and parses the same data as JSON in 6 ms.
// Only the build changes: the sources, and so the tests that import them, keep the constants.
const TABLE_MIN_LENGTH = 32 * 1024;
// JSON saves more than a file read costs on a smaller lexicon than a string does: parsing
// beats compiling object literals at any size.
const JSON_TABLE_MIN_LENGTH = 16 * 1024;

/** Strings, finite numbers, booleans, null, and arrays and plain objects of them: what JSON gives back unchanged. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return Object.keys(value).length === value.length && value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype || Object.isFrozen(value)) return false;
  return Object.values(value).every((entry) => entry !== undefined && isPlainJson(entry));
}

const tablesOutside: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'tables-outside',
  setup(build) {
    // tsup hands esbuild `format: 'esm'` for its CJS builds too (rollup converts them after
    // tree shaking); the format it was asked for is in the TSUP_FORMAT define.
    const format = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? 'cjs' : (build.initialOptions.format ?? 'esm');
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    const outdir = resolve(root, build.initialOptions.outdir ?? 'dist');
    const tables = new Map<string, { source: string; bytes: Buffer }>();

    build.onStart(() => tables.clear());

    /** The module's exports, evaluated: the values exactly as the sources see them, whatever escapes the file uses. Undefined when it imports anything. */
    async function evaluate(path: string): Promise<Record<string, unknown> | undefined> {
      const { code } = await build.esbuild.transform(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
      if (/^\s*import\s/mu.test(code)) return undefined;
      return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
    }

    /** Records a table file and returns the expression that reads it back when the chunk is imported. */
    function tableRead(path: string, file: string, text: string): string {
      const earlier = tables.get(file);
      if (earlier && earlier.source !== path) throw new Error(`two modules would write tables/${file}: ${earlier.source} and ${path}`);
      // latin1 maps one byte to one character both ways, and Node reads it straight into
      // a one-byte string; only text beyond U+00FF needs UTF-8.
      const encoding = /^[\0-\xff]*$/u.test(text) ? 'latin1' : 'utf8';
      tables.set(file, { source: path, bytes: Buffer.from(text, encoding) });
      const location =
        format === 'cjs'
          ? `/* @__PURE__ */ join(__dirname, "tables", ${JSON.stringify(file)})`
          : `/* @__PURE__ */ new URL(${JSON.stringify(`./tables/${file}`)}, import.meta.url)`;
      // Pure, so that a chunk which does not use a table neither keeps nor reads it.
      return `/* @__PURE__ */ readFileSync(${location}, ${JSON.stringify(encoding)})`;
    }

    const readerImports = (): string[] => ["import { readFileSync } from 'node:fs';", ...(format === 'cjs' ? ["import { join } from 'node:path';"] : [])];

    // esbuild runs the filter in Go, which knows no u flag.
    build.onLoad({ filter: /\.generated\.ts$/ }, async ({ path }) => {
      // A module smaller than a table (the relate model) loads as usual.
      if (statSync(path).size < TABLE_MIN_LENGTH) return undefined;
      const exports = await evaluate(path);
      const entries = Object.entries(exports ?? {});
      if (!exports || entries.some(([name, value]) => typeof value !== 'string' || name === 'default')) {
        return { warnings: [{ text: 'a generated module with other exports than named string constants stays inlined' }] };
      }
      const module = basename(path, '.generated.ts');
      const lines = readerImports();
      for (const [name, value] of entries as [string, string][]) {
        // Small strings, and strings that are not well-formed UTF-16 (no file encoding would
        // give them back), cost nothing to keep inline.
        if (value.length < TABLE_MIN_LENGTH || /\p{Cs}/u.test(value)) {
          lines.push(`export const ${name} = ${JSON.stringify(value)};`);
          continue;
        }
        lines.push(`export const ${name} = ${tableRead(path, `${module}-${name}.txt`, value)};`);
      }
      return { contents: `${lines.join('\n')}\n`, loader: 'js' };
    });

    build.onLoad({ filter: /[\\/]src[\\/].*[\\/]data[\\/].+\.ts$/ }, async ({ path }) => {
      if (path.endsWith('.generated.ts') || statSync(path).size < JSON_TABLE_MIN_LENGTH) return undefined;
      const exports = await evaluate(path);
      const entries = Object.entries(exports ?? {});
      // Anything but named plain-JSON values (a Map, a RegExp, a frozen object) loads as usual.
      if (entries.length === 0 || entries.some(([name, value]) => name === 'default' || !isPlainJson(value))) return undefined;
      const json = JSON.stringify(Object.fromEntries(entries));
      if (json.length < JSON_TABLE_MIN_LENGTH || /\p{Cs}/u.test(json)) return undefined;
      const file = `${relative(join(root, 'src'), path).replace(/\.ts$/u, '').split(sep).join('-')}.json`;
      const lines = [...readerImports(), `const data = /* @__PURE__ */ JSON.parse(${tableRead(path, file, json)});`];
      for (const [name] of entries) lines.push(`export const ${name} = data.${name};`);
      return { contents: `${lines.join('\n')}\n`, loader: 'js' };
    });

    // Written once the build is done rather than as modules load, so that the library
    // config's `clean`, which may still run while the program config loads its modules,
    // cannot remove them. Every chunk sits at dist/'s root, so ./tables/ is beside each.
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      for (const [file, { bytes }] of tables) {
        mkdirSync(join(outdir, 'tables'), { recursive: true });
        writeFileSync(join(outdir, 'tables', file), bytes);
      }
    });
  },
};

// The three runtime libraries are compiled into the bundle rather than imported at run time.
// All three are CommonJS, and the first CommonJS module an ESM program loads costs it the
// CommonJS loader: about 20 ms of a cold start, for some 30 KB of code. natural, moreover,
// declares database clients (pg, mongoose, redis) and WordNet among its dependencies, so
// depending on it made every install of corroborate fetch 52 packages (77 MB) for one
// stemmer file. Their licences ship in dist/THIRD-PARTY-NOTICES.md.
const BUNDLED_PACKAGES = [
  { name: 'fast-diff', licenceFile: 'LICENSE' },
  { name: 'string-similarity', licenceFile: 'LICENSE' },
  { name: 'natural', licenceFile: 'LICENSE.txt' },
] as const;
const bundledImports = [/^fast-diff$/u, /^string-similarity$/u, /^natural\//u];

function writeThirdPartyNotices(): void {
  const sections = BUNDLED_PACKAGES.map(({ name, licenceFile }) => {
    const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string; homepage?: string };
    const licence = readFileSync(`node_modules/${name}/${licenceFile}`, 'utf8').trim();
    return `## ${name} ${manifest.version} (${manifest.license})\n\n${manifest.homepage ?? ''}\n\n\`\`\`\n${licence}\n\`\`\`\n`;
  });
  const intro = '# Third-party notices\n\ncorroborate\'s build compiles these packages into dist/. Their licences follow.\n\n';
  writeFileSync('dist/THIRD-PARTY-NOTICES.md', intro + sections.join('\n'));
}

const configs: Options[] = [
  {
    entry: present(libraryEntries),
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    plugins: [asciiOnly],
    esbuildPlugins: [tablesOutside],
    // vitest is a peer dependency of `corroborate/vitest` only; runtime dependencies stay
    // external so users dedupe them and natural's heavy index is never bundled.
    external: ['vitest'],
    noExternal: bundledImports,
    // The report's JSON Schema ships as `corroborate/report.schema.json`. Copied after this
    // config's build because its `clean` empties dist/ first.
    onSuccess: async () => {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/report/report.schema.json', 'dist/report.schema.json');
      writeThirdPartyNotices();
    },
  },
  {
    entry: present(programEntries),
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    splitting: true,
    noExternal: bundledImports,
    plugins: [asciiOnly],
    esbuildPlugins: [tablesOutside],
    banner: { js: '#!/usr/bin/env node' },
  },
];

export default defineConfig(configs.filter((config) => Object.keys(config.entry as Record<string, string>).length > 0));
