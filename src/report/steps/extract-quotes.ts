import { extractQuotesWithLimit } from '../../quotes/index.js';
import type { CompareState, CompareStep } from '../state.js';

/** Finds each report's quotes and speakers, keeping at most `maxQuotes` per report. */
export const extractQuotes: CompareStep = {
  name: 'extractQuotes',
  run(state: CompareState): void {
    for (const side of [state.a, state.b]) {
      const extraction = extractQuotesWithLimit(side.document, { maxQuotes: state.options.maxQuotes });
      side.quotes = extraction.quotes;
      if (extraction.truncated) state.truncated = true;
    }
  },
};
