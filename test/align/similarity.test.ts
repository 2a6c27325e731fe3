import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diceCoefficient, isSpellingVariant } from '../../src/align/similarity.js';
import { lexicalRelation } from '../../src/align/lexicon.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('similarity', () => {
  it('wraps character Dice and tells spelling variants from different words', () => {
    expect(diceCoefficient('harbour', 'harbour')).toBe(1);
    expect(isSpellingVariant('Aleksander', 'Alexander')).toBe(true);
    expect(isSpellingVariant('behaviour', 'behavior')).toBe(true);
    expect(isSpellingVariant('nation', 'notion')).toBe(false);
    expect(isSpellingVariant('Kyiv', 'Kiev')).toBe(false); // too short to judge by bigrams
  });

  it('knows synonyms and near-synonyms from the compiled WordNet tables (by stem)', () => {
    expect(lexicalRelation('profound', 'strong')).toBe('near');
    expect(lexicalRelation('avoid', 'avert')).toBe('synonym');
    expect(lexicalRelation('bridg', 'tax')).toBeUndefined();
  });

  it('is the only module importing string-similarity', () => {
    const importers = sourceFiles(join(PROJECT_ROOT, 'src')).filter((file) => /from ['"]string-similarity['"]/.test(readFileSync(file, 'utf8')));
    expect(importers.map((file) => file.slice(PROJECT_ROOT.length))).toEqual(['src/align/similarity.ts']);
  });
});
