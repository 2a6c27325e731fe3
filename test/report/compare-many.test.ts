import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateRangeError, CorroborateTypeError } from '../../src/errors.js';
import { compare, createChecker } from '../../src/report/compare.js';
import { compareMany } from '../../src/report/compare-many.js';
import type { ManyReport } from '../../src/report/many-types.js';
import { badSpans } from './helpers.js';

// Four invented reports of one flood: the mayor's and the engineer's statements are
// quoted by several outlets, in full, in part or reworded; the last report adds a quote
// nobody else has.
const FLOOD = [
  {
    id: 'wire',
    text: `Heavy rain flooded the centre of Ravenna on Sunday night.
"We have evacuated four hundred families and nobody has been hurt," said Mayor Elena Conti.
Chief engineer Paolo Greco warned: "The river embankment near the station could give way within hours."
Schools will stay closed until Wednesday.`,
  },
  {
    id: 'daily',
    text: `Mayor Elena Conti said on Monday: "We have evacuated four hundred families and nobody has been hurt."
The city's chief engineer, Paolo Greco, said that "the embankment near the station could give way within hours".
Residents spent the night in a sports hall.`,
  },
  {
    id: 'radio',
    text: `Floods hit Ravenna overnight. "Four hundred families were evacuated, and no one was injured," Conti told the radio.
Shops in the old town remained shut.`,
  },
  {
    id: 'blog',
    text: `Volunteers brought blankets to the sports hall. "We will rebuild every street," the bishop promised.
Engineer Paolo Greco said: "The river embankment near the station could give way within hours."`,
  },
];

/** `c1 wire:q1 daily:q1 radio:q1` (members) for each cluster. */
const clusterLine = (report: ManyReport): string[] =>
  report.clusters.map((cluster) => `${cluster.id} ${cluster.quotes.join(' ')}`);

/** The text of every quote, by id, for readable assertions. */
const quoteTexts = (report: ManyReport): Map<string, string> => new Map(report.quotes.map((quote) => [quote.id, quote.text]));

describe('compareMany() on four short reports of one event', async () => {
  const report = await compareMany(FLOOD);
  const texts = quoteTexts(report);

  it('clusters the quotes that several sources report', () => {
    expect(clusterLine(report)).toEqual(['c1 wire:q1 daily:q1 radio:q1', 'c2 wire:q2 daily:q2 blog:q2']);
    expect(report.clusters.map((cluster) => cluster.sources.join(' '))).toEqual(['wire daily radio', 'wire daily blog']);
    // The reworded radio quote joins the cluster of the verbatim ones.
    expect(texts.get('radio:q1')).toBe('Four hundred families were evacuated, and no one was injured');
    expect(texts.get('blog:q1')).toBe('We will rebuild every street');
  });

  it('names a representative member and grades each cluster', () => {
    for (const cluster of report.clusters) {
      expect(cluster.quotes).toContain(cluster.representative);
      expect(cluster.similarity).toBeGreaterThan(0);
      expect(cluster.similarity).toBeLessThanOrEqual(1);
    }
  });

  it('lists every source and every quote once, with spans that slice the original texts', () => {
    expect(report.sources.map((source) => source.id)).toEqual(['wire', 'daily', 'radio', 'blog']);
    expect(new Set(report.quotes.map((quote) => quote.id)).size).toBe(report.quotes.length);
    const byId = Object.fromEntries(FLOOD.map((source) => [source.id, source.text]));
    for (const quote of report.quotes) expect(byId[quote.sourceId]!.slice(quote.start, quote.end)).toBe(quote.text);
    for (const pair of report.pairs) expect(badSpans(pair.report, byId)).toEqual([]);
  });

  it('compares every pair when there are few sources, exactly as compare() does', async () => {
    expect(report.pairs.map((pair) => pair.sources.join('~'))).toEqual([
      'wire~daily',
      'wire~radio',
      'wire~blog',
      'daily~radio',
      'daily~blog',
      'radio~blog',
    ]);
    const [x, , , y] = FLOOD;
    const alone = await compare(x!, y!);
    expect(JSON.stringify(report.pairs[2]!.report)).toBe(JSON.stringify(alone));
  });

  it('is deterministic, and the checker gives the same result synchronously', async () => {
    const checker = await createChecker();
    expect(JSON.stringify(checker.compareMany(FLOOD))).toBe(JSON.stringify(report));
    expect(JSON.stringify(await compareMany(FLOOD))).toBe(JSON.stringify(report));
  });
});

