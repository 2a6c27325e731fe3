import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Entry points of the published package. The library entries get type declarations;
// the CLI and the example are programs.
const libraryEntries = { index: 'src/index.ts', vitest: 'src/testing/index.ts' };
const programEntries = { cli: 'src/cli/main.ts', example: 'src/example.ts' };

const present = (entries: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path)));

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
    // vitest is a peer dependency of `corroborate/vitest` only; runtime dependencies stay
    // external so users dedupe them and natural's heavy index is never bundled.
    external: ['vitest'],
    // The report's JSON Schema ships as `corroborate/report.schema.json`. Copied after this
    // config's build because its `clean` empties dist/ first.
    onSuccess: async () => {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/report/report.schema.json', 'dist/report.schema.json');
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
    banner: { js: '#!/usr/bin/env node' },
  },
];

export default defineConfig(configs.filter((config) => Object.keys(config.entry as Record<string, string>).length > 0));
