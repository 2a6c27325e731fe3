import { invalidType } from '../errors.js';
import { atLeast, type CorroborateOptions } from '../options.js';
import { sameEventWords } from '../report/render/text.js';
import { compare } from '../report/compare.js';
import { oneLine } from '../report/render/plain-text.js';
import type { SourceInput } from '../text/types.js';
import { describeDivergence, describeQuoteMatch, matchesOf } from './describe-findings.js';
import { checkOptions, checkSeverity } from './received.js';
import type { CorroborateMatcherOptions, MatcherContext, MatcherResult } from './types.js';

/** 0.5 is where compare's same-event score finds the evidence balanced: more likely than not. */
export const DEFAULT_MIN_SAME_EVENT = 0.5;

/**
 * `await expect(textB).toCorroborate(textA, options)`: compares `textA` (source `a`) with
 * the received `textB` (source `b`) and passes when
 *
 * 1. `event.sameEvent` is at least `minSameEvent` (default 0.5: more likely than not the
 *    same event), and
 * 2. no divergence is at `failOn` or worse (default `error`: warnings such as rewording
 *    are what two honest reports of one event look like; errors contradict each other).
 *
 * Artefacts do not count: a clumsy translation can still corroborate. The other options
 * go to `compare()`. A failure shows the score and each offending divergence with its
 * spans and the diff of its quote pair.
 */
export async function toCorroborate(
  this: MatcherContext,
  received: unknown,
  reference: SourceInput,
  options?: CorroborateMatcherOptions,
): Promise<MatcherResult> {
  const { minSameEvent: rawMin, failOn: rawFailOn, ...compareOptions } = checkOptions(options, 'options');
  if (rawMin !== undefined && (typeof rawMin !== 'number' || !(rawMin >= 0 && rawMin <= 1))) {
    throw invalidType('options.minSameEvent', 'a number from 0 to 1', rawMin);
  }
  const minSameEvent = (rawMin as number | undefined) ?? DEFAULT_MIN_SAME_EVENT;
  const failOn = rawFailOn === 'none' ? 'none' : (checkSeverity(rawFailOn, 'options.failOn') ?? 'error');

  const report = await compare(reference, received as SourceInput, compareOptions as CorroborateOptions);
  const score = report.event.sameEvent;
  const contradictions = failOn === 'none' ? [] : report.divergences.filter((divergence) => atLeast(divergence.severity, failOn));
  const sameEvent = score >= minSameEvent;
  const pass = sameEvent && contradictions.length === 0;

  const scoreLine = `sameEvent ${score.toFixed(2)} ${sameEvent ? '≥' : '<'} ${minSameEvent} (${sameEventWords(score)})`;
  const details = contradictions.flatMap((divergence) => [
    `  ${describeDivergence(divergence)}`,
    `    ${oneLine(divergence.message)}`,
    ...matchesOf(report, divergence).map((match) => `    in ${describeQuoteMatch(match)}`),
  ]);
  const failureLines = [
    `expected the text to corroborate the reference, but:`,
    sameEvent ? `  ${scoreLine}` : `  ✗ ${scoreLine}`,
    contradictions.length === 0 ? `  no divergence at ${failOn} or worse` : `  ✗ ${contradictions.length} ${contradictions.length === 1 ? 'divergence' : 'divergences'} at ${failOn} or worse:`,
    ...details,
  ];
  return {
    pass,
    message: () =>
      pass
        ? `expected the text not to corroborate the reference, but ${scoreLine} and no divergence is at ${failOn} or worse`
        : failureLines.join('\n'),
    actual: { sameEvent: score, divergences: contradictions.map(describeDivergence) },
    expected: { sameEvent: `≥ ${minSameEvent}`, divergences: [] },
  };
}
