import { LOWERCASE_FUNCTION_WORDS, UNQUOTED_SPEECH_VERBS } from '../../data/typography.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';
import type { Token } from '../../../text/types.js';

export const STRAY_CAPITAL: RuleMeta = {
  id: 'typography/stray-capital',
  family: 'typography',
  severity: 'warning',
  description:
    'A capitalised function word in mid-sentence right after a lower-case word ("7 products to choose from The minimum holding time"), or after a comma or semicolon ("lead the future; It is necessary", "Taipa Old Town, And many hotels"): a sentence break lost in translation, or the capital of the source\'s sentence kept. Titles ("reporter for The New York Times", "a memoir, In the Country We Love") are left alone.',
  example: { text: 'seven products to choose from The minimum holding time is 360 days', finding: 'typography/stray-capital "The" → the' },
};

const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

/** Marks inside a sentence after which English goes on in lower case. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';']);

function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && LOWER_WORD.test(token.norm);
}

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
      const after = tokens[i + 1]!;
      let before = tokens[i - 1]!;
      const mark = CLAUSE_MARKS.has(before.norm) ? before : undefined;
      if (mark) {
        before = tokens[i - 2]!;
        // After a comma a title may follow ("a memoir, In the Country We Love"): the two
        // words after the capital must both be lower case.
        if (!before || !isLowerWord(tokens[i + 2])) continue;
        // "everyone said, It's hard": speech without quotation marks opens with a capital.
        if (UNQUOTED_SPEECH_VERBS.has(before.lower)) continue;
      }
      if (!isLowerWord(before) || before.sentence !== word.sentence) continue;
      if (text.slice(mark ? mark.end : before.end, word.start).trim() !== '' || (mark && text.slice(before.end, mark.start) !== '')) continue;
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
