import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';

const fragments = [
  'the the', 'serious and serious', '«', '»', '“', '”', '"', 'cyber- security', 'conflicts. and', 'dialogue.AGI', 'â€™', 'Ã©', '\uFFFD',
  'de-exclusation', 'della', 'che', 'Mosca', '停止', 'Нет', ' , ', 'Wendy Sherman', ' he ', ' she ', 'his', 'to do, to choose', '\n\n',
  'NATO', 'https://x.io/a', '@handle', '#tag', '\uD800', '\u0000', '\u200B', 'e\u0301', 'U.S.', ' - ', '...', '…',
];

const noisyText = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('detectArtefacts on any string', () => {
  it('never throws, and every span slices the original text', () => {
    fc.assert(
      fc.property(noisyText, fc.constantFrom(undefined, 'it', 'auto'), (text, sourceLanguage) => {
        const artefacts = detectArtefacts(text, sourceLanguage ? { sourceLanguage: sourceLanguage as 'it' } : undefined);
        for (const artefact of artefacts) {
          expect(artefact.start).toBeGreaterThanOrEqual(0);
          expect(artefact.end).toBeGreaterThan(artefact.start);
          expect(artefact.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(artefact.start, artefact.end)).toBe(artefact.text);
          expect(artefact.confidence).toBeGreaterThanOrEqual(0.5);
        }
        for (let k = 1; k < artefacts.length; k++) {
          const previous = artefacts[k - 1]!;
          const current = artefacts[k]!;
          expect(previous.start < current.start || (previous.start === current.start && previous.ruleId <= current.ruleId)).toBe(true);
        }
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });
});
