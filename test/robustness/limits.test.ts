/**
 * The limits: `maxLength` (text longer throws), `maxQuotes` (quotes past it are dropped and
 * the report is flagged `truncated`), and `timeBudgetMs` (stages after the deadline are
 * skipped and the partial report is flagged `truncated`). A truncated report must still be
 * schema-valid and keep every invariant.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotesWithLimit } from '../../src/quotes/index.js';
import { compare, createChecker, extractQuotes, type Checker } from '../../src/index.js';
import { noWhitespace } from '../bench/adversarial.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';
import { mirrorProblems, reportProblems } from './invariants.js';

/** Six attributed quotes, a fresh story (not the seeds). */
const HARBOUR = [
  '“The cranes will move again on Monday,” the harbour master said.',
  'Union leader Carla Ferri told reporters: “We have not signed anything yet.”',
  '“Nobody wants a second week of this,” a shipping agent added.',
  'The mayor called the deal “a fragile truce” and promised “weekly meetings”.',
  '“Our members will vote on Thursday,” Ferri said.',
].join('\n\n');

const HARBOUR_RETOLD = [
  'The harbour master said the cranes “will move again on Monday”.',
  '“We have signed nothing yet,” union leader Carla Ferri said.',
  'According to the mayor, the agreement is “a fragile truce”.',
  '“The members vote on Thursday,” said Ferri.',
].join('\n\n');

let checker: Checker;
beforeAll(async () => {
  checker = await createChecker();
});

describe('maxLength', () => {
  it('accepts a text of exactly maxLength and keeps every invariant', () => {
    const report = checker.compare({ id: 'x', text: HARBOUR }, { id: 'y', text: HARBOUR_RETOLD }, { maxLength: HARBOUR.length });
    expect(reportProblems(report, { x: HARBOUR, y: HARBOUR_RETOLD })).toEqual([]);
    expect(report.truncated).toBeUndefined();
  });

  it('rejects one code unit more, before any work', () => {
    expect(() => checker.compare(HARBOUR, HARBOUR_RETOLD, { maxLength: HARBOUR.length - 1 })).toThrow(RangeError);
  });
});

describe('maxQuotes', () => {
  it('extractQuotes keeps the first maxQuotes quotes, in text order', () => {
    const all = extractQuotes(HARBOUR);
    expect(all.length).toBeGreaterThan(3);
    const limited = extractQuotesWithLimit(HARBOUR, { maxQuotes: 3 });
    expect(limited.quotes.map((quote) => quote.text)).toEqual(all.slice(0, 3).map((quote) => quote.text));
    expect({ truncated: limited.truncated, dropped: limited.dropped }).toEqual({ truncated: true, dropped: all.length - 3 });
    expect(extractQuotes(HARBOUR, { maxQuotes: 3 })).toHaveLength(3);
    expect(extractQuotesWithLimit(HARBOUR, { maxQuotes: all.length }).truncated).toBe(false);
  });

  it('compare keeps at most maxQuotes per source, flags truncated, and stays valid and symmetric', () => {
    const texts = { x: HARBOUR, y: HARBOUR_RETOLD };
    const forward = checker.compare({ id: 'x', text: HARBOUR }, { id: 'y', text: HARBOUR_RETOLD }, { maxQuotes: 2 });
    const backward = checker.compare({ id: 'y', text: HARBOUR_RETOLD }, { id: 'x', text: HARBOUR }, { maxQuotes: 2 });
    expect(forward.truncated).toBe(true);
    expect(reportProblems(forward, texts, { maxQuotes: 2 })).toEqual([]);
    expect(mirrorProblems(forward, backward)).toEqual([]);
    expect(forward.summary.quotes).toEqual({ x: 2, y: 2 });
  });

  it('a limit the texts stay within changes nothing', () => {
    const unlimited = checker.compare(HARBOUR, HARBOUR_RETOLD);
    const limited = checker.compare(HARBOUR, HARBOUR_RETOLD, { maxQuotes: 100 });
    expect(limited.truncated).toBeUndefined();
    expect(JSON.stringify(limited)).toBe(JSON.stringify(unlimited));
  });

  it('applies to the seeds too (33 quotes between them)', async () => {
    const report = await compare(SEED_A, SEED_B, { maxQuotes: 5 });
    expect(report.truncated).toBe(true);
    expect(reportProblems(report, { a: SEED_A, b: SEED_B }, { maxQuotes: 5 })).toEqual([]);
  });
});

describe('timeBudgetMs', () => {
  it('0 returns at once a partial report flagged truncated, valid per the schema and every invariant', () => {
    const report = checker.compare({ id: 'x', text: HARBOUR }, { id: 'y', text: HARBOUR_RETOLD }, { timeBudgetMs: 0 });
    expect(report.truncated).toBe(true);
    expect(reportProblems(report, { x: HARBOUR, y: HARBOUR_RETOLD })).toEqual([]);
    expect(report.sources.map((source) => source.length)).toEqual([HARBOUR.length, HARBOUR_RETOLD.length]);
  });

  it('1 ms on a large input returns a partial report rather than running every stage', () => {
    const text = noWhitespace({ scale: 0.3 });
    const report = checker.compare({ id: 'x', text }, { id: 'y', text: SEED_B }, { timeBudgetMs: 1 });
    expect(report.truncated).toBe(true);
    expect(reportProblems(report, { x: text, y: SEED_B })).toEqual([]);
  });

  it('a truncated report is still a mirror image of its reverse', () => {
    const forward = checker.compare({ id: 'x', text: SEED_A }, { id: 'y', text: SEED_B }, { timeBudgetMs: 0 });
    const backward = checker.compare({ id: 'y', text: SEED_B }, { id: 'x', text: SEED_A }, { timeBudgetMs: 0 });
    expect(mirrorProblems(forward, backward)).toEqual([]);
  });

  it('a budget that is not reached changes nothing', () => {
    const plain = checker.compare(HARBOUR, HARBOUR_RETOLD);
    const budgeted = checker.compare(HARBOUR, HARBOUR_RETOLD, { timeBudgetMs: 600_000 });
    expect(budgeted.truncated).toBeUndefined();
    expect(JSON.stringify(budgeted)).toBe(JSON.stringify(plain));
  });

  it('a checker-level budget applies, and a call-level one overrides it', async () => {
    const hurried = await createChecker({ timeBudgetMs: 0 });
    expect(hurried.compare(HARBOUR, HARBOUR_RETOLD).truncated).toBe(true);
    expect(hurried.compare(HARBOUR, HARBOUR_RETOLD, { timeBudgetMs: 600_000 }).truncated).toBeUndefined();
  });
});
