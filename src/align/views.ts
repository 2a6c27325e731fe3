import type { Document } from '../text/types.js';
import { toBag, Vocabulary, type Bag } from './bags.js';
import type { FeatureSide } from './features.js';
import { countNegators } from './polarity.js';
import { TermWeights } from './term-weights.js';
import { toUnits, type WordUnit } from './units.js';

/** A stretch of a document (a sentence, a quote) seen as words, with its weighted bag. */
export interface StretchView extends FeatureSide {
  /** Key ids of `units`, parallel to them. */
  readonly ids: readonly number[];
  /** TF-IDF weight of each unit, parallel to `units`. */
  readonly unitWeights: readonly number[];
  readonly bag: Bag;
}

/** What the views of one comparison share: the key ids and the TF-IDF weights. */
export interface ViewContext {
  readonly vocabulary: Vocabulary;
  readonly weights: TermWeights;
}

/** The words of tokens `[from, to)` of a document, with their key ids. */
export function stretchUnits(document: Document, from: number, to: number, vocabulary: Vocabulary): { units: WordUnit[]; ids: number[] } {
  const units = toUnits(document.tokens, { from, to });
  return { units, ids: units.map((unit) => vocabulary.id(unit.key)) };
}

/** Weighs a stretch's units into a view. */
export function toView(document: Document, from: number, to: number, text: string, words: { units: WordUnit[]; ids: number[] }, context: ViewContext): StretchView {
  const weights = words.units.map((unit, k) => context.weights.weight(words.ids[k]!, unit.prior));
  return {
    text,
    units: words.units,
    ids: words.ids,
    unitWeights: weights,
    negations: countNegators(document.tokens, from, to),
    bag: toBag(words.ids, weights, text.length),
  };
}

/** Views of every sentence of both documents, weighted by TF-IDF over both. */
export function buildSentenceViews(a: Document, b: Document): { a: StretchView[]; b: StretchView[]; context: ViewContext } {
  const vocabulary = new Vocabulary();
  const weights = new TermWeights();
  const words = (document: Document): { units: WordUnit[]; ids: number[] }[] =>
    document.sentences.map((sentence) => {
      const stretch = stretchUnits(document, sentence.tokenStart, sentence.tokenEnd, vocabulary);
      weights.add(stretch.ids);
      return stretch;
    });
  const wordsA = words(a);
  const wordsB = words(b);
  const context = { vocabulary, weights };
  const views = (document: Document, all: { units: WordUnit[]; ids: number[] }[]): StretchView[] =>
    all.map((stretch, index) => {
      const sentence = document.sentences[index]!;
      return toView(document, sentence.tokenStart, sentence.tokenEnd, sentence.text, stretch, context);
    });
  return { a: views(a, wordsA), b: views(b, wordsB), context };
}
