import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ManyReport } from '../../src/report/many-types.js';
import type { Report } from '../../src/report/types.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';

// The built program, spawned as a user would run it: exit codes, and stdout kept for the
// report alone while problems go to stderr. (`npm test` builds dist/ first.)
const CLI = `${PROJECT_ROOT}dist/cli.js`;
const SEEDS = ['seeds/000_a2ea2070e34a3aee.txt', 'seeds/001_b79af259a0fd826f.txt'];

function spawn(args: string[], input?: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!existsSync(CLI))('dist/cli.js', () => {
  it('--version prints the version and exits 0', () => {
    const { version } = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string };
    expect(spawn([CLI, '--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a missing file exits 2 with one line on stderr and nothing on stdout', () => {
    const result = spawn([CLI, 'compare', 'no-such-file.txt', SEEDS[1]!]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: "corroborate: cannot read 'no-such-file.txt': no such file\n" });
  });

  it('compare writes a JSON report to a pipe and exits 1 on findings at --fail-on', () => {
    const result = spawn([CLI, 'compare', SEEDS[0]!, '-', '--fail-on', 'info'], SEED_B);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.length])).toEqual([
      ['a', SEED_A.length],
      ['b', SEED_B.length],
    ]);
    expect(result.status).toBe(report.divergences.length + report.artefacts.length > 0 ? 1 : 0);
  });

  it('many writes a ManyReport for three files, ids from their names, and exits 0 without --fail-on', () => {
    const files = ['harbour', 'courier', 'gazette'].map((name) => `fixtures/many/dock-strike/${name}.txt`);
    const result = spawn([CLI, 'many', ...files]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ManyReport;
    expect(report.sources.map((source) => [source.id, source.length])).toEqual(
      files.map((file) => [file.slice(file.lastIndexOf('/') + 1, -'.txt'.length), readFileSync(`${PROJECT_ROOT}${file}`, 'utf8').length]),
    );
    expect(report.pairs.map((pair) => pair.sources.join('-'))).toEqual(['harbour-courier', 'harbour-gazette', 'courier-gazette']);
    expect(report.clusters.length).toBeGreaterThan(0);
    for (const cluster of report.clusters) expect(cluster.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('example (and dist/example.js, behind npm run example) print the text report', () => {
    const viaCli = spawn([CLI, 'example'], undefined, { NO_COLOR: '1' });
    expect(viaCli.stderr).toBe('');
    expect(viaCli.status).toBe(0);
    expect(viaCli.stdout).toMatch(/^corroborate report: a ↔ b\na {2}000_a2ea2070e34a3aee\.txt · /u);
    expect(viaCli.stdout).toContain('Matched quotes (');
    expect(viaCli.stdout).not.toContain('\u001b[');
    const viaExample = spawn([`${PROJECT_ROOT}dist/example.js`], undefined, { NO_COLOR: '1' });
    expect(viaExample).toEqual(viaCli);
  });
});
