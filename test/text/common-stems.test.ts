import fc from 'fast-check';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { WORDS_BY_FREQUENCY } from '../../src/artefacts/data/word-frequency.js';
import { COMMON_STEMS } from '../../src/text/data/common-stems.generated.js';
import { stem } from '../../src/text/stem.js';
import { expandStemCode, stemCode, STEMMED_WORD } from '../../src/text/stem-code.js';

// The generated table stands in for natural's stemmer on common words, so it must agree
// with natural exactly, and must be regenerated (`npm run data:stems`) when the frequency
// list changes.
describe('common stems generated from natural', () => {
  const lines = COMMON_STEMS.split('\n');

  it("gives every listed word natural's stem", () => {
    const mismatches = lines.flatMap((line) => {
      const [word = '', code = ''] = line.split(' ');
      const expected = PorterStemmer.stem(word);
      return expandStemCode(word, code) === expected && stem(word) === expected ? [] : [`${word}: ${expandStemCode(word, code)} ≠ ${expected}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('holds the words of the frequency list, sorted', () => {
    const words = lines.map((line) => line.split(' ')[0]!);
    const listed = [...new Set(WORDS_BY_FREQUENCY.flatMap((line) => line.split(' ')))].filter((word) => STEMMED_WORD.test(word));
    expect(words).toEqual([...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(words.length).toBeGreaterThan(10_000);
  });

  it("stems words outside the table with natural, and compounds part by part", () => {
    const word = fc.stringMatching(/^[a-z]{1,14}$/u);
    fc.assert(
      fc.property(word, (w) => {
        expect(stem(w)).toBe(STEMMED_WORD.test(w) ? PorterStemmer.stem(w) : w);
      }),
      { seed: 7, numRuns: 500 },
    );
    expect(stem('de-escalation')).toBe(`de-${PorterStemmer.stem('escalation')}`);
  });

  it('codes round-trip for any word and stem', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/u), fc.stringMatching(/^[a-z]{0,12}$/u), (word, stemmed) => {
        expect(expandStemCode(word, stemCode(word, stemmed))).toBe(stemmed);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
