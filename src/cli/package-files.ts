import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_FILES = ['seeds/000_a2ea2070e34a3aee.txt', 'seeds/001_b79af259a0fd826f.txt'] as const;

let root: string | undefined;

/**
 * The installed package's root: the nearest directory above this module with corroborate's
 * package.json. Walking up (rather than a fixed `../`) finds it from the source tree, from
 * dist/ and from any chunk the bundler writes.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'corroborate') {
      root = directory;
      return directory;
    }
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  throw new Error('corroborate: cannot find the package root (package.json) from the CLI module');
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The two example reports shipped in seeds/: Italian agency stories, machine-translated. */
export function exampleSources(): { id: string; title: string; text: string }[] {
  return SEED_FILES.map((path, index) => ({
    id: index === 0 ? 'a' : 'b',
    title: path.slice('seeds/'.length),
    text: readFileSync(join(packageRoot(), path), 'utf8'),
  }));
}
