import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { loadFixture } from '../render/fixtures.js';

// `corroborate/vitest` as published: usable from ESM and CJS, and vitest stays a peer that
// the built files never load.
const built = existsSync(`${PROJECT_ROOT}dist/vitest.js`);

describe.skipIf(!built)('dist/vitest', () => {
  it('never imports vitest at run time', () => {
    for (const file of ['dist/vitest.js', 'dist/vitest.cjs']) {
      expect(readFileSync(`${PROJECT_ROOT}${file}`, 'utf8')).not.toMatch(/(?:from|import\(|require\()\s*["']vitest/u);
    }
  });

  it('extends expect from the ESM and the CJS build', async () => {
    const esm = (await import(`${PROJECT_ROOT}dist/vitest.js`)) as { corroborateMatchers: Record<string, never> };
    const cjs = createRequire(import.meta.url)(`${PROJECT_ROOT}dist/vitest.cjs`) as { corroborateMatchers: Record<string, never> };
    expect(Object.keys(cjs.corroborateMatchers).sort()).toEqual(Object.keys(esm.corroborateMatchers).sort());
    expect.extend(esm.corroborateMatchers);
    const { report } = loadFixture('port-strike');
    expect(report).toMatchQuote('within five days');
    expect(report).toAttributeQuote('within five days', /\S/u);
    expect(report).not.toHaveNoDivergence({ kinds: ['number'] });
  });

  it('declares the matchers on vitest’s Assertion', () => {
    const types = readFileSync(`${PROJECT_ROOT}dist/vitest.d.ts`, 'utf8');
    expect(types).toMatch(/declare module 'vitest' \{\s*interface Assertion<T = any> extends CorroborateMatchers<T>/u);
  });
});
