import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';

export const SPACE_BEFORE_PUNCTUATION: RuleMeta = {
  id: 'typography/space-before-punctuation',
  family: 'typography',
  severity: 'warning',
  description: 'A space before a comma, full stop, semicolon, colon, question or exclamation mark ("word ,"), outside French-style quotations.',
  example: { text: 'The talks were frank , and open.', finding: 'typography/space-before-punctuation "frank ," → frank,' },
};

const CHECKED = new Set([',', '.', ';', ':', '!', '?']);
/** French typography puts a space before these; inside « » the space is the style, not a slip. */
const FRENCH_SPACED = new Set([';', ':', '!', '?']);

export const spaceBeforePunctuationRule: ArtefactRule = {
  meta: [SPACE_BEFORE_PUNCTUATION],
  detect(context, enabled) {
    if (!enabled(SPACE_BEFORE_PUNCTUATION.id)) return [];
    const { tokens, text } = context.document;
    const drafts: ArtefactDraft[] = [];
    const guillemets = text.includes('\u00ab');
    for (let i = 1; i < tokens.length; i++) {
      const mark = tokens[i]!;
      if (!mark.spaceBefore || !CHECKED.has(mark.norm)) continue;
      const previous = tokens[i - 1]!;
      if (previous.kind !== 'word' && previous.kind !== 'number') continue;
      const gap = text.slice(previous.end, mark.start);
      if (gap.includes('\n') || gap.length > 2) continue;
      // ". com", ". 5": a full stop that belongs to what follows.
      const next = text.charAt(mark.end);
      if (next !== '' && !/[\s"'”»)\]]/u.test(next) && mark.norm !== ',') continue;
      if (guillemets && FRENCH_SPACED.has(mark.norm)) continue;
      // ". . .": an ellipsis typed with spaces.
      if (mark.norm === '.' && (text.slice(mark.end, mark.end + 2) === ' .' || text.charAt(mark.end) === '.')) continue;
      drafts.push({
        ruleId: SPACE_BEFORE_PUNCTUATION.id,
        family: 'typography',
        start: previous.start,
        end: mark.end,
        expected: [`${previous.text}${mark.text}`],
        message: `A space stands before "${mark.text}".`,
        severity: 'warning',
        confidence: 0.7,
      });
    }
    return drafts;
  },
};
