import { beforeAll, describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/detect.js';
import { CorroborateTypeError } from '../../src/errors.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { compare } from '../../src/report/compare.js';
import type { Report } from '../../src/report/types.js';
import { corroborateMatchers, describeArtefact } from '../../src/testing/index.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';
import { buildReport } from '../render/build-report.js';
import { loadFixture } from '../render/fixtures.js';

expect.extend(corroborateMatchers);

const strike = loadFixture('port-strike').report;
const clean = buildReport({ texts: { a: 'Nothing here.', b: 'Nothing there.' } });

/** The message of a failing assertion (sync or async). */
async function failure(assertion: () => unknown): Promise<string> {
  try {
    await assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('typing', () => {
  it('the matchers are typed on expect() (checked by tsc)', () => {
    const typed = (report: Report): void => {
      expect(report).toMatchQuote('x', { sourceId: 'a' });
      // @ts-expect-error the phrase is a string
      expect(report).toMatchQuote(42);
      expect(report).toAttributeQuote('x', /Stoltenberg/u, { sourceId: 'b' });
      // @ts-expect-error the speaker is a name or a RegExp
      expect(report).toAttributeQuote('x', 7);
      // @ts-expect-error severities are error, warning and info
      expect(report).toHaveNoArtefacts({ minSeverity: 'fatal' });
      // @ts-expect-error kinds are divergence kinds
      expect(report).toHaveNoDivergence({ kinds: ['tone'] });
      void expect('text b').toCorroborate('text a', { minSameEvent: 0.7, sourceLanguage: 'it' });
    };
    expect(typeof typed).toBe('function');
  });
});

describe('toHaveNoArtefacts', () => {
  it('passes without artefacts, and with none at the minimum severity', () => {
    expect(clean).toHaveNoArtefacts();
    const infoOnly: Report = { ...strike, artefacts: strike.artefacts.filter((a) => a.severity === 'info') };
    expect(infoOnly).toHaveNoArtefacts({ minSeverity: 'warning' });
    expect(infoOnly).not.toHaveNoArtefacts();
  });

  it('fails listing each offending artefact with source, offsets, text and suggestion', async () => {
    const message = await failure(() => expect(strike).toHaveNoArtefacts({ minSeverity: 'warning' }));
    expect(message).toContain('expected no artefacts of severity warning or worse, but found 2:');
    expect(message).toContain('a 168-185 repetition "strongly strongly" → strongly (warning: The word "strongly" is repeated.)');
    expect(message).toContain('b 241-252 false-friend "preoccupied" → worried');
    expect(message).not.toContain('calque');
  });

  it('filters by rule or family and by source', () => {
    expect(strike).toHaveNoArtefacts({ rules: ['non-word'] });
    expect(strike).not.toHaveNoArtefacts({ rules: ['false-friend'] });
    expect(strike).toHaveNoArtefacts({ sourceId: 'b', minSeverity: 'warning', rules: ['repetition'] });
  });

  it('accepts the artefact list detectArtefacts returns', async () => {
    const artefacts = detectArtefacts('The talks on a de-escalaton of the crisis went on.');
    expect(artefacts.map(describeArtefact)).toContain('text 15-27 non-word "de-escalaton" → de-escalation');
    const message = await failure(() => expect(artefacts).toHaveNoArtefacts());
    expect(message).toContain('text 15-27 non-word "de-escalaton" → de-escalation');
    expect(detectArtefacts('The talks went on.')).toHaveNoArtefacts();
  });

  it('rejects what is not a report, and bad options, with typed errors', () => {
    expect(() => expect('a text').toHaveNoArtefacts()).toThrow(CorroborateTypeError);
    expect(() => expect(strike).toHaveNoArtefacts({ minSeverity: 'fatal' as never })).toThrow(/options\.minSeverity/u);
  });
});

describe('toMatchQuote', () => {
  it('passes when either side of a quote match holds the phrase, normalised', () => {
    expect(strike).toMatchQuote('reopen within three days');
    expect(strike).toMatchQuote('WITHIN  “five” days');
    expect(strike).toMatchQuote('we were not consulted');
    expect(strike).toMatchQuote('we have not been consulted', { sourceId: 'a' });
    expect(strike).not.toMatchQuote('we have not been consulted', { sourceId: 'b' });
  });

  it('accepts a phrase overlapping the edge of a quote by 3+ words and 60%', () => {
    expect(strike).toMatchQuote('reopen within three days after');
    expect(strike).not.toMatchQuote('within three days, after the storm that');
  });

  it('says when the phrase is in a quote that found no partner', async () => {
    const message = await failure(() => expect(strike).toMatchQuote('an emergency without precedents'));
    expect(message).toContain('but none of the 2 quote matches has one');
    expect(message).toContain('It is in quotes that were not matched to the other report:');
    expect(message).toContain('a:q3 [a 275-306] The prefecture: "an emergency without precedents"');
  });

  it('shows the closest quotes and their diffs otherwise', async () => {
    const message = await failure(() => expect(strike).toMatchQuote('the port will reopen next week'));
    expect(message).toContain('Closest quotes (words shared in a row):');
    expect(message).toContain('2/6  a:q1 [a 69-98] Marta Rossi: "will reopen within three days"');
    expect(message).toContain('in a:q1 ↔ b:q1 partial 0.55: [-will reopen-] within [-three-]{+five+} days');
    const nothing = await failure(() => expect(strike).toMatchQuote('zebra'));
    expect(nothing).toContain('No quote shares a word with it.');
  });

  it('rejects an empty phrase', () => {
    expect(() => expect(strike).toMatchQuote(' “” ')).toThrow(/`phrase` must be a string with at least one word/u);
  });
});

describe('toAttributeQuote', () => {
  // Invented: one quote with a named speaker, one given to a role noun, one without a cue.
  const quotes = extractQuotes({
    id: 'wire',
    text: 'Harbour master Lena Ortiz said: “The east pier stays closed until Friday.” The union’s spokesman warned that “every crane will stop at noon”. Posters read “No night shifts”.',
  });

  it('passes when a quote holding the phrase has the speaker, by any word of the name or the mention', () => {
    expect(quotes).toAttributeQuote('east pier stays closed', 'Lena Ortiz');
    expect(quotes).toAttributeQuote('The east pier stays CLOSED until Friday', 'ortiz');
    expect(quotes).toAttributeQuote('east pier', /Ortiz$/u);
    // A global pattern keeps no state between the quotes it is tried on.
    const global = /ortiz/giu;
    expect(quotes).toAttributeQuote('east pier', global);
    expect(quotes).toAttributeQuote('east pier', global);
    expect(quotes).toAttributeQuote('every crane will stop', 'spokesman');
    expect(quotes).not.toAttributeQuote('east pier stays closed', 'union spokesman');
  });

  it('fails listing the quotes that hold the phrase with their speakers', async () => {
    const wrong = await failure(() => expect(quotes).toAttributeQuote('east pier stays closed', 'Mayor Ruiz'));
    expect(wrong).toMatch(/attributed otherwise:\n {2}wire:q1 \[wire \d+-\d+\] Lena Ortiz: "The east pier stays closed until Friday\."/u);
    const none = await failure(() => expect(quotes).toAttributeQuote('the west pier', 'Lena Ortiz'));
    expect(none).toMatch(/no quote holds the phrase/u);
    const negated = await failure(() => expect(quotes).not.toAttributeQuote('east pier', 'Lena'));
    expect(negated).toMatch(/expected no quote holding "east pier" to be attributed to "Lena", but found:/u);
  });

  it('reads a report and keeps to one source when asked', () => {
    expect(strike).toAttributeQuote('reopen within three days', /\S/u, { sourceId: 'a' });
    expect(strike).not.toAttributeQuote('reopen within three days', /\S/u, { sourceId: 'nowhere' });
  });

  it('rejects bad subjects, phrases and speakers with typed errors', () => {
    expect(() => expect(42).toAttributeQuote('x', 'y')).toThrow(CorroborateTypeError);
    expect(() => expect([1, 2]).toAttributeQuote('x', 'y')).toThrow(/received/u);
    expect(() => expect(quotes).toAttributeQuote('…', 'y')).toThrow(/phrase/u);
    expect(() => expect(quotes).toAttributeQuote('x', ' ')).toThrow(/speaker/u);
    expect(() => expect(quotes).toAttributeQuote('x', 'y', { sourceId: 3 } as never)).toThrow(/options\.sourceId/u);
  });
});

describe('toHaveNoDivergence', () => {
  it('passes when no divergence of the kinds is found', () => {
    expect(strike).toHaveNoDivergence({ kinds: ['date', 'negation'] });
    expect(strike).toHaveNoDivergence({ kinds: ['wording'], minSeverity: 'warning' });
    expect(clean).toHaveNoDivergence();
  });

  it('fails showing the evidence spans and the diff of the pair', async () => {
    const message = await failure(() => expect(strike).toHaveNoDivergence({ kinds: ['number', 'attribution'] }));
    expect(message).toContain('expected no number or attribution divergences, but found 2:');
    expect(message).toContain('number error: a 88-93 "three" ↔ b 33-37 "five"');
    expect(message).toContain('The delay differs: three days (a) vs five days (b).');
    expect(message).toContain('in a:q1 ↔ b:q1 partial 0.55: [-will reopen-] within [-three-]{+five+} days');
    expect(message).toContain('attribution warning: a 20-31 "Marta Rossi" ↔ b 45-61 "the city council"');
  });

  it('counts severity and rejects unknown kinds', async () => {
    const message = await failure(() => expect(strike).toHaveNoDivergence({ minSeverity: 'error' }));
    expect(message).toContain('found 1:');
    expect(() => expect(strike).toHaveNoDivergence({ kinds: ['tone' as never] })).toThrow(/options\.kinds/u);
  });
});

describe('toCorroborate (runs compare)', () => {
  const reference =
    'The mayor of Genoa, Marta Rossi, said on Tuesday that the port "will reopen within three days" after the storm. ' +
    'Union leader Paolo Bianchi said: "We have not been consulted about the reopening of the port."';
  const retold =
    'On Tuesday the mayor of Genoa, Marta Rossi, said the port "will reopen within three days" after the storm. ' +
    'Paolo Bianchi, the union leader, said: "We have not been consulted about the reopening of the port."';
  const unrelated = 'The orchestra of Vienna played Mahler on Sunday. "It was a triumph," the conductor said of the concert hall.';

  it('passes for two tellings of one event', async () => {
    await expect(retold).toCorroborate(reference);
  });

  it('fails for another event, showing the score', async () => {
    const message = await failure(() => expect(unrelated).toCorroborate(reference));
    expect(message).toMatch(/✗ sameEvent 0\.\d\d < 0\.5 \((possibly the same event|probably different events)\)/u);
    await expect(unrelated).not.toCorroborate(reference);
  });

  it('fails on divergences at failOn, listing them with their pair', async () => {
    const changed = retold.replace('three days', 'five days');
    const report = await compare(reference, changed);
    const worst = report.divergences.some((d) => d.severity === 'error') ? 'error' : 'warning';
    const message = await failure(() => expect(changed).toCorroborate(reference, { failOn: worst }));
    expect(message).toMatch(new RegExp(`✗ \\d+ divergences? at ${worst} or worse:`, 'u'));
    expect(message).toMatch(/number \w+: a \d+-\d+ "three" ↔ b \d+-\d+ "five"/u);
  });

  it('passes its other options to compare, which validates them', async () => {
    await expect(retold).toCorroborate(reference, { sourceLanguage: 'it', minSameEvent: 0.1 });
    await expect(expect(retold).toCorroborate(reference, { sorceLanguage: 'it' } as never)).rejects.toThrow(/options\.sorceLanguage/u);
    await expect(expect(retold).toCorroborate(reference, { minSameEvent: 2 })).rejects.toThrow(/options\.minSameEvent/u);
  });
});

describe('on the seeds (gold: fixtures/seeds.gold.json)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await compare(SEED_A, SEED_B, { sourceLanguage: 'it' });
  });

  it('the armed-conflict statement is matched across the reports (gold pair a3–b3)', () => {
    expect(report).toMatchQuote('real risk of an armed conflict');
  });

  it('its attribution divergence is found (gold: Stoltenberg in a, NATO in b)', async () => {
    expect(report).not.toHaveNoDivergence({ kinds: ['attribution'] });
    const message = await failure(() => expect(report).toHaveNoDivergence({ kinds: ['attribution'] }));
    expect(message).toMatch(/attribution \w+: a \d+-\d+ "[^"]+" ↔ b \d+-\d+ "[^"]+"/u);
  });

  it('the armed-conflict statement is Stoltenberg’s in a (gold: quote a3)', () => {
    expect(report).toAttributeQuote('real risk of an armed conflict', 'Stoltenberg', { sourceId: 'a' });
  });

  it('the non-word "de-exclusation" is flagged in b', () => {
    expect(report).not.toHaveNoArtefacts({ sourceId: 'b', rules: ['non-word'] });
  });

  it('b corroborates a as the same event', async () => {
    await expect(SEED_B).toCorroborate(SEED_A, { sourceLanguage: 'it', failOn: 'none' });
  });
});
