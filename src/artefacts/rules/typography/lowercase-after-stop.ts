import { ABBREVIATIONS } from '../../../text/data/abbreviations.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';
import { tokensInMachineStrings } from '../../text/unspaced-chunks.js';

export const LOWERCASE_AFTER_STOP: RuleMeta = {
  id: 'typography/lowercase-after-stop',
  family: 'typography',
  severity: 'warning',
  description: 'A full stop followed by a lower-case word ("conflicts. and undermines"): a stray stop inside a sentence. Abbreviations and ellipses are left alone.',
  example: { text: 'the emergence of incidents and conflicts. and undermines security', finding: 'typography/lowercase-after-stop "conflicts. and" → conflicts and' },
};

/** Lower-case words that may open a sentence anyway: brand names, "iPhone", and so on. */
const LOWER_INITIAL_NAME = /^[a-z]+[A-Z]/u;

export const lowercaseAfterStopRule: ArtefactRule = {
  meta: [LOWERCASE_AFTER_STOP],
  detect(context, enabled) {
    if (!enabled(LOWERCASE_AFTER_STOP.id)) return [];
    const { document } = context;
    const { tokens, text } = document;
    const machine = tokensInMachineStrings(document);
    const drafts: ArtefactDraft[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const stop = tokens[i]!;
      if (stop.norm !== '.' || stop.spaceBefore) continue;
      const before = tokens[i - 1]!;
      const after = tokens[i + 1]!;
      if (before.kind !== 'word' || after.kind !== 'word' || !after.spaceBefore) continue;
      if (machine[before.index] || machine[after.index]) continue;
      const first = after.norm.charAt(0);
      if (first === first.toUpperCase() || LOWER_INITIAL_NAME.test(after.norm)) continue;
      const gap = text.slice(stop.end, after.start);
      if (gap.includes('\n')) continue;
      // "Gen.", "U.S.", "etc.", "e.g.": the stop belongs to an abbreviation.
      const word = before.lower;
      if (ABBREVIATIONS.has(word) || before.norm.length === 1 || tokens[i - 2]?.norm === '.') continue;
      drafts.push({
        ruleId: LOWERCASE_AFTER_STOP.id,
        family: 'typography',
        start: before.start,
        end: after.end,
        expected: [`${before.text} ${after.text}`],
        message: `A full stop after "${before.text}" is followed by lower-case "${after.text}": a stray stop inside the sentence.`,
        severity: 'warning',
        confidence: 0.7,
      });
    }
    return drafts;
  },
};