describe('compareMany() defaults and limits', () => {
  it('names sources s1, s2, … when given as strings', async () => {
    const report = await compareMany(['"Prices will fall," she said.', 'She said "prices will fall".', 'Nothing was said.']);
    expect(report.sources.map((source) => source.id)).toEqual(['s1', 's2', 's3']);
    expect(report.clusters.map((cluster) => `${cluster.quotes.join(' ')}`)).toEqual(['s1:q1 s2:q1']);
  });

  it('accepts odd and empty texts as data', async () => {
    const report = await compareMany(['', '\u0000\ud800 «unbalanced', '“”“', '   ']);
    expect(report.sources).toHaveLength(4);
    expect(report.clusters).toEqual([]);
  });

  it('compares only each source\'s closest partners beyond six sources', async () => {
    // Eight reports: four pairs of outlets, each pair sharing one statement of its own.
    const statements: Record<string, string> = {
      harbour: 'Fishing boats cannot dock safely until the storm damage to the pier is repaired',
      museum: 'Thieves took three paintings from the east gallery before dawn',
      stadium: 'Ticket sales doubled after the team reached the cup final',
      airport: 'Flights to northern cities resume tomorrow morning after the fog lifts',
    };
    const topics = Object.keys(statements);
    const sources = topics.flatMap((topic) => [
      { id: `${topic}1`, text: `News from the ${topic}. "${statements[topic]}," the director said.` },
      { id: `${topic}2`, text: `"${statements[topic]}," its director told reporters on Friday.` },
    ]);
    const report = await compareMany(sources);
    expect(report.clusters.map((cluster) => cluster.sources.join(' '))).toEqual(['harbour1 harbour2', 'museum1 museum2', 'stadium1 stadium2', 'airport1 airport2']);
    expect(report.pairs.length).toBeLessThan((8 * 7) / 2);
    for (const topic of topics) expect(report.pairs.map((pair) => pair.sources.join('~'))).toContain(`${topic}1~${topic}2`);
  });

  it('keeps two statements apart when one long quote contains both', async () => {
    // The minister's two statements, reported apart by four outlets and in one long
    // quote by a fifth: the long quote partly matches both, and must not merge them.
    const budget = 'The hospital budget will grow by twelve percent next year';
    const strike = 'Nobody will be punished for taking part in the nurses’ strike';
    const sources = [
      { id: 'one', text: `The health minister spoke on Tuesday. "${budget}," she said.` },
      { id: 'two', text: `"${budget}," the minister told parliament.` },
      { id: 'three', text: `Asked about the walkout, the minister said: "${strike}."` },
      { id: 'four', text: `"${strike}," she promised the union.` },
      { id: 'five', text: `In a long interview the minister said: "${budget}. ${strike}. We listen to everybody."` },
    ];
    const report = await compareMany(sources);
    const clusters = report.clusters.map((cluster) => cluster.quotes.join(' '));
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toMatch(/^one:q1 two:q1/);
    expect(clusters[1]).toMatch(/^three:q1 four:q1/);
    // The long quote joins exactly one of the two statements.
    expect(clusters.filter((line) => line.includes('five:q1'))).toHaveLength(1);
  });
});

describe('compareMany() argument errors', () => {
  it('rejects a non-array and fewer than two sources', async () => {
    await expect(compareMany('text' as never)).rejects.toThrow(CorroborateTypeError);
    await expect(compareMany(['only one'])).rejects.toThrow(CorroborateRangeError);
    await expect(compareMany([])).rejects.toMatchObject({ argument: 'sources' });
  });

  it('names the bad source', async () => {
    await expect(compareMany(['ok', 42 as never])).rejects.toMatchObject({ code: 'invalid_type', argument: 'sources[1]' });
    await expect(compareMany(['ok', { text: 7 } as never])).rejects.toMatchObject({ argument: 'sources[1].text' });
  });

  it('rejects duplicate ids', async () => {
    await expect(compareMany([{ id: 'x', text: 'a' }, { id: 'y', text: 'b' }, { id: 'x', text: 'c' }])).rejects.toMatchObject({
      code: 'duplicate_source_id',
      argument: 'sources[2].id',
    });
    // A default id collides with an explicit one just the same.
    await expect(compareMany(['a', { id: 's1', text: 'b' }])).rejects.toThrow(CorroborateTypeError);
  });

  it('rejects bad options', async () => {
    await expect(compareMany(['a', 'b'], { maxQuotes: -1 })).rejects.toThrow(CorroborateRangeError);
  });
});

