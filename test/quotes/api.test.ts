import { describe, expect, it } from 'vitest';
import { CorroborateRangeError, CorroborateTypeError } from '../../src/errors.js';
import { extractQuotes, extractQuotesWithLimit } from '../../src/index.js';

describe('extractQuotes arguments', () => {
  it('throws typed errors naming the bad argument', () => {
    expect(() => extractQuotes(42 as never)).toThrow(CorroborateTypeError);
    expect(() => extractQuotes(null as never)).toThrow(/`input`/u);
    expect(() => extractQuotes({ text: 7 } as never)).toThrow(/`input\.text`/u);
    expect(() => extractQuotes('x', { maxQuotes: 0 })).toThrow(CorroborateRangeError);
    expect(() => extractQuotes('x', { maxQuote: 3 } as never)).toThrow(/maxQuote/u);
    expect(() => extractQuotes('x'.repeat(20), { maxLength: 10 })).toThrow(CorroborateRangeError);
  });

  it('uses the source id in quote ids', () => {
    const quotes = extractQuotes({ id: 'ansa', text: '“One,” she said. “Two,” he said.' });
    expect(quotes.map((quote) => quote.id)).toEqual(['ansa:q1', 'ansa:q2']);
    expect(quotes.every((quote) => quote.sourceId === 'ansa')).toBe(true);
  });

  it('keeps at most maxQuotes and says how many it dropped', () => {
    const text = Array.from({ length: 5 }, (_, k) => `“Point number ${k + 1},” the chair said.`).join(' ');
    const limited = extractQuotesWithLimit(text, { maxQuotes: 2 });
    expect(limited.quotes.map((quote) => quote.text)).toEqual(['Point number 1', 'Point number 2']);
    expect(limited).toMatchObject({ truncated: true, dropped: 3 });
    expect(extractQuotesWithLimit(text)).toMatchObject({ truncated: false, dropped: 0 });
  });
});
