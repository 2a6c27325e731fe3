import { basename, extname } from 'node:path';

/** The id `-` gets: it names no file, and its title in the report is `stdin` too. */
const STDIN_ID = 'stdin';

/**
 * Default source ids for `many`: each file's base name without its extension
 * (`wires/ansa.txt` → `ansa`, `-` → `stdin`), so that clusters and pair lines name the
 * agencies a reader passed; when two names coincide (`a/ansa.txt b/ansa.txt`) or one is
 * blank, all ids fall back to `s1`, `s2`, … (compareMany's own defaults) rather than a
 * mix, so the ids follow one rule a reader can see at a glance.
 */
export function defaultManyIds(inputs: readonly string[]): string[] {
  const names = inputs.map((input) => (input === '-' ? STDIN_ID : basename(input, extname(input))));
  const usable = names.every((name) => name.trim() !== '') && new Set(names).size === names.length;
  return usable ? names : inputs.map((_, index) => `s${index + 1}`);
}
