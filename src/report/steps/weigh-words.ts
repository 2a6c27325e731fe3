import { quoteView } from '../../align/quotes.js';
import { buildSentenceViews } from '../../align/views.js';
import type { CompareState, CompareStep } from '../state.js';

/** Turns sentences and quotes into weighted word views, with TF-IDF over both reports. */
export const weighWords: CompareStep = {
  name: 'weighWords',
  run(state: CompareState): void {
    const views = buildSentenceViews(state.a.document, state.b.document);
    state.context = views.context;
    state.a.sentenceViews = views.a;
    state.b.sentenceViews = views.b;
    for (const side of [state.a, state.b]) {
      side.quoteViews = side.quotes.map((quote) => quoteView(side.document, quote, views.context));
    }
  },
};
