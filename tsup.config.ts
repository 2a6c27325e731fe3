import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Entry points of the published package. The library entries get type declarations;
// the CLI and the example are programs.
const libraryEntries = { index: 'src/index.ts', vitest: 'src/testing/index.ts' };
const programEntries = { cli: 'src/cli/main.ts', example: 'src/example.ts' };

const present = (entries: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path)));

// Node reads a module's file into one string: a single non-ASCII character (a curly quote in
// a comment or a regular expression) makes it decode and compile the whole 2.8 MB chunk as
// two-byte text, which measured some 15-25 ms slower on a cold start. esbuild escapes
// non-ASCII characters in strings but not in comments or regular-expression literals; this
// escapes those too, as UTF-16 code units (\uXXXX means the same in a string, a regular
// expression with or without the u flag, and a comment).
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk(code) {
    if (!/[^\0-\x7f]/u.test(code)) return undefined;
    const escape = (char: string): string =>
      Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
    return { code: code.replace(/[^\0-\x7f]/gu, escape) };
  },
};

// A source map embeds the text of every source; for the generated data tables (about 2 MB
// of string constants, in each of the ESM, CJS and CLI maps) that doubled the package, and
// nobody steps through a string constant. Their entries stay, without the text.
const generatedSourcesOmitted: NonNullable<Options['plugins']>[number] = {
  name: 'generated-sources-omitted',
  buildEnd({ writtenFiles }) {
    for (const { name } of writtenFiles) {
      if (!name.endsWith('.map')) continue;
      const map = JSON.parse(readFileSync(name, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      const contents = map.sourcesContent;
      if (!contents || !map.sources.some((source) => source.endsWith('.generated.ts'))) continue;
      map.sources.forEach((source, index) => {
        if (source.endsWith('.generated.ts')) contents[index] = null;
      });
      writeFileSync(name, JSON.stringify(map));
    }
  },
};

// The three runtime libraries are compiled into the bundle rather than imported at run time.
// All three are CommonJS, and the first CommonJS module an ESM program loads costs it the
// CommonJS loader: about 20 ms of a cold start, for some 30 KB of code. natural, moreover,
// declares database clients (pg, mongoose, redis) and WordNet among its dependencies, so
// depending on it made every install of corroborate fetch 52 packages (77 MB) for one
// stemmer file.
// Their licences ship in dist/THIRD-PARTY-NOTICES.md.
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
    plugins: [asciiOnly, generatedSourcesOmitted],
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
    plugins: [asciiOnly, generatedSourcesOmitted],
    banner: { js: '#!/usr/bin/env node' },
  },
];

export default defineConfig(configs.filter((config) => Object.keys(config.entry as Record<string, string>).length > 0));
