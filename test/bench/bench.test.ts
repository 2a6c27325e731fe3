import { describe, expect, it } from 'vitest';
import {
  ADVERSARIAL_INPUTS,
  controlCharacters,
  lineEndings,
  longSentence,
  nestedQuotes,
  noWhitespace,
  unbalancedQuoteMarks,
  unicodeMix,
} from './adversarial.js';
import { detectCapabilities } from './capabilities.js';
import { splitSentences, splitWords } from './children/sentences.mjs';
import { buildEventReports, buildScalePair, countWords, resolveDataDir, type ParallelLines } from './corpus.js';
import { QUOTE_MARKS } from './data/filler.js';
import { formatMs, renderMarkdown, renderPlain } from './format.js';
import { createRandom, shuffle } from './random.js';
import { extrapolate, fitGrowthExponent, median, summarize } from './stats.js';
import { TARGETS, verdict } from './targets.js';

// A tiny parallel corpus written for this test: mostly one sentence per line, one line of
// two sentences, and one line whose renderings split differently (so it must be left out).
const TINY: ParallelLines = {
  a: [
    'The ferry left Naples at dawn.',
    'Fog delayed it by an hour.',
    'Passengers waited on deck. Some of them sang.',
    'The captain apologised on arrival.',
    'Nobody was hurt',
    'Port officials blamed the weather; the company agreed.',
    '',
  ],
  b: [
    'The ferry departed from Naples at sunrise.',
    'An hour was lost to fog.',
    'Travellers stood on the deck. A few sang songs.',
    'On arrival the captain said sorry.',
    'No one was injured',
    'Port officials blamed the weather. The company agreed.',
    '',
  ],
};

describe('median and summarize', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty sample rather than inventing a number', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it('summarises median, min, max and run count', () => {
    expect(summarize([9, 2, 4, 7])).toEqual({ median: 5.5, min: 2, max: 9, runs: 4 });
  });
});

describe('fitGrowthExponent', () => {
  it('recovers the exponent of an exact power law', () => {
    const linear = [250, 500, 1000, 2000, 4000].map((size) => ({ size, ms: 0.3 * size }));
    const quadratic = [250, 500, 1000, 2000].map((size) => ({ size, ms: 2e-4 * size ** 2 }));
    expect(fitGrowthExponent(linear)?.exponent).toBeCloseTo(1, 10);
    expect(fitGrowthExponent(quadratic)?.exponent).toBeCloseTo(2, 10);
    expect(fitGrowthExponent(linear)?.r2).toBeCloseTo(1, 10);
  });

  it('fits n log n between 1 and 1.2 over the benchmark sizes', () => {
    const points = [250, 500, 1000, 2000, 4000].map((size) => ({ size, ms: size * Math.log(size) }));
    const fit = fitGrowthExponent(points);
    expect(fit?.exponent).toBeGreaterThan(1);
    expect(fit?.exponent).toBeLessThan(1.2);
  });

  it('averages noise: a least-squares slope, not the last two points', () => {
    const points = [
      { size: 100, ms: 10 },
      { size: 200, ms: 25 },
      { size: 400, ms: 38 },
      { size: 800, ms: 85 },
    ];
    const fit = fitGrowthExponent(points);
    expect(fit?.exponent).toBeCloseTo(1.0, 1);
    expect(fit?.r2).toBeLessThan(1);
  });

  it('extrapolates from the largest point along the fitted exponent', () => {
    const quadratic = [250, 500, 1000, 2000].map((size) => ({ size, ms: 2e-4 * size ** 2 }));
    expect(extrapolate(quadratic, 4000)).toBeCloseTo(2e-4 * 4000 ** 2, 6);
    expect(extrapolate([{ size: 100, ms: 3 }], 200)).toBeUndefined();
  });

  it('gives no fit for fewer than two usable points', () => {
    expect(fitGrowthExponent([{ size: 100, ms: 3 }])).toBeUndefined();
    expect(fitGrowthExponent([{ size: 100, ms: 3 }, { size: 100, ms: 4 }])).toBeUndefined();
    expect(fitGrowthExponent([{ size: 100, ms: 0 }, { size: 200, ms: 4 }])).toBeUndefined();
  });
});

