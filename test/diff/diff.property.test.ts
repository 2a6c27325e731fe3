import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords } from '../../src/diff/index.js';
import { rebuild } from '../report/helpers.js';

const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom('the', 'The', 'vote', 'votes', '12', ',', '.', ' ', '\n', '“', '»', '\uD800', 'é', 'e\u0301'), { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('diffWords (property)', () => {
  it('rebuilds both texts and every span slices its text', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, stems) => {
        const ops = diffWords(a, b, { stems });
        expect(rebuild(ops, 'a')).toBe(a);
        expect(rebuild(ops, 'b')).toBe(b);
        for (const o of ops) {
          if (o.a) expect(a.slice(o.a.start, o.a.end)).toBe(o.a.text);
          if (o.b) expect(b.slice(o.b.start, o.b.end)).toBe(o.b.text);
          expect([o.op, o.a !== undefined, o.b !== undefined]).toEqual([o.op, o.op !== 'insert', o.op !== 'delete']);
        }
      }),
      { seed: 20240605, numRuns: 300 },
    );
  });
});