// A third report of the NATO–Russia meeting in the seeds, written for this test.
const THIRD = `NATO and Russian envoys met in Brussels for four hours on Wednesday.
Secretary General Jens Stoltenberg said "there is a real risk of an armed conflict in Europe" and that the allies would keep talking.
Moscow repeated its demand for "legal guarantees" that the Alliance will not take in new members.`;

describe('compareMany() on the seeds and a third report', async () => {
  const a = readFileSync(new URL('../../seeds/000_a2ea2070e34a3aee.txt', import.meta.url), 'utf8');
  const b = readFileSync(new URL('../../seeds/001_b79af259a0fd826f.txt', import.meta.url), 'utf8');
  const report = await compareMany([
    { id: 'a', text: a },
    { id: 'b', text: b },
    { id: 'c', text: THIRD },
  ]);
  const texts = quoteTexts(report);
  const clusterOf = (id: string) => report.clusters.find((cluster) => cluster.quotes.includes(id));

  it('joins the third report\'s quotes to the seeds\' clusters', () => {
    const risk = report.quotes.find((quote) => quote.sourceId === 'c' && quote.text.startsWith('there is a real risk'));
    expect(risk).toBeDefined();
    const cluster = clusterOf(risk!.id);
    expect(cluster?.sources).toEqual(['a', 'b', 'c']);
    const guarantees = report.quotes.find((quote) => quote.sourceId === 'c' && quote.text === 'legal guarantees');
    expect(clusterOf(guarantees!.id)?.sources).toEqual(expect.arrayContaining(['a', 'c']));
    expect(texts.get(guarantees!.id)).toBe('legal guarantees');
  });

  it('puts each hand-annotated pair of the seeds in one cluster', () => {
    interface GoldQuote { id: string; source: string; start: number; end: number }
    const gold = JSON.parse(readFileSync(new URL('../../fixtures/seeds.gold.json', import.meta.url), 'utf8')) as {
      quotes: GoldQuote[];
      pairs: { a: string; b: string }[];
    };
    const goldQuotes = new Map(gold.quotes.map((quote) => [quote.id, quote]));
    // The extracted quote overlapping the annotated one (offsets may differ by a mark or a space).
    const extracted = (id: string): string | undefined => {
      const target = goldQuotes.get(id)!;
      return report.quotes.find((quote) => quote.sourceId === target.source && quote.start < target.end && target.start < quote.end)?.id;
    };
    const together = gold.pairs.map((pair) => {
      const x = extracted(pair.a);
      const y = extracted(pair.b);
      return `${pair.a}~${pair.b} ${x !== undefined && y !== undefined && clusterOf(x) !== undefined && clusterOf(x) === clusterOf(y)}`;
    });
    expect(together).toEqual(gold.pairs.map((pair) => `${pair.a}~${pair.b} true`));
  });

  it('gives the seeds\' pair the report compare() gives', async () => {
    const pair = report.pairs.find((entry) => entry.sources.join('~') === 'a~b');
    expect(JSON.stringify(pair?.report)).toBe(JSON.stringify(await compare({ id: 'a', text: a }, { id: 'b', text: b })));
  });
});

describe('compareMany() on arbitrary strings', () => {
  it('never throws and keeps every quote span true', async () => {
    const checker = await createChecker();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { minLength: 2, maxLength: 4 }), (texts) => {
        const report = checker.compareMany(texts);
        for (const quote of report.quotes) {
          const index = Number(quote.sourceId.slice(1)) - 1;
          expect(texts[index]!.slice(quote.start, quote.end)).toBe(quote.text);
        }
      }),
      { numRuns: 15, seed: 8 },
    );
  });
});
