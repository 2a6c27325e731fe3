import { LOWERCASE_FUNCTION_WORDS } from '../../data/typography.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';

export const STRAY_CAPITAL: RuleMeta = {
  id: 'typography/stray-capital',
  family: 'typography',
  severity: 'warning',
  description:
    'A capitalised function word in mid-sentence right after a lower-case word ("7 products to choose from The minimum holding time"): a sentence break lost in translation. Titles ("reporter for The New York Times") are left alone.',
  example: { text: 'seven products to choose from The minimum holding time is 360 days', finding: 'typography/stray-capital "The" → the' },
};

const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

export const strayCapitalRule: ArtefactRule = {
  meta: [STRAY_CAPITAL],
  detect(context, enabled) {
    if (!enabled(STRAY_CAPITAL.id)) return [];
    const { tokens, text } = context.document;
    const drafts: ArtefactDraft[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const word = tokens[i]!;
      if (word.kind !== 'word' || !LOWERCASE_FUNCTION_WORDS.has(word.lower)) continue;
      const first = word.norm.charAt(0);
      if (first === first.toLowerCase() || word.norm === word.norm.toUpperCase()) continue;
      const before = tokens[i - 1]!;
      const after = tokens[i + 1]!;
      if (before.kind !== 'word' || !LOWER_WORD.test(before.norm) || before.sentence !== word.sentence) continue;
      if (text.slice(before.end, word.start).trim() !== '') continue;
      // "The Venetian Macao", "The New York Times": a capitalised word after it makes a title.
      if (after.kind !== 'word' || after.norm.charAt(0) !== after.norm.charAt(0).toLowerCase()) continue;
      drafts.push({
        ruleId: STRAY_CAPITAL.id,
        family: 'typography',
        start: word.start,
        end: word.end,
        expected: [word.text.toLowerCase(), `. ${word.text}`],
        message: `"${word.text}" is capitalised in mid-sentence: either it should be lower case or a full stop is missing before it.`,
        severity: 'warning',
        confidence: 0.65,
      });
    }
    return drafts;
  },
};
