import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { formatFinding } from './helpers.js';

const root = `${PROJECT_ROOT}fixtures/artefacts/`;
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('artefact fixtures (fresh text, one folder per phenomenon)', () => {
  it('has a folder for every rule family and a clean-English one', () => {
    expect(folders).toEqual(expect.arrayContaining(['clean-english', 'false-friend', 'non-word', 'pronoun-gender', 'repetition', 'typography', 'untranslated']));
  });

  for (const folder of folders) {
    it(folder, () => {
      const text = readFileSync(`${root}${folder}/input.txt`, 'utf8');
      const optionsPath = `${root}${folder}/options.json`;
      const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : undefined;
      const expected = readFileSync(`${root}${folder}/expected.txt`, 'utf8').split('\n').filter((line) => line.length > 0);
      const found = detectArtefacts({ id: folder, text }, options).map(formatFinding);
      expect(found).toEqual(expected);
    });
  }
});
