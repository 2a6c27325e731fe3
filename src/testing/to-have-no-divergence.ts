import { invalidType } from '../errors.js';
import { oneLine } from '../report/render/plain-text.js';
import type { DivergenceKind } from '../report/types.js';
import { describeDivergence, describeQuoteMatch, matchesOf } from './describe-findings.js';
import { atLeast } from '../options.js';
import { asReport, checkOptions, checkSeverity } from './received.js';
import type { DivergenceMatcherOptions, MatcherContext, MatcherResult } from './types.js';

const KINDS: readonly DivergenceKind[] = ['attribution', 'number', 'date', 'entity', 'negation', 'modality', 'omission', 'wording', 'pronoun'];

/**
 * `expect(report).toHaveNoDivergence({ kinds: ['number', 'attribution'] })`: passes when
 * the report has no divergence of those kinds (every kind when `kinds` is absent) at or
 * above `minSeverity`. A failure shows each divergence's evidence spans and the diff of
 * the quote pair it concerns.
 */
export function toHaveNoDivergence(this: MatcherContext, received: unknown, options?: DivergenceMatcherOptions): MatcherResult {
  const report = asReport(received);
  const checked = checkOptions(options, 'options');
  const minSeverity = checkSeverity(checked.minSeverity, 'options.minSeverity') ?? 'info';
  const kinds = checked.kinds;
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((kind) => !KINDS.includes(kind as DivergenceKind)))) {
    throw invalidType('options.kinds', `an array of divergence kinds (${KINDS.join(', ')})`, kinds);
  }
  const counted = report.divergences.filter(
    (divergence) => atLeast(divergence.severity, minSeverity) && (kinds === undefined || (kinds as DivergenceKind[]).includes(divergence.kind)),
  );
  const scope = [
    kinds === undefined ? 'divergences' : `${(kinds as string[]).join(' or ')} divergences`,
    minSeverity === 'info' ? '' : ` of severity ${minSeverity} or worse`,
  ].join('');
  const lines = counted.flatMap((divergence) => [
    `  ${describeDivergence(divergence)}`,
    `    ${oneLine(divergence.message)}`,
    ...matchesOf(report, divergence).map((match) => `    in ${describeQuoteMatch(match)}`),
  ]);
  return {
    pass: counted.length === 0,
    message: () =>
      counted.length === 0 ? `expected ${scope}, but found none` : `expected no ${scope}, but found ${counted.length}:\n${lines.join('\n')}`,
    actual: counted.map(describeDivergence),
    expected: [],
  };
}