describe('seeded shuffle', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(shuffle(items, createRandom(42))).toEqual(shuffle(items, createRandom(42)));
    expect(shuffle(items, createRandom(42))).not.toEqual(shuffle(items, createRandom(43)));
  });

  it('is a permutation and leaves its input alone', () => {
    const copy = [...items];
    const shuffled = shuffle(items, createRandom(7));
    expect(items).toEqual(copy);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('draws floats in [0, 1)', () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('peer splitting', () => {
  it('splits sentences at final punctuation and at line ends', () => {
    expect(splitSentences('He left. “Why?” she asked.\nA headline\n\nEnd!')).toEqual([
      'He left.',
      '“Why?”',
      'she asked.',
      'A headline',
      'End!',
    ]);
  });

  it('finds words with inner apostrophes', () => {
    expect(splitWords("It's the minister’s view, 2,500 troops.")).toEqual(["It's", 'the', 'minister’s', 'view', 'troops']);
  });
});

describe('buildScalePair', () => {
  it('builds exactly the requested sentence count on both sides', () => {
    for (const sentences of [1, 2, 5, 17, 40]) {
      const pair = buildScalePair(TINY, sentences, 3);
      expect(pair.sentences).toBe(sentences);
      expect(splitSentences(pair.a)).toHaveLength(sentences);
      expect(splitSentences(pair.b)).toHaveLength(sentences);
    }
  });

  it('keeps one line per paragraph and the two sides parallel', () => {
    const pair = buildScalePair(TINY, 30, 5);
    const linesA = pair.a.split('\n');
    const linesB = pair.b.split('\n');
    expect(linesA).toHaveLength(pair.paragraphs);
    expect(linesB).toHaveLength(pair.paragraphs);
    linesA.forEach((line, i) => {
      const index = TINY.a.indexOf(line);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(linesB[i]).toBe(TINY.b[index]);
    });
  });

  it('leaves out lines whose renderings split into different sentence counts', () => {
    const pair = buildScalePair(TINY, 40, 9);
    expect(pair.a).not.toContain('Port officials');
  });

  it('is deterministic for a seed and shuffles differently for another', () => {
    expect(buildScalePair(TINY, 25, 1)).toEqual(buildScalePair(TINY, 25, 1));
    expect(buildScalePair(TINY, 25, 1).a).not.toBe(buildScalePair(TINY, 25, 2).a);
  });

  it('rejects a non-positive size', () => {
    expect(() => buildScalePair(TINY, 0)).toThrow(RangeError);
  });
});

describe('buildEventReports', () => {
  it('builds the requested number of reports, alternating renderings, of at least the word count', () => {
    const reports = buildEventReports(TINY, 6, 12, 4);
    expect(reports).toHaveLength(6);
    for (const report of reports) expect(countWords(report)).toBeGreaterThanOrEqual(12);
    expect(reports[0]).toContain('ferry left');
    expect(reports[1]).toMatch(/ferry departed|fog|deck|said sorry|injured/u);
    expect(buildEventReports(TINY, 6, 12, 4)).toEqual(reports);
  });
});

describe('resolveDataDir', () => {
  it('defaults to ../shared/data and honours CORROBORATE_DATA', () => {
    expect(resolveDataDir('/p/project', {})).toBe('/p/shared/data');
    expect(resolveDataDir('/p/project', { CORROBORATE_DATA: '/data' })).toBe('/data');
    expect(resolveDataDir('/p/project', { CORROBORATE_DATA: 'local' })).toBe('/p/project/local');
  });
});

describe('adversarial generators', () => {
  it('are deterministic, vary with the seed, and shrink with scale', () => {
    for (const input of ADVERSARIAL_INPUTS) {
      const small = input.generate({ scale: 0.01 });
      expect(input.generate({ scale: 0.01 }), input.name).toBe(small);
      expect(input.generate({ scale: 0.01, seed: 2 }), input.name).not.toBe(small);
      expect(small.length, input.name).toBeGreaterThan(0);
      expect(small.length, input.name).toBeLessThan(20_000);
    }
  });

  it('have the documented shapes at full size', () => {
    const marks = unbalancedQuoteMarks();
    expect([...marks].filter((char) => QUOTE_MARKS.includes(char))).toHaveLength(100_000);

    const solid = noWhitespace();
    expect(solid).toHaveLength(1_000_000);
    expect(/\s/u.test(solid)).toBe(false);

    const sentence = longSentence();
    expect(sentence).toHaveLength(200_000);
    expect(sentence.endsWith('.')).toBe(true);
    expect(/[.!?]/u.test(sentence.slice(0, -1))).toBe(false);

    expect(nestedQuotes().split(' said ').length - 1).toBe(5_000);
  });

  it('contain the characters they promise', () => {
    const mix = unicodeMix({ scale: 0.05 });
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(mix) || /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(mix)).toBe(true);
    expect(mix).toContain('\u200D');
    expect(mix).toMatch(/[\u0590-\u06FF]/u);
    expect(controlCharacters({ scale: 0.05 })).toContain('\0');
    expect(lineEndings({ scale: 0.05 })).toMatch(/\r(?!\n)/u);
  });
});

describe('capabilities, targets and tables', () => {
  it('detects only function exports', () => {
    const found = detectCapabilities({ compare: () => null, createChecker: 'no', extractQuotes: undefined });
    expect(found).toEqual({ compare: true, createChecker: false, compareMany: false, extractQuotes: false, detectArtefacts: false });
  });

  it('judges a figure against its target, and judges nothing without a figure', () => {
    expect(verdict(TARGETS.coldStartMs, 300)).toBe('pass');
    expect(verdict(TARGETS.coldStartMs, 301)).toBe('fail');
    expect(verdict(TARGETS.speedupOverPeer, 25)).toBe('pass');
    expect(verdict(TARGETS.speedupOverPeer, 19.9)).toBe('fail');
    expect(verdict(TARGETS.warmCompareMs, undefined)).toBe('—');
  });

  it('formats times and renders both table styles', () => {
    expect([formatMs(0.845), formatMs(183.4), formatMs(1534)]).toEqual(['0.84 ms', '183 ms', '1.53 s']);
    const table = { title: 'T', columns: ['figure', 'value'], rows: [['a|b', '1 ms']] };
    expect(renderPlain(table).split('\n')).toEqual(['T', 'figure  value', '──────  ─────', 'a|b     1 ms']);
    expect(renderMarkdown(table)).toContain('| a\\|b | 1 ms |');
  });
});
