import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';

export const MISSING_SPACE: RuleMeta = {
  id: 'typography/missing-space',
  family: 'typography',
  severity: 'warning',
  description:
    'No space after sentence punctuation between two words ("dialogue.AGI"), but not in abbreviations ("U.S."), decimals, web addresses or domain names ("example.com").',
  example: { text: 'to continue the dialogue.AGI reports that', finding: 'typography/missing-space "dialogue.AGI" → dialogue. AGI' },
};

const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', ';', ',']);
const HAS_LOWER = /\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** Whether the unspaced stretch around `[start, end)` (looked at up to 100 characters each way) holds "@", "/", "_" or "=". */
function isInAddress(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 100 && !/\s/u.test(text.charAt(i)); i--) if ('@/\\_='.includes(text.charAt(i))) return true;
  for (let i = start; i < text.length && i < end + 100 && !/\s/u.test(text.charAt(i)); i++) if ('@/\\_='.includes(text.charAt(i))) return true;
  return false;
}

export const missingSpaceRule: ArtefactRule = {
  meta: [MISSING_SPACE],
  detect(context, enabled) {
    if (!enabled(MISSING_SPACE.id)) return [];
    const { tokens, text } = context.document;
    const drafts: ArtefactDraft[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const mark = tokens[i]!;
      if (!SENTENCE_PUNCTUATION.has(mark.norm) || mark.spaceBefore) continue;
      const left = tokens[i - 1]!;
      const right = tokens[i + 1]!;
      if (left.kind !== 'word' || right.kind !== 'word' || right.start !== mark.end) continue;
      // Both sides must be real words: "U.S", "e.g", "Node.js" and "ASP.NET" are not prose.
      if (left.norm.length < 2 || !HAS_LOWER.test(left.norm) || right.norm.length < 2) continue;
      // After a full stop, only a capital shows a new sentence; "example.com" stays a domain.
      if (mark.norm !== ',' && mark.norm !== ';' && !UPPER_INITIAL.test(right.norm)) continue;
      // A chunk with "@", "/" or "://" is an address, whatever its case.
      if (isInAddress(text, left.start, right.end)) continue;
      drafts.push({
        ruleId: MISSING_SPACE.id,
        family: 'typography',
        start: left.start,
        end: right.end,
        expected: [`${left.text}${mark.text} ${right.text}`],
        message: `No space after "${mark.text}" between "${left.text}" and "${right.text}".`,
        severity: 'warning',
        confidence: 0.7,
      });
    }
    return drafts;
  },
};
