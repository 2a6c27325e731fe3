import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Project root, with a trailing slash. */
export const PROJECT_ROOT = root;

/** The two seed reports: a = 000_…, b = 001_…. */
export const SEED_A = readFileSync(`${root}seeds/000_a2ea2070e34a3aee.txt`, 'utf8');
export const SEED_B = readFileSync(`${root}seeds/001_b79af259a0fd826f.txt`, 'utf8');
