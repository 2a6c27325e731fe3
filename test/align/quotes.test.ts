import { describe, expect, it } from 'vitest';
import { alignQuotes, quoteView } from '../../src/align/quotes.js';
import { buildSentenceViews } from '../../src/align/views.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { createDocument } from '../../src/text/document.js';

function matches(a: string, b: string): string[] {
  const docA = createDocument({ id: 'a', text: a });
  const docB = createDocument({ id: 'b', text: b });
  const { context } = buildSentenceViews(docA, docB);
  const quotesA = extractQuotes(docA);
  const quotesB = extractQuotes(docB);
  const pairs = alignQuotes(
    quotesA.map((q) => quoteView(docA, q, context)),
    quotesB.map((q) => quoteView(docB, q, context)),
  );
  return pairs.map((p) => `${quotesA[p.a]!.text} ~ ${quotesB[p.b]!.text} (${p.relation})`);
}

describe('alignQuotes', () => {
  it('matches one long quote to the two shorter quotes it contains (one-to-many)', () => {
    const a =
      '"We will rebuild every school damaged by the earthquake, and we will give each family a new home before the winter," the prime minister said.';
    const b =
      'The prime minister promised that "we will rebuild every school damaged by the earthquake". He added: "Each family will have a new home before the winter."';
    expect(matches(a, b)).toEqual([
      'We will rebuild every school damaged by the earthquake, and we will give each family a new home before the winter ~ we will rebuild every school damaged by the earthquake (partial)',
      'We will rebuild every school damaged by the earthquake, and we will give each family a new home before the winter ~ Each family will have a new home before the winter. (partial)',
    ]);
  });

  it('does not match quotes that only share a topic word', () => {
    const a = '"The earthquake was the strongest in a century," a seismologist said.';
    const b = '"Aid for the earthquake victims is arriving too slowly," the mayor complained.';
    expect(matches(a, b)).toEqual([]);
  });

  it('matches a reworded short quote as equivalent', () => {
    expect(matches('Critics called the plan "deeply flawed".', 'Opponents described the plan as "profoundly flawed".')).toEqual([
      'deeply flawed ~ profoundly flawed (equivalent)',
    ]);
  });
});
