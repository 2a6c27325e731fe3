import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { formatQuote } from './format.js';

// Each folder under fixtures/quotes holds one phenomenon written fresh for these tests (not
// taken from the seeds): `input.txt` and the quotes expected from it as short strings.
const root = `${PROJECT_ROOT}fixtures/quotes/`;
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('quote fixtures', () => {
  it('has a fixture for every mark and cue phenomenon', () => {
    expect(folders.length).toBeGreaterThanOrEqual(20);
  });

  for (const folder of folders) {
    it(folder, () => {
      const text = readFileSync(`${root}${folder}/input.txt`, 'utf8');
      const expected = JSON.parse(readFileSync(`${root}${folder}/expected.json`, 'utf8')) as string[];
      expect(extractQuotes({ id: folder, text }).map(formatQuote)).toEqual(expected);
    });
  }
});
