import { readFileSync } from 'node:fs';
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
    console.log(clusterLine(report), [...texts]);
    expect(clusterLine(report)).toEqual([]);
  });
});
