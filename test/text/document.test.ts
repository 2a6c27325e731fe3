import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/index.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';

function sentenceTexts(text: string): string[] {
  return createDocument(text).sentences.map((sentence) => sentence.text);
}

describe('createDocument on the seeds', () => {
  // Hand count, made by reading the reports: a question inside a quote is its own sentence,
  // and "conflicts. and undermines" (lower case after a full stop) continues one sentence.
  it.each([
    ['a', SEED_A, 3, 21],
    ['b', SEED_B, 8, 21],
  ])('seed %s has the hand-counted paragraphs and sentences', (_name, text, paragraphs, sentences) => {
    const document = createDocument(text);
    expect(document.paragraphs).toHaveLength(paragraphs);
    expect(document.sentences).toHaveLength(sentences);
  });

  it('every span slices the original text', () => {
    for (const text of [SEED_A, SEED_B]) {
      const document = createDocument(text);
      for (const span of [...document.paragraphs, ...document.sentences, ...document.tokens]) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('keeps the quote continuation after a closing mark in one sentence', () => {
    const document = createDocument(SEED_A);
    const sentence = document.sentences.find((s) => s.text.includes('continued Stoltenberg'));
    expect(sentence?.text.startsWith('“The Allies have made it clear')).toBe(true);
  });
});

describe('sentence segmentation for news text', () => {
  it('does not end sentences at abbreviations', () => {
    expect(sentenceTexts('Gen. Mark Milley met U.S. officials at 10 a.m. on Tuesday. Talks went on.')).toEqual([
      'Gen. Mark Milley met U.S. officials at 10 a.m. on Tuesday.',
      'Talks went on.',
    ]);
    expect(sentenceTexts('Resolution No. 2 passed. It was close.')).toEqual(['Resolution No. 2 passed.', 'It was close.']);
    expect(sentenceTexts('Dr. Anna Weber and Mrs. Rossi spoke with President John F. Kennedy Jr. today.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation followed by a capital when it can close a sentence', () => {
    expect(sentenceTexts('The troops returned to the U.S. The next day they left.')).toHaveLength(2);
  });

  it('keeps a closing quote mark after a full stop with its sentence', () => {
    expect(sentenceTexts('She said: “We will win.” Then she left.')).toEqual(['She said: “We will win.”', 'Then she left.']);
    expect(sentenceTexts('He said: « We will win. » Then he left.')).toEqual(['He said: « We will win. »', 'Then he left.']);
  });

  it('does not split a sentence that continues after a closing quote', () => {
    expect(sentenceTexts('“We must keep talking. ”, explained the Secretary General on Monday.')).toHaveLength(1);
    expect(sentenceTexts('“Is it an invasion?” asked the diplomat.')).toHaveLength(1);
  });

  it('separates paragraphs on blank lines, or on line breaks when there are none', () => {
    expect(createDocument('One.\nStill one.\n\nTwo.').paragraphs).toHaveLength(2);
    expect(createDocument('One.\nTwo.\r\nThree.\rFour.').paragraphs).toHaveLength(4);
  });
});

describe('tokens', () => {
  it('types tokens and carries lower case and stem', () => {
    const document = createDocument('NATO’s de-escalation talks took 4 hours, at 10:30 — “really”.');
    const summary = document.tokens.map((t) => `${t.kind}:${t.text}:${t.stem}`);
    expect(summary).toEqual([
      'word:NATO:nato',
      "word:’s:'s",
      'word:de-escalation:de-escal',
      'word:talks:talk',
      'word:took:took',
      'number:4:4',
      'word:hours:hour',
      'punctuation:,:,',
      'word:at:at',
      'number:10:30:10:30',
      'punctuation:—:—',
      'punctuation:“:"',
      'word:really:realli',
      'punctuation:”:"',
      'punctuation:.:.',
    ]);
  });

  it('maps tokens through ligatures, soft hyphens and NBSP to the original text', () => {
    const text = 'The ﬁnal de\u00adescalation\u00a0plan';
    const document = createDocument(text);
    expect(document.tokens.map((t) => [t.text, t.norm])).toEqual([
      ['The', 'The'],
      ['ﬁnal', 'final'],
      ['de\u00adescalation', 'deescalation'],
      ['plan', 'plan'],
    ]);
  });

  it('reports line and column', () => {
    const document = createDocument('ab\ncd\r\nef');
    expect(document.lineColumn(0)).toEqual({ line: 1, column: 1 });
    expect(document.lineColumn(4)).toEqual({ line: 2, column: 2 });
    expect(document.lineColumn(7)).toEqual({ line: 3, column: 1 });
    expect(document.lineColumn(8)).toEqual({ line: 3, column: 2 });
  });
});

describe('input contract', () => {
  it('accepts empty and whitespace-only text', () => {
    expect(createDocument('').sentences).toEqual([]);
    expect(createDocument(' \n\t\u00a0 ').tokens).toEqual([]);
  });

  it('accepts an object with id and metadata', () => {
    const document = createDocument({ id: 'ansa', text: 'Hello.', title: 'T', language: 'en' });
    expect([document.id, document.title, document.language]).toEqual(['ansa', 'T', 'en']);
    expect(document.span(0, 5)).toEqual({ sourceId: 'ansa', start: 0, end: 5, text: 'Hello' });
  });

  it('throws a TypeError naming the argument for a non-string text', () => {
    expect(() => createDocument({ text: 42 } as never)).toThrow(TypeError);
    expect(() => createDocument({ text: 42 } as never)).toThrow(/input\.text/);
    expect(() => createDocument(null as never)).toThrow(/`input`/);
  });

  it('throws a RangeError past maxLength', () => {
    expect(() => createDocument('x'.repeat(11), { maxLength: 10 })).toThrow(RangeError);
    expect(() => createDocument('x'.repeat(10), { maxLength: 10 })).not.toThrow();
    expect(() => createDocument('x', { maxLength: -1 })).toThrow(/options\.maxLength/);
    expect(() => createDocument('x', { maxLenght: 3 } as never)).toThrow(/unknown option `options\.maxLenght`/);
  });

  it('returns an immutable document', () => {
    const document = createDocument('One. Two.');
    expect(Object.isFrozen(document)).toBe(true);
    expect(Object.isFrozen(document.tokens)).toBe(true);
    expect(Object.isFrozen(document.tokens[0])).toBe(true);
  });
});
