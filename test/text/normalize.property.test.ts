import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, normalizeText } from '../../src/index.js';

// Characters the normaliser treats specially, mixed into random Unicode so that every
// branch (folds, CRLF, combining marks, astral code points, lone surrogates) is exercised.
const SPECIAL = ['\r\n', '\r', '\u00ad', 'ﬁ', '…', '“', '»', '\u00a0', 'e\u0301', 'a\u0308\u0304', '😀', '\ud800', '\u0000', '－', '\u2028', ' ', '\n\n', '.'];
const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...SPECIAL)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('normalised view', () => {
  it('maps every normalised code unit back to the original text it came from', () => {
    fc.assert(
      fc.property(text, (original) => {
        const view = normalizeText(original);
        // Group normalised units by the original span that produced them; each group must be
        // exactly the normalisation of that span, and the spans must tile the original in order.
        let previousEnd = 0;
        let index = 0;
        while (index < view.text.length) {
          const start = view.originalStart(index);
          const end = view.originalEnd(index + 1);
          let next = index + 1;
          while (next < view.text.length && view.originalStart(next) === start) next++;
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(normalizeText(original.slice(start, end)).text).toBe(view.text.slice(index, next));
          // Whatever lies between two groups was removed by normalisation (soft hyphens, BOMs).
          expect(normalizeText(original.slice(previousEnd, start)).text).toBe('');
          previousEnd = end;
          index = next;
        }
        expect(normalizeText(original.slice(previousEnd)).text).toBe('');
      }),
      { seed: 20220112, numRuns: 400 },
    );
  });

  it('gives spans that slice the original for any input', () => {
    fc.assert(
      fc.property(text, (original) => {
        const document = createDocument(original);
        for (const span of [...document.paragraphs, ...document.sentences, ...document.tokens]) {
          expect(original.slice(span.start, span.end)).toBe(span.text);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
