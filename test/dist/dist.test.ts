import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';

// Runs against the built package (npm test builds first through its pretest script), so
// that what ships behaves like what the other suites test.
const require = createRequire(import.meta.url);

describe('built dist/', () => {
  it('CJS and ESM builds export the same names as the source', async () => {
    const cjs = require(`${PROJECT_ROOT}dist/index.cjs`) as Record<string, unknown>;
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as Record<string, unknown>;
    const names = Object.keys(source).sort();
    expect(Object.keys(cjs).sort()).toEqual(names);
    expect(Object.keys(esm).sort()).toEqual(names);
  });

  it('the built document model agrees with the source on the seeds', async () => {
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    const built = esm.createDocument(SEED_A);
    const fromSource = source.createDocument(SEED_A);
    expect(built.sentences.map((s) => [s.start, s.end])).toEqual(fromSource.sentences.map((s) => [s.start, s.end]));
    expect(built.tokens.length).toBe(fromSource.tokens.length);
  });

  it('typed errors from dist are instances of the built classes', async () => {
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    let caught: unknown;
    try {
      esm.createDocument(42 as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(esm.isCorroborateError(caught)).toBe(true);
  });

  it("the built compare() gives the source's report on the seeds, byte for byte", async () => {
    // The build escapes non-ASCII characters and moves the generated tables to files read
    // at import; a report that differed would mean what ships is not what the other suites test.
    const esm = (await import(`${PROJECT_ROOT}dist/index.js`)) as typeof source;
    const cjs = require(`${PROJECT_ROOT}dist/index.cjs`) as typeof source;
    const expected = JSON.stringify(await source.compare(SEED_A, SEED_B));
    expect(JSON.stringify(await esm.compare(SEED_A, SEED_B))).toBe(expected);
    expect(JSON.stringify(await cjs.compare(SEED_A, SEED_B))).toBe(expected);
  });
});
