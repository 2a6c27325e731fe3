/** Makes sure `dist/` is built from the current sources before measuring it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Why `dist/` needs a build, or `undefined` when it is up to date. */
export function staleReason(projectRoot: string): string | undefined {
  const built = join(projectRoot, 'dist', 'index.js');
  if (!existsSync(built)) return 'dist/index.js is missing';
  const inputs = ['src', 'tsup.config.ts', 'package.json'].map((name) => join(projectRoot, name)).filter((path) => existsSync(path));
  const newestInput = Math.max(...inputs.map(newestModification));
  return newestInput > statSync(built).mtimeMs ? 'src/ is newer than dist/' : undefined;
}

export interface BuildResult {
  readonly built: boolean;
  /** Set when the build failed but an older dist/ exists, which is then measured. */
  readonly warning?: string;
}

/** Runs `npm run build` when dist/ is stale; throws when it fails and nothing is built. */
export function ensureBuilt(projectRoot: string, log: (line: string) => void): BuildResult {
  const reason = staleReason(projectRoot);
  if (reason === undefined) return { built: false };
  log(`building: ${reason}; running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status === 0) return { built: true };
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
  if (existsSync(join(projectRoot, 'dist', 'index.js'))) {
    return { built: false, warning: `npm run build failed; measuring the existing, older dist/\n${output}` };
  }
  throw new Error(`npm run build failed and there is no dist/ to measure:\n${output}`);
}
