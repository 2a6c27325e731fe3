/**
 * Our UAX #29 sentence boundaries must be exactly `Intl.Segmenter`'s, which they replace:
 * on the seeds and every fixture text, on random text built from the characters the rules
 * single out, and for every code point in contexts that tell the Sentence_Break classes apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBoundaries } from '../../src/text/sentence-boundaries.js';
import { normalizeText } from '../../src/text/normalize.js';
import { segmentParagraphs } from '../../src/text/segment-paragraphs.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Spans of one `Intl.Segmenter` call (quadratic in V8, so only for short texts). */
function intlSpans(text: string, offset = 0): { start: number; end: number }[] {
  return [...segmenter.segment(text)].map((segment) => ({ start: offset + segment.index, end: offset + segment.index + segment.segment.length }));
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every text of the seeds and fixtures: .txt files whole, and each string of the .json ones. */
function corpusTexts(): { name: string; text: string }[] {
  const files = [...filesUnder(join(PROJECT_ROOT, 'seeds')), ...filesUnder(join(PROJECT_ROOT, 'fixtures'))];
  return files.flatMap((path) => {
    const content = readFileSync(path, 'utf8');
    const name = path.slice(PROJECT_ROOT.length);
    if (path.endsWith('.json')) return stringsIn(JSON.parse(content)).map((text, k) => ({ name: `${name}#${k}`, text }));
    return [{ name, text: content }];
  });
}

describe('UAX #29 sentence boundaries', () => {
  it('equal Intl.Segmenter on the seeds and every fixture text, whole and paragraph by paragraph', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const { name, text } of texts) {
      expect(segmentBoundaries(text, 3), name).toEqual(intlSpans(text, 3));
      // The pipeline segments each paragraph of the normalised text.
      const normalized = normalizeText(text).text;
      for (const paragraph of segmentParagraphs(normalized)) {
        const body = normalized.slice(paragraph.start, paragraph.end);
        expect(segmentBoundaries(body, paragraph.start), name).toEqual(intlSpans(body, paragraph.start));
      }
    }
  });

  // Pieces that the rules treat differently, weighted towards terminals, closers and
  // spaces, so that random strings often meet the rules' longer contexts (SB7–SB11).
  const PIECES = {
    letters: ['a', 'word', 'e', 'Z', 'The', 'US', 'ǅ', 'ß', 'ﬁ', 'Москва', 'Ελλάδα', 'ვ', 'Ა', 'ⴀ'],
    digits: ['1', '2022', '٣', '３', '¹', '½'],
    spaces: [' ', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2003'],
    separators: ['\n', '\r', '\r\n', '\n\n', '\u2028', '\u2029', '\u0085', '\v', '\f'],
    terminals: ['.', '.', '!', '?', '…', '...', '?!', '。', '！', '？', '．', '\u2024', '؟', '।', '‼', '⁇', '︒'],
    closers: ['"', "'", '(', ')', '[', ']', '«', '»', '“', '”', '‘', '’', '„', '‹', '›', '「', '」', '❝', '⸂'],
    continuers: [',', ';', ':', '-', '–', '—', '、', '،', '；', '٫', '٬'],
    scripts: ['中', '国', '北约', 'ا', 'لعربية', 'ש', '׳', 'ก', 'ह', '한'],
    marks: ['\u0301', '\u0308', '\u0903', '\u094d', '\u200c', '\u200d', '\ufe0f', '\u{1f3fd}', '\u{e0020}'],
    emoji: ['😀', '👍🏽', '👩‍👩‍👧', '🇮🇹', '🙶', '#️⃣'],
    surrogates: ['\ud800', '\udc00', '\udbff', '\udfff'],
    formats: ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u00ad', '\u2060', '\ufeff', '\u0600', '\u06dd', '\u{110bd}'],
    other: ['@', '#', '%', '&', '*', '/', '+', '=', '_', '\u0000', '\u007f', '\ufffd', '\ufffe', '\u{10ffff}', '\u{e0001}'],
  };
  // How often each kind of piece is drawn, relative to the others.
  const WEIGHTS: Record<keyof typeof PIECES, number> = {
    letters: 6,
    digits: 2,
    spaces: 5,
    separators: 2,
    terminals: 5,
    closers: 4,
    continuers: 2,
    scripts: 2,
    marks: 2,
    emoji: 1,
    surrogates: 1,
    formats: 2,
    other: 1,
  };
  const piece = fc.oneof(
    ...Object.entries(WEIGHTS).map(([kind, weight]) => ({ arbitrary: fc.constantFrom(...PIECES[kind as keyof typeof PIECES]), weight })),
    { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
  );

  it('equal Intl.Segmenter on random text of letters, terminals, quotes, marks and separators', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(20), (pieces, offset) => {
        const text = pieces.join('');
        expect(segmentBoundaries(text, offset)).toEqual(intlSpans(text, offset));
      }),
      { seed: 0x5b29, numRuns: 5000 },
    );
  });

  it('equal Intl.Segmenter for the code points of the BMP, SMP and SSP (others sampled), in contexts that tell the classes apart', () => {
    // Each context puts the code point where some Sentence_Break classes break and others do
    // not; together they separate all classes (Extend and Format, which the rules treat
    // alike, excepted). U+2029 ends each context, so that none reaches into the next.
    const contexts = [
      (x: string) => `1.${x}a`, // Lower, Numeric, Close, Sp… hold the sentence (SB8); Upper, OLetter do not
      (x: string) => `1.${x}A`,
      (x: string) => `1.  ${x}A`, // a Close after spaces no longer belongs to the terminal
      (x: string) => `1.${x})A`, // Sp vs Extend before a Close
      (x: string) => `1! ${x}A`, // SContinue and terminals hold the sentence (SB8a)
      (x: string) => `a.${x}`, // Upper after "a." (SB7)
      (x: string) => `\r${x}`, // CR LF (SB3)
      (x: string) => `${x}\n`,
      (x: string) => `1. ${x}1 a`,
      (x: string) => `1!${x}a`, // a full stop after a terminal still looks ahead (SB8)
      (x: string) => `中${x} A`, // a terminal amid text of another script
    ];
    const contextsOf = (codePoint: number): string => {
      const x = String.fromCodePoint(codePoint);
      return contexts.map((context) => `${context(x)}\u2029`).join('');
    };
    // Every code point of the planes that hold characters with a class of their own (BMP,
    // SMP, SSP); a sample of the others (CJK ideographs, private use, unassigned), which
    // would otherwise take most of the time. Short batches: Intl.Segmenter's cost grows
    // with the square of its input.
    const codePoints: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      const plane = codePoint >> 16;
      if (plane <= 1 || plane === 14 || codePoint % 61 === 0) codePoints.push(codePoint);
    }
    const BATCH = 8;
    for (let k = 0; k < codePoints.length; k += BATCH) {
      const text = codePoints.slice(k, k + BATCH).map(contextsOf).join('');
      const ours = segmentBoundaries(text, 0);
      const theirs = intlSpans(text);
      if (ours.length !== theirs.length || ours.some((span, j) => span.end !== theirs[j]!.end)) {
        expect(ours, `code points from U+${codePoints[k]!.toString(16).toUpperCase()}`).toEqual(theirs);
      }
    }
    expect(codePoints.length).toBeGreaterThan(3 * 0x10000);
  });
});
