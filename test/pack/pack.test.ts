import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/seeds.js';

// What `npm publish` would ship. Scripts are skipped (no rebuild): `npm test` builds first.
interface PackResult {
  files: { path: string; size: number; mode: number }[];
}

const built = existsSync(`${PROJECT_ROOT}dist/index.js`);

function packFiles(): PackResult['files'] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(output) as PackResult[])[0]!.files;
}

describe.skipIf(!built)('npm pack', () => {
  const files = built ? packFiles() : [];
  const paths = files.map((file) => file.path);
  const pkg = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as {
    exports: Record<string, string | Record<string, unknown>>;
    bin: Record<string, string>;
  };

  it('ships only the build, the seeds, the README, the licence and package.json', () => {
    const allowed = /^(?:dist\/[^/]+|dist\/tables\/[^/]+\.(?:txt|json)|seeds\/[^/]+\.txt|README\.md|LICENSE|package\.json)$/u;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
  });

  it('leaves out fixtures, tests, sources, CI files and shared data', () => {
    const forbidden = paths.filter((path) => /^(?:fixtures|test|src|\.ci|node_modules|shared)\//u.test(path) || path.includes('work/shared'));
    expect(forbidden).toEqual([]);
    for (const path of paths.filter((p) => p.startsWith('dist/'))) {
      expect(readFileSync(`${PROJECT_ROOT}${path}`, 'utf8').includes('/work/shared'), path).toBe(false);
    }
  });

  it('holds every file the package points at: exports, bin, report schema, example seeds', () => {
    const targets = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//u, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    collect(pkg.bin);
    for (const target of targets) expect(paths, target).toContain(target);
    // The chunks read the generated tables from dist/tables/ when imported.
    const tables = readdirSync(`${PROJECT_ROOT}dist/tables`);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(paths).toContain(`dist/tables/${table}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/report.schema.json',
        'dist/cli.js',
        'dist/example.js',
        'dist/vitest.js',
        'dist/vitest.d.ts',
        'seeds/000_a2ea2070e34a3aee.txt',
        'seeds/001_b79af259a0fd826f.txt',
        'README.md',
        'LICENSE',
      ]),
    );
  });

  it('the CLI is a node script', () => {
    expect(readFileSync(`${PROJECT_ROOT}dist/cli.js`, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
