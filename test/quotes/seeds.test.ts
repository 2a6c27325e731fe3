import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote } from '../../src/quotes/types.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';

interface GoldQuote {
  id: string;
  source: 'a' | 'b';
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'phrase';
  speaker: string | null;
  cue: string | null;
  parts?: { start: number; end: number }[];
}

const gold = JSON.parse(readFileSync(`${PROJECT_ROOT}fixtures/seeds.gold.json`, 'utf8')) as { quotes: GoldQuote[] };
const extracted: Record<'a' | 'b', Quote[]> = {
  a: extractQuotes({ id: 'a', text: SEED_A }),
  b: extractQuotes({ id: 'b', text: SEED_B }),
};

// The annotation writes British "Defence" where the text has "Defense"; both name one ministry.
const fold = (name: string | null | undefined): string | null => (name ? name.toLowerCase().replace(/defence/gu, 'defense') : null);
const find = (item: GoldQuote): Quote | undefined => extracted[item.source].find((quote) => quote.start === item.start && quote.end === item.end);

describe('seed reports against the hand annotation', () => {
  const direct = gold.quotes.filter((item) => item.kind === 'direct');

  for (const item of direct) {
    it(`finds ${item.id} with its span, cue and speaker`, () => {
      const quote = find(item);
      expect(quote, `${item.id} ${item.start}-${item.end} “${item.text}”`).toBeDefined();
      expect(quote!.text).toBe(item.text);
      expect(quote!.kind).toBe('direct');
      expect(fold(quote!.speaker?.name)).toBe(fold(item.speaker));
      expect(quote!.cue?.text ?? null).toBe(item.cue);
      if (item.parts) expect(quote!.parts?.map((part) => [part.start, part.end])).toEqual(item.parts.map((part) => [part.start, part.end]));
    });
  }

  it('lists the phrase quotes that differ from the annotation (currently none)', () => {
    const differences = gold.quotes
      .filter((item) => item.kind === 'phrase')
      .flatMap((item) => {
        const quote = find(item);
        if (!quote) return [`${item.id} missing`];
        const problems: string[] = [];
        if (quote.kind !== 'phrase') problems.push(`${item.id} kind ${quote.kind}`);
        if (fold(quote.speaker?.name) !== fold(item.speaker)) problems.push(`${item.id} speaker ${quote.speaker?.name ?? null}`);
        return problems;
      });
    expect(differences).toEqual([]);
  });

  it('finds no quotes beyond the annotated ones', () => {
    for (const source of ['a', 'b'] as const) {
      const annotated = gold.quotes.filter((item) => item.source === source);
      const extra = extracted[source].filter((quote) => !annotated.some((item) => item.start === quote.start && item.end === quote.end));
      expect(extra.map((quote) => `${quote.id} “${quote.text}”`)).toEqual([]);
    }
  });

  it('numbers quotes in text order as `${sourceId}:q${n}`', () => {
    expect(extracted.a.map((quote) => quote.id)).toEqual(extracted.a.map((_, index) => `a:q${index + 1}`));
    const starts = extracted.b.map((quote) => quote.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('records the broken marks of the machine translation as they stand', () => {
    const a2 = extracted.a.find((quote) => quote.start === 165)!;
    expect([a2.open?.char, a2.close?.char, a2.close?.start]).toEqual(['«', '“', 349]);
    const a3 = extracted.a.find((quote) => quote.start === 472)!;
    expect([a3.open?.char, a3.open?.start, a3.close?.char]).toEqual(['”', 470, '»']);
    const a12 = extracted.a.find((quote) => quote.start === 1771)!;
    expect(a12.speaker?.mention.text).toBe('he');
  });
});
