import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/report/compare.js';
import type { Report } from '../../src/report/types.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';
import { badDiffs, badSpans, divergence, mirrorView, op } from './helpers.js';

interface GoldQuote {
  id: string;
  source: 'a' | 'b';
  start: number;
  end: number;
}
const gold = JSON.parse(readFileSync(`${PROJECT_ROOT}fixtures/seeds.gold.json`, 'utf8')) as {
  quotes: GoldQuote[];
  pairs: { a: string; b: string }[];
};

let report: Report;
beforeAll(async () => {
  report = await compare(SEED_A, SEED_B);
});

const quoteText = (id: string): string => report.quotes.find((quote) => quote.id === id)!.text;
const matchOf = (inA: string, inB: string) =>
  report.quoteMatches.find((match) => quoteText(match.quotes[0]).includes(inA) && quoteText(match.quotes[1]).includes(inB));

describe('compare() on the seeds', () => {
  it('matches the risk-of-armed-conflict quotes, with a word diff', () => {
    const match = matchOf('real risk of an armed conflict', 'risk of an armed conflict in Europe is very real');
    expect(match?.relation).toBe('partial');
    expect(match!.diff.map(op)).toEqual([
      'replace "there is a real"→"the"',
      'equal "risk of an armed conflict in Europe"',
      'replace ", but we are doing the possible to avoid it and for this reason we sat down at the table with Russia"→"is very real and must be prevented"',
    ]);
  });

  it('matches the "will not compromise" quotes, with a word diff', () => {
    const match = matchOf('not willing to compromise key principles', 'we will not compromise on fundamental principles');
    expect(match?.relation).toBe('partial');
    const ops = match!.diff.map(op);
    expect(ops).toContain('equal "compromise"');
    expect(ops).toContain('equal "choose their own path"');
  });

  it('reports the attribution divergence: Stoltenberg in a, the Atlantic Alliance in b', () => {
    const attributions = report.divergences.filter((d) => d.kind === 'attribution').map(divergence);
    expect(attributions).toEqual(['attribution warning a 410-435 "Secretary General of NATO" ~ b 254-271 "Atlantic Alliance"']);
  });

  it('lists the quotes found in one report only as omissions', () => {
    const omitted = report.divergences.filter((d) => d.kind === 'omission').map((d) => `${d.severity} ${d.evidence[0]!.sourceId} "${d.evidence[0]!.text.slice(0, 30)}"`);
    expect(omitted).toContain('warning a "Is it an invasion? Is it intim"');
    expect(omitted).toContain('warning b "frank and open"');
    expect(omitted).toContain('info a "legal guarantees"');
    // A matched quote is never an omission.
    expect(omitted.some((line) => line.includes('there is a real risk'))).toBe(false);
  });

  it('reaches the hand-annotated quote pairs (precision and recall ≥ 0.75)', () => {
    const found = (g: GoldQuote): string | undefined =>
      report.quotes.find((q) => q.sourceId === g.source && q.start < g.end && g.start < q.end)?.id;
    const goldPairs = new Set(gold.pairs.map((pair) => `${found(gold.quotes.find((q) => q.id === pair.a)!)}~${found(gold.quotes.find((q) => q.id === pair.b)!)}`));
    const predicted = report.quoteMatches.map((match) => match.quotes.join('~'));
    const hits = predicted.filter((pair) => goldPairs.has(pair)).length;
    expect(hits / goldPairs.size).toBeGreaterThanOrEqual(0.75);
    expect(hits / predicted.length).toBeGreaterThanOrEqual(0.75);
  });

  it('fingerprints one event and reports the seeds as independent reports', () => {
    expect(report.summary.alignment).toBe('independent');
    expect(report.event.sameEvent).toBeGreaterThan(0.6);
    expect(report.event.participants).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'NATO', 'Wendy Sherman']));
    expect(report.event.places).toEqual(expect.arrayContaining(['Moscow', 'Ukraine']));
  });

  it('points every span into the original texts and rebuilds every diff', () => {
    expect(badSpans(report, { a: SEED_A, b: SEED_B })).toEqual([]);
    expect(badDiffs(report, { a: SEED_A, b: SEED_B })).toEqual([]);
  });

  it('is deterministic and mirror-symmetric', async () => {
    expect(JSON.stringify(await compare(SEED_A, SEED_B))).toBe(JSON.stringify(report));
    const mirrored = await compare({ id: 'b', text: SEED_B }, { id: 'a', text: SEED_A });
    expect(mirrorView(mirrored, true)).toEqual(mirrorView(report, false));
    expect(mirrored.sources.map((source) => source.id)).toEqual(['b', 'a']);
  });
});
