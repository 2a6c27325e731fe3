import { describe, expect, it } from 'vitest';
import { chrFMax } from '../../src/align/chrf.js';
import { FEATURE_NAMES, pairFeatures } from '../../src/align/features.js';
import { RELATE_MODEL } from '../../src/align/data/relate-model.generated.js';
import { featureSide, tokenizeText } from '../../src/align/sides.js';

describe('chrFMax', () => {
  it('is 1 for the same characters, whatever the case and spacing', () => {
    expect(chrFMax('The Council met.', 'the  council\tmet.')).toBe(1);
  });

  it('is 0 when no character is shared, or a side is empty', () => {
    expect(chrFMax('abc', 'xyz')).toBe(0);
    expect(chrFMax('abc', '   ')).toBe(0);
  });

  it('averages the character n-gram precisions of every order both texts reach', () => {
    // Orders 1 and 2: one shared unigram of two on each side, no shared bigram → P = R = 0.25.
    expect(chrFMax('ab', 'ac')).toBeCloseTo(0.25, 12);
    // "abc" in "abcd": orders 1–3 have precisions 1 for A and 3/4, 2/3, 1/2 for B. With β = 2
    // the better direction takes the longer text as hypothesis: P = B's, R = 1.
    const precision = (3 / 4 + 2 / 3 + 1 / 2) / 3;
    expect(chrFMax('abc', 'abcd')).toBeCloseTo((5 * precision) / (4 * precision + 1), 12);
  });

  it('is symmetric', () => {
    const x = 'NATO and Russia held talks in Brussels on 12 January.';
    const y = 'Russia and NATO met in Brussels on January 12.';
    expect(chrFMax(x, y)).toBe(chrFMax(y, x));
  });

  /** chrF by its definition, with string n-gram counts. */
  function reference(x: string, y: string): number {
    const grams = (text: string, n: number): Map<string, number> => {
      const compact = text.toLowerCase().replace(/\s+/gu, '');
      const counts = new Map<string, number>();
      for (let i = 0; i + n <= compact.length; i++) counts.set(compact.slice(i, i + n), (counts.get(compact.slice(i, i + n)) ?? 0) + 1);
      return counts;
    };
    let pa = 0;
    let pb = 0;
    let orders = 0;
    for (let n = 1; n <= 6; n++) {
      const a = grams(x, n);
      const b = grams(y, n);
      const total = (m: Map<string, number>): number => [...m.values()].reduce((s, v) => s + v, 0);
      if (total(a) === 0 || total(b) === 0) continue;
      let shared = 0;
      for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
      pa += shared / total(a);
      pb += shared / total(b);
      orders++;
    }
    if (orders === 0) return 0;
    const f = (p: number, r: number): number => (p + r === 0 ? 0 : (5 * p * r) / (4 * p + r));
    return Math.max(f(pa / orders, pb / orders), f(pb / orders, pa / orders));
  }

  it('agrees with the definition, with exact integer codes and with the fallback for alphabets too large for them', () => {
    const wide = Array.from({ length: 450 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const pairs: [string, string][] = [
      ['The talks ended without agreement, officials said.', 'Officials said the talks had ended with no agreement.'],
      ['aaaa aaa', 'aaa'],
      [`${wide}ab`, `${wide.slice(0, 300)}ac`],
    ];
    for (const [x, y] of pairs) expect(chrFMax(x, y)).toBeCloseTo(reference(x, y), 12);
  });
});

describe('pairFeatures', () => {
  const side = (text: string) => featureSide(text, tokenizeText(text));
  const pairs: [string, string][] = [
    ['Stoltenberg said the risk of conflict in Europe is real.', 'The risk of armed conflict in Europe is real, Stoltenberg warned.'],
    ['Revenue rose 5 percent to $1.2 billion.', 'Revenue fell 3 percent to $1.1 billion in the quarter.'],
    ['He did not attend the meeting.', 'He attended the meeting on Monday with Lavrov.'],
  ];

  it('gives one value per named feature, the ones the model was trained on', () => {
    expect(RELATE_MODEL.features).toEqual(FEATURE_NAMES);
    for (const [x, y] of pairs) expect(pairFeatures(side(x), side(y))).toHaveLength(FEATURE_NAMES.length);
  });

  it('is symmetric in its two sides', () => {
    for (const [x, y] of pairs) expect(pairFeatures(side(x), side(y))).toEqual(pairFeatures(side(y), side(x)));
  });

  it('scores texts too long for chrF by their character Dice instead', () => {
    const long = 'word'.repeat(2_000);
    const features = pairFeatures(side(long), side(`${long}s`));
    expect(features[FEATURE_NAMES.indexOf('chrFMax')]).toBe(features[FEATURE_NAMES.indexOf('charDice')]);
    const short = pairFeatures(side(pairs[0]![0]), side(pairs[0]![1]));
    expect(short[FEATURE_NAMES.indexOf('chrFMax')]).not.toBe(short[FEATURE_NAMES.indexOf('charDice')]);
  });
});
