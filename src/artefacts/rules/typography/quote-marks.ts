import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';
import { scanQuoteMarks, type MarkProblem } from '../../text/quote-scan.js';
import { QUOTE_PAIRS } from '../../data/quote-marks.js';

export const MISMATCHED_QUOTE: RuleMeta = {
  id: 'typography/mismatched-quote',
  family: 'typography',
  severity: 'warning',
  description: 'A quotation closed with a mark of another style («… “), or opened with a closing mark (”… »).',
  example: { text: '«It was not easy “, he said.', finding: 'typography/mismatched-quote "“" → »' },
};

export const UNBALANCED_QUOTE: RuleMeta = {
  id: 'typography/unbalanced-quote',
  family: 'typography',
  severity: 'warning',
  description: 'A quotation mark with no partner in its paragraph (unless the quote carries on into the next paragraph, as news style allows).',
  example: { text: 'He said “we will talk. Then he left.', finding: 'typography/unbalanced-quote "“"' },
};

export const QUOTE_SPACING: RuleMeta = {
  id: 'typography/quote-spacing',
  family: 'typography',
  severity: 'warning',
  description: 'An opening mark glued to the word before it, or a closing mark glued to the word after it ("and« to find").',
  example: { text: 'and« to find a solution »', finding: 'typography/quote-spacing "and«" → and «' },
};

/** The closer that pairs with an opener, for suggestions (« → »). */
function closerFor(opener: string): string | undefined {
  for (const pair of QUOTE_PAIRS) if (pair.charAt(0) === opener) return pair.charAt(1);
  return undefined;
}

function openerFor(closer: string): string | undefined {
  for (const pair of QUOTE_PAIRS) if (pair.charAt(1) === closer) return pair.charAt(0);
  return undefined;
}

function toDraft(problem: MarkProblem, text: string): ArtefactDraft | undefined {
  const { mark } = problem;
  const markEnd = mark.start + mark.char.length;
  switch (problem.kind) {
    case 'mismatched-close': {
      const expected = closerFor(problem.opener.char);
      return {
        ruleId: MISMATCHED_QUOTE.id,
        family: 'typography',
        start: mark.start,
        end: markEnd,
        expected: expected ? [expected] : [],
        message: `The quote opened with ${problem.opener.char} is closed with ${mark.char}.`,
        severity: 'warning',
        confidence: 0.8,
      };
    }
    case 'mismatched-open': {
      const expected = openerFor(problem.closer.char);
      return {
        ruleId: MISMATCHED_QUOTE.id,
        family: 'typography',
        start: mark.start,
        end: markEnd,
        expected: expected ? [expected] : [],
        message: `The closing mark ${mark.char} opens the quote that ${problem.closer.char} closes.`,
        severity: 'warning',
        confidence: 0.75,
      };
    }
    case 'unclosed':
    case 'unopened':
      return {
        ruleId: UNBALANCED_QUOTE.id,
        family: 'typography',
        start: mark.start,
        end: markEnd,
        expected: [],
        message: problem.kind === 'unclosed' ? `The quote opened with ${mark.char} is never closed.` : `${mark.char} closes a quote that was never opened.`,
        severity: 'warning',
        confidence: 0.7,
      };
    case 'spacing': {
      // The span takes in the word the mark is glued to, so the fix reads naturally.
      let start = mark.start;
      let end = markEnd;
      if (problem.side === 'before') while (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
      else while (end < text.length && /[\p{L}\p{N}]/u.test(text.charAt(end))) end++;
      const word = problem.side === 'before' ? text.slice(start, mark.start) : text.slice(markEnd, end);
      return {
        ruleId: QUOTE_SPACING.id,
        family: 'typography',
        start,
        end,
        expected: [problem.side === 'before' ? `${word} ${mark.char}` : `${mark.char} ${word}`],
        message:
          problem.side === 'before'
            ? `The opening mark ${mark.char} is glued to "${word}" and spaced from the quote it opens.`
            : `The closing mark ${mark.char} is glued to "${word}" and spaced from the quote it closes.`,
        severity: 'warning',
        confidence: 0.7,
      };
    }
  }
}

export const quoteMarksRule: ArtefactRule = {
  meta: [MISMATCHED_QUOTE, UNBALANCED_QUOTE, QUOTE_SPACING],
  detect(context, enabled) {
    const drafts: ArtefactDraft[] = [];
    for (const problem of scanQuoteMarks(context.document)) {
      const draft = toDraft(problem, context.document.text);
      if (draft && enabled(draft.ruleId)) drafts.push(draft);
    }
    return drafts;
  },
};
