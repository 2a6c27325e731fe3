import { describe, expect, it } from 'vitest';
import { CorroborateRangeError, CorroborateTypeError } from '../../src/errors.js';
import { compare, createChecker } from '../../src/report/compare.js';
import { badDiffs, badSpans, divergence, mirrorView } from './helpers.js';

// Two renderings of one invented dispatch, differing in a date, a pronoun, a modal, a
// number, a negation, a first name and a time; the first has one more quote.
const BRIDGE_A = `The mayor of Turin, Anna Rossi, opened the new bridge on Monday.
She said the city will spend 12 million euros on repairs next year.
"The works must be finished before the winter," Rossi told reporters.
The opposition does not support the plan.
Police chief Marco Bianchi confirmed that traffic on the old bridge will stop at 21:30.
"It is a historic day for Turin," Rossi added.`;
const BRIDGE_B = `Turin mayor Anna Rossi inaugurated the new bridge on Tuesday.
He said the city would spend 15 million euros on repairs next year.
"The works may be finished before the winter," Rossi told journalists.
The opposition supports the plan.
Police chief Luca Bianchi confirmed that traffic on the old bridge will stop at 22:30.`;

describe('compare() divergences on two renderings of one text', async () => {
  const report = await compare(BRIDGE_A, BRIDGE_B);
  const found = report.divergences.map(divergence);

  it('detects the parallel regime and aligns every shared sentence', () => {
    expect(report.summary.alignment).toBe('parallel');
    expect(report.sentenceMatches.map((m) => m.relation)).toEqual(['equivalent', 'equivalent', 'equivalent', 'equivalent', 'equivalent']);
  });

  it('types dates, pronouns, modality, numbers, negation, names and times', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        'date warning a 57-63 "Monday" ~ b 53-60 "Tuesday"',
        'pronoun warning a 65-68 "She" ~ b 62-64 "He"',
        'modality warning a 83-93 "will spend" ~ b 79-90 "would spend"',
        'number error a 94-96 "12" ~ b 91-93 "15"',
        'modality warning a 144-160 "must be finished" ~ b 141-156 "may be finished"',
        'negation error a 223-234 "not support" ~ b 216-224 "supports"',
        'entity warning a 258-263 "Marco" ~ b 248-252 "Luca"',
        'date warning a 326-331 "21:30" ~ b 315-320 "22:30"',
      ]),
    );
  });

  it('reports the reworded quote as a wording divergence tied to its quote match', () => {
    const wording = report.divergences.filter((d) => d.kind === 'wording');
    expect(wording.map(divergence)).toEqual(['wording info a 134-178 "The works must be finished before the winter" ~ b 131-174 "The works may be finished before the winter"']);
    expect(report.quoteMatches[0]!.divergences).toContain(wording[0]!.id);
  });

  it('reports what only one rendering has as omissions (the quote, and its sentence)', () => {
    const omissions = report.divergences.filter((d) => d.kind === 'omission').map(divergence);
    expect(omissions).toEqual([
      'omission warning a 333-379 ""It is a historic day for Turin," Rossi added."',
      'omission warning a 334-364 "It is a historic day for Turin"',
    ]);
  });

  it('keeps every span and diff true to the original texts', () => {
    expect(badSpans(report, { a: BRIDGE_A, b: BRIDGE_B })).toEqual([]);
    expect(badDiffs(report, { a: BRIDGE_A, b: BRIDGE_B })).toEqual([]);
  });

  it('writes messages with the caller’s first source first', async () => {
    const message = report.divergences.find((d) => d.kind === 'number')!.message;
    expect(message).toBe('The numbers differ: a has "12", b has "15".');
    const swapped = await compare({ id: 'b', text: BRIDGE_B }, { id: 'a', text: BRIDGE_A });
    expect(swapped.divergences.find((d) => d.kind === 'number')!.message).toBe('The numbers differ: b has "15", a has "12".');
    expect(mirrorView(swapped, true)).toEqual(mirrorView(report, false));
  });
});

