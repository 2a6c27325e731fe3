import { describe, expect, it } from 'vitest';
import { WORDS_BY_FREQUENCY } from '../../../src/artefacts/data/word-frequency.js';
import { frequencyRank } from '../../../src/artefacts/lexicon/english-dictionary.js';

// The generated rank table must match the frequency list it was generated from: this fails
// when the list changes without `npm run data:ranks`.
describe('frequency ranks generated from WORDS_BY_FREQUENCY', () => {
  it('gives every listed word its position in the list, and other words none', () => {
    const expected = new Map<string, number>();
    let rank = 0;
    for (const line of WORDS_BY_FREQUENCY) for (const word of line.split(' ')) expected.set(word, rank++);
    const mismatches = [...expected].filter(([word, position]) => frequencyRank(word) !== position);
    expect(mismatches).toEqual([]);
    expect(expected.size).toBeGreaterThan(10_000);
    for (const word of ['', 'qzx', 'thex', 'th', 'zzzzzz', 'a/b', 'the ']) expect(frequencyRank(word), word).toBe(expected.get(word));
  });
});
