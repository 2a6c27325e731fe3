/**
 * The large adversarial inputs, built by the benchmark's deterministic generators
 * (test/bench/adversarial.ts) at full size rather than committed: 100,000 unbalanced quote
 * marks, 1 MB without whitespace, one 200,000-character sentence, quotes nested 5,000 deep,
 * 300,000 code units of RTL, combining marks, emoji and lone surrogates, NUL and control
 * characters, CRLF and lone CR line endings, HTML and Markdown.
 *
 * Each must finish without a stack overflow and report valid spans; how long it takes is
 * the benchmark's business (`npm run bench`), never asserted here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/report/compare.js';
import { ADVERSARIAL_INPUTS } from '../bench/adversarial.js';
import { SEED_A } from '../helpers/seeds.js';
import { reportProblems } from './invariants.js';

/** A few paragraphs of a seed: a normal report for the adversarial one to be compared with. */
const PARTNER = SEED_A.split(/\n\s*\n/u).slice(0, 6).join('\n\n');

let checker: Checker;
beforeAll(async () => {
  checker = await createChecker();
});

describe.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input] as const))('large adversarial input %s', (_, input) => {
  it(`compare finishes with valid spans (${input.description})`, () => {
    const text = input.generate();
    const report = checker.compare({ id: 'x', text }, { id: 'y', text: PARTNER });
    expect(report.sources[0]!.length).toBe(text.length);
    expect(reportProblems(report, { x: text, y: PARTNER })).toEqual([]);
  });
});
