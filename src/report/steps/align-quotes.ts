import { alignQuotes as alignQuoteViews, tokenRange } from '../../align/quotes.js';
import type { AlignedPair, AlignedSide } from '../aligned.js';
import { outOfTime, type CompareState, type CompareStep, type SideState } from '../state.js';
import { diffPair, tokenizedSpan } from './diff-pair.js';

/**
 * Matches the quotes of the two reports (one-to-one or one-to-many) and diffs each pair.
 * For a partial match, the focus is the stretch the local alignment found in common.
 */
export const alignQuotes: CompareStep = {
  name: 'alignQuotes',
  run(state: CompareState): void {
    state.quotePairs = alignQuoteViews(state.a.quoteViews, state.b.quoteViews);
    for (const pair of state.quotePairs) {
      if (outOfTime(state)) break;
      const side = (which: SideState, index: number, from: number, to: number): AlignedSide => {
        const view = which.quoteViews[index]!;
        const quote = view.quote;
        const [first, last] = tokenRange(which.document, quote.start, quote.end);
        const whole = pair.relation !== 'partial' || to <= from;
        const focus: [number, number] = whole ? [first, last] : [view.units[from]!.token, view.units[to - 1]!.token + 1];
        return { document: which.document, from: first, to: last, start: quote.start, end: quote.end, focus };
      };
      const a = side(state.a, pair.a, pair.local.aFrom, pair.local.aTo);
      const b = side(state.b, pair.b, pair.local.bFrom, pair.local.bTo);
      const quoteA = state.a.quotes[pair.a]!;
      const quoteB = state.b.quotes[pair.b]!;
      const diffs = diffPair(
        tokenizedSpan(a.document, a.from, a.to, a.start, a.end),
        a.from,
        tokenizedSpan(b.document, b.from, b.to, b.start, b.end),
        b.from,
      );
      const aligned: AlignedPair = {
        kind: 'quote',
        a,
        b,
        quotes: [quoteA.id, quoteB.id],
        relation: pair.relation,
        similarity: pair.similarity,
        ops: diffs.typed,
      };
      state.alignedQuotes.push(aligned);
      state.quoteMatches.push({ quotes: [quoteA.id, quoteB.id], relation: pair.relation, similarity: pair.similarity, diff: diffs.shown });
    }
  },
};
