import { CorroborateTypeError } from '../errors.js';
import type { ArtefactRule, RuleMeta } from './rule.js';
import { falseFriendRule } from './rules/false-friend.js';
import { mixedSpellingRule } from './rules/mixed-spelling.js';
import { nonWordRule } from './rules/non-word.js';
import { personShiftRule } from './rules/person-shift.js';
import { pronounGenderRule } from './rules/pronoun-gender.js';
import { repetitionRule } from './rules/repetition.js';
import {
  brokenHyphenRule,
  lowercaseAfterStopRule,
  missingSpaceRule,
  mojibakeRule,
  quoteMarksRule,
  spaceBeforePunctuationRule,
  strayCapitalRule,
} from './rules/typography/index.js';
import { untranslatedRule } from './rules/untranslated.js';

/** Every rule module, in the order they run. */
export const ARTEFACT_RULES: readonly ArtefactRule[] = [
  nonWordRule,
  mixedSpellingRule,
  repetitionRule,
  falseFriendRule,
  untranslatedRule,
  pronounGenderRule,
  personShiftRule,
  quoteMarksRule,
  brokenHyphenRule,
  spaceBeforePunctuationRule,
  lowercaseAfterStopRule,
  missingSpaceRule,
  strayCapitalRule,
  mojibakeRule,
];

/** Metadata of every rule id: for the README, for tooling and for `options.rules`. */
export const RULES: readonly RuleMeta[] = Object.freeze(ARTEFACT_RULES.flatMap((rule) => rule.meta));

/** Rule ids and the groups before their slash (`typography` for `typography/mojibake`). */
function knownSwitches(): Set<string> {
  const keys = new Set<string>();
  for (const rule of RULES) {
    keys.add(rule.id);
    keys.add(rule.family);
    const slash = rule.id.indexOf('/');
    if (slash > 0) keys.add(rule.id.slice(0, slash));
  }
  return keys;
}

/**
 * Throws the typed `unknown_option` error for a key of `options.rules` that names no rule
 * id, rule group or family: a typo would otherwise silently leave the rule on.
 */
export function validateRuleSwitches(rules: Readonly<Record<string, boolean>> | undefined, argument = 'options.rules'): void {
  if (!rules) return;
  const known = knownSwitches();
  for (const key of Object.keys(rules)) {
    if (known.has(key)) continue;
    throw new CorroborateTypeError({
      code: 'unknown_option',
      argument: `${argument}.${key}`,
      expected: `a rule id, group or family: ${[...known].sort().join(', ')}`,
      received: key,
    });
  }
}

/**
 * Whether a rule runs: its own switch wins, then its group's (`typography`), then its
 * family's; every rule is on by default.
 */
export function ruleSwitch(rules: Readonly<Record<string, boolean>>): (ruleId: string) => boolean {
  const familyOf = new Map(RULES.map((rule) => [rule.id, rule.family] as const));
  return (ruleId) => {
    const own = rules[ruleId];
    if (own !== undefined) return own;
    const slash = ruleId.indexOf('/');
    const group = slash > 0 ? rules[ruleId.slice(0, slash)] : undefined;
    if (group !== undefined) return group;
    const family = familyOf.get(ruleId);
    return (family !== undefined ? rules[family] : undefined) ?? true;
  };
}
