import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote, TextSpan } from '../../src/quotes/types.js';

// Every span a quote reports must slice the caller's text exactly.
function assertSpans(text: string, quotes: readonly Quote[]): void {
  const check = (span: TextSpan | { start: number; end: number; char?: string }, label: string): void => {
    expect(span.start, label).toBeGreaterThanOrEqual(0);
    expect(span.end, label).toBeLessThanOrEqual(text.length);
    expect(span.start, label).toBeLessThanOrEqual(span.end);
    if ('text' in span) expect(text.slice(span.start, span.end), label).toBe(span.text);
    if ('char' in span) expect(text.slice(span.start, span.end), label).toBe(span.char);
  };
  let previous = -1;
  for (const quote of quotes) {
    check(quote, `${quote.id} text`);
    expect(quote.start).toBeGreaterThanOrEqual(previous);
    previous = quote.start;
    if (quote.open) check(quote.open, `${quote.id} open`);
    if (quote.close) check(quote.close, `${quote.id} close`);
    if (quote.cue) check(quote.cue, `${quote.id} cue`);
    if (quote.speaker) check(quote.speaker.mention, `${quote.id} speaker`);
    for (const part of quote.parts ?? []) {
      check(part, `${quote.id} part`);
      if (part.open) check(part.open, `${quote.id} part open`);
      if (part.close) check(part.close, `${quote.id} part close`);
    }
  }
}

const MARKS = ['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', ' « ', ' » '];
const WORDS = ['said', 'Stoltenberg', 'he', 'she', 'explained', 'NATO', 'Moscow', 'the minister', 'according to', 'Wendy Sherman', 'don’t', '’90s', 'Russia’s', '–', ',', '.', ':', '\n\n', '\n', ' ', 'It was', 'in his opinion'];

const fragment = fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const quoteLikeText = fc.array(fragment, { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('extractQuotes on arbitrary text', () => {
  it('never throws and every span slices the original text (quote-mark soup)', () => {
    fc.assert(
      fc.property(quoteLikeText, (text) => {
        assertSpans(text, extractQuotes(text));
      }),
      { seed: 20240611, numRuns: 400 },
    );
  });

  it('never throws on any string, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assertSpans(text, extractQuotes(text));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('handles degenerate inputs', () => {
    for (const text of ['', ' ', '"', '“', '”', '«»', '""', '"\n"', '\u0000"a"', '\ud800“x”', '“'.repeat(50), '«a » b « c', "'''", '“ ” “ ”']) {
      assertSpans(text, extractQuotes(text));
    }
  });

  it('accepts a Document and gives the same quotes as for its text', () => {
    const text = '“We are ready,” said Jens Stoltenberg. Moscow “said directly that it was not”.';
    const fromDocument = extractQuotes(createDocument({ id: 'x', text }));
    const fromText = extractQuotes({ id: 'x', text });
    expect(fromDocument).toEqual(fromText);
  });
});
