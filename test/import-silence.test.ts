import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/seeds.js';

function run(code: string, type: 'commonjs' | 'module'): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--input-type=' + type, '-e', code], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('importing corroborate', () => {
  it('the detector sees output: importing natural\u2019s index prints dotenv tips', () => {
    const result = run("require('natural')", 'commonjs');
    expect(result.stdout.length + result.stderr.length).toBeGreaterThan(0);
  });

  it('prints nothing when required (CJS build)', () => {
    const result = run("const c = require('./dist/index.cjs'); c.createDocument('Hello. World.');", 'commonjs');
    expect(result).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('prints nothing when imported (ESM build)', () => {
    const result = run("const c = await import('./dist/index.js'); c.createDocument('Hello. World.');", 'module');
    expect(result).toEqual({ stdout: '', stderr: '', status: 0 });
  });
});