describe('compare() on independent reports', () => {
  it('gives the same statement by different speakers as an attribution divergence', async () => {
    const a = 'Taxes will stay as they are. "We will not raise taxes this year," said Finance Minister Paolo Verdi on Friday.';
    const b = 'In a statement on Friday the Finance Ministry said: "We will not raise taxes this year."';
    const report = await compare(a, b);
    expect(report.quoteMatches.map((m) => `${m.quotes.join('~')} ${m.relation}`)).toEqual(['a:q1~b:q1 identical']);
    expect(report.divergences.filter((d) => d.kind === 'attribution').map(divergence)).toEqual([
      'attribution warning a 88-99 "Paolo Verdi" ~ b 29-45 "Finance Ministry"',
    ]);
  });

  it('tells apart reports about different events', async () => {
    const a = 'The orchestra of La Scala cancelled its tour of Japan. The conductor, Riccardo Muti, said he was disappointed. Tickets will be refunded.';
    const b = 'A cargo ship ran aground off the coast of Norway. The crew of twelve was rescued by helicopter. Oil has not leaked, the coast guard said.';
    const report = await compare(a, b);
    expect(report.event.sameEvent).toBeLessThan(0.3);
    expect(report.sentenceMatches).toEqual([]);
    expect(report.quoteMatches).toEqual([]);
  });
});

describe('compare() limits, options and errors', () => {
  it('returns a partial report flagged truncated when the time budget runs out', async () => {
    const report = await compare(BRIDGE_A, BRIDGE_B, { timeBudgetMs: 0 });
    expect(report.truncated).toBe(true);
    expect(report.sentenceMatches).toEqual([]);
    expect(report.schemaVersion).toBe(1);
    expect(report.sources.map((s) => s.sentences)).toEqual([6, 5]);
  });

  it('keeps at most maxQuotes quotes per report and says so', async () => {
    const report = await compare(BRIDGE_A, BRIDGE_B, { maxQuotes: 1 });
    expect(report.quotes.filter((q) => q.sourceId === 'a')).toHaveLength(1);
    expect(report.truncated).toBe(true);
    expect((await compare(BRIDGE_A, BRIDGE_B)).truncated).toBeUndefined();
  });

  it('makes a checker whose compare is synchronous, with call options over checker options', async () => {
    const checker = await createChecker({ artefacts: false });
    const report = checker.compare(BRIDGE_A, BRIDGE_B);
    expect(report.artefacts).toEqual([]);
    expect(checker.compare(BRIDGE_A, BRIDGE_B, { artefacts: undefined }).artefacts).toEqual([]);
    expect(checker.compare('Colour “test»', 'x', { artefacts: true }).artefacts.length).toBeGreaterThan(0);
    expect(checker.relate('Prices rose.', 'Prices rose!').relation).toBe('identical');
  });

  it('gives the default ids a and b, and refuses two sources with one id', async () => {
    const report = await compare('One.', { text: 'Two.', title: 'second' });
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    await expect(compare({ id: 'x', text: 'One.' }, { id: 'x', text: 'Two.' })).rejects.toThrow(/repeats the source id "x"/);
    await expect(compare({ text: 'One.' }, 'a')).resolves.toBeDefined();
  });

  it('rejects wrong arguments and options with typed errors naming them', async () => {
    await expect(compare(3 as never, 'x')).rejects.toBeInstanceOf(CorroborateTypeError);
    await expect(compare('x', { text: 5 } as never)).rejects.toThrow(/`b.text`/);
    await expect(compare('x', 'y', { maxQuotes: 0 })).rejects.toBeInstanceOf(CorroborateRangeError);
    await expect(compare('x', 'y', { rules: { 'no-such-rule': false } })).rejects.toThrow(/no-such-rule/);
    await expect(createChecker({ timeBudget: 5 } as never)).rejects.toThrow(/unknown option `options.timeBudget`/);
    const checker = await createChecker();
    expect(() => checker.compare('x', 'y', { minConfidence: 2 })).toThrow(CorroborateRangeError);
    await expect(compare('abcdef', 'x', { maxLength: 3 })).rejects.toThrow(/input_too_long|longer than/);
  });
});
