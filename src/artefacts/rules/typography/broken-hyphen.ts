import { SUSPENDED_HYPHEN_CONTINUATIONS } from '../../data/typography.js';
import { isEnglishWord } from '../../lexicon/english-dictionary.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';

export const BROKEN_HYPHEN: RuleMeta = {
  id: 'typography/broken-hyphen',
  family: 'typography',
  severity: 'warning',
  description:
    'A compound broken by a space after its hyphen ("cyber- security"), but not a suspended hyphen ("medium- and shorter-range").',
  example: { text: 'missile limitations, cyber- security', finding: 'typography/broken-hyphen "cyber- security" → cybersecurity' },
};

export const brokenHyphenRule: ArtefactRule = {
  meta: [BROKEN_HYPHEN],
  detect(context, enabled) {
    if (!enabled(BROKEN_HYPHEN.id)) return [];
    const { document } = context;
    const { tokens, text } = document;
    const drafts: ArtefactDraft[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const hyphen = tokens[i]!;
      if (hyphen.norm !== '-' || hyphen.spaceBefore) continue;
      const left = tokens[i - 1]!;
      const right = tokens[i + 1]!;
      if (left.kind !== 'word' || right.kind !== 'word' || !right.spaceBefore) continue;
      const gap = text.slice(hyphen.end, right.start);
      if (gap.includes('\n') || gap.length > 2) continue;
      if (SUSPENDED_HYPHEN_CONTINUATIONS.has(right.lower)) continue;
      // "first-, second- and third-": a suspended series.
      if (right.norm.charAt(0) !== right.norm.charAt(0).toLowerCase()) continue;
      const closed = `${left.text}${right.text}`;
      const hyphenated = `${left.text}-${right.text}`;
      const closedIsWord = isEnglishWord(closed.toLowerCase());
      const expected = closedIsWord ? [closed, hyphenated] : [hyphenated, closed];
      // "delib- erately", "prosecu- tion": one word split at a line end when the text was
      // extracted from print. A real defect, but of extraction, not translation: info only.
      const lineBreakRemnant = closedIsWord && !(isEnglishWord(left.lower) && isEnglishWord(right.lower));
      drafts.push({
        ruleId: BROKEN_HYPHEN.id,
        family: 'typography',
        start: left.start,
        end: right.end,
        expected,
        message: `"${text.slice(left.start, right.end)}" is one word broken by a space after the hyphen.`,
        severity: lineBreakRemnant ? 'info' : 'warning',
        confidence: 0.75,
      });
    }
    return drafts;
  },
};
