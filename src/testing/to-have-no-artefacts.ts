import { invalidType } from '../errors.js';
import { oneLine } from '../report/render/plain-text.js';
import { describeArtefact } from './describe-findings.js';
import { atLeast } from '../options.js';
import { asArtefacts, checkOptions, checkSeverity } from './received.js';
import type { ArtefactMatcherOptions, MatcherContext, MatcherResult } from './types.js';

/**
 * `expect(report).toHaveNoArtefacts({ minSeverity: 'warning' })`: passes when the report
 * (or a list of artefacts) has no artefact of that severity or worse, optionally only
 * counting some rules or one source. A failure lists each artefact with its span.
 */
export function toHaveNoArtefacts(this: MatcherContext, received: unknown, options?: ArtefactMatcherOptions): MatcherResult {
  const artefacts = asArtefacts(received);
  const checked = checkOptions(options, 'options');
  const minSeverity = checkSeverity(checked.minSeverity, 'options.minSeverity') ?? 'info';
  const rules = checked.rules;
  if (rules !== undefined && (!Array.isArray(rules) || rules.some((rule) => typeof rule !== 'string'))) {
    throw invalidType('options.rules', 'an array of rule ids', rules);
  }
  if (checked.sourceId !== undefined && typeof checked.sourceId !== 'string') throw invalidType('options.sourceId', 'a string', checked.sourceId);

  const counted = artefacts.filter(
    (artefact) =>
      atLeast(artefact.severity, minSeverity) &&
      (rules === undefined || (rules as string[]).includes(artefact.ruleId) || (rules as string[]).includes(artefact.family)) &&
      (checked.sourceId === undefined || artefact.sourceId === checked.sourceId),
  );
  const scope = [
    minSeverity === 'info' ? 'artefacts' : `artefacts of severity ${minSeverity} or worse`,
    rules === undefined ? '' : ` from rules ${(rules as string[]).join(', ')}`,
    checked.sourceId === undefined ? '' : ` in ${String(checked.sourceId)}`,
  ].join('');
  const lines = counted.map((artefact) => `  ${describeArtefact(artefact)} (${artefact.severity}: ${oneLine(artefact.message)})`);
  return {
    pass: counted.length === 0,
    message: () =>
      counted.length === 0
        ? `expected ${scope}, but found none`
        : `expected no ${scope}, but found ${counted.length}:\n${lines.join('\n')}`,
    actual: counted.map(describeArtefact),
    expected: [],
  };
}
