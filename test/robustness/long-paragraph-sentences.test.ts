/**
 * Sentence boundaries on long paragraphs: they must equal one `Intl.Segmenter` call on the
 * whole text, and stay linear. `Intl.Segmenter` itself is quadratic in V8, which copies the
 * whole input into every segment it yields (1 MB without whitespace took minutes); our
 * UAX #29 rules look ahead only from a full stop (SB8), up to the next terminal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBoundaries } from '../../src/text/sentence-boundaries.js';
import { createDocument } from '../../src/text/document.js';
import { noWhitespace } from '../bench/adversarial.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';
import { mutatedSeed, soup } from './arbitraries.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const oneCall = (body: string): { start: number; end: number }[] =>
  [...segmenter.segment(body)].map((segment) => ({ start: segment.index, end: segment.index + segment.segment.length }));

/** Paragraph breaks removed, so the whole text is one paragraph for the segmenter. */
const flatten = (text: string): string => text.replace(/\s*\n\s*/gu, ' ');

describe('sentence boundaries of long paragraphs', () => {
  it('gives the boundaries of one Intl.Segmenter call on long paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedSeed('a', 4), mutatedSeed('b', 4), soup(200)), { minLength: 1, maxLength: 4 }), fc.boolean(), (pieces, flat) => {
        const body = flat ? flatten(pieces.join(' ')) : pieces.join('');
        expect(segmentBoundaries(body, 0)).toEqual(oneCall(body));
      }),
      { seed: 0x5e6, numRuns: 30 },
    );
  });

  it('equal Intl.Segmenter on long stretches with no boundary, or with no letter after one', () => {
    for (const body of [
      'x'.repeat(20_000),
      `${'word '.repeat(3000)}. ${'1 2 3 '.repeat(2000)}end.`,
      `Start. ${'. '.repeat(5000)}lower case after dots. Then more.`,
      `${'A sentence. '.repeat(400)}${'?!'.repeat(3000)}${'Another one. '.repeat(400)}`,
      flatten(SEED_A + SEED_B),
      noWhitespace({ scale: 0.02 }),
    ]) {
      expect(segmentBoundaries(body, 7)).toEqual(oneCall(body).map((span) => ({ start: span.start + 7, end: span.end + 7 })));
    }
  });

  it('keeps a long paragraph linear enough to segment 1 MB', () => {
    // Only that it returns: one Intl.Segmenter call on this text takes minutes.
    const text = noWhitespace();
    const document = createDocument(text);
    expect(document.sentences.length).toBeGreaterThan(1000);
    expect(document.sentences.every((sentence) => text.slice(sentence.start, sentence.end) === sentence.text)).toBe(true);
  });
});
