import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/report/compare.js';
import { badDiffs, badSpans, mirrorView } from './helpers.js';

// Words and marks that exercise quotes, numbers, names and sentence breaks, mixed with
// arbitrary strings (lone surrogates, control characters, unbalanced marks).
const WORDS = ['The', 'minister', 'said', '"', '“', '”', '«', '»', 'not', 'will', 'would', '12', '15', 'Monday', 'She', 'he', 'Rome', 'Paris', '.', ',', '\n', '\n\n', 'talks', 'must', 'may', 'resume', 'in', 'May'];
const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const text = fc.oneof(prose, prose, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));

let checker: Checker;
beforeAll(async () => {
  checker = await createChecker({ artefacts: false });
});

describe('compare() (property)', () => {
  it('never throws, keeps spans true, rebuilds diffs, is deterministic and mirror-symmetric', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const report = checker.compare(a, b);
        expect(badSpans(report, { a, b })).toEqual([]);
        expect(badDiffs(report, { a, b })).toEqual([]);
        expect(JSON.stringify(checker.compare(a, b))).toBe(JSON.stringify(report));
        const ids = new Set(report.quotes.map((quote) => quote.id));
        expect(ids.size).toBe(report.quotes.length);
        const mirrored = checker.compare({ id: 'b', text: b }, { id: 'a', text: a });
        expect(mirrorView(mirrored, true)).toEqual(mirrorView(report, false));
      }),
      { seed: 4242, numRuns: 120 },
    );
  });
});
