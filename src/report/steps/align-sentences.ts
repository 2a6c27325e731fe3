import { classifyPair, round4, type Classification } from '../../align/classify.js';
import { sharedWeight } from '../../align/bags.js';
import { alignSentences as alignSentenceBags, type SentencePair } from '../../align/sentences.js';
import type { StretchView } from '../../align/views.js';
import type { Relation } from '../types.js';
import type { AlignedPair } from '../aligned.js';
import { outOfTime, type CompareState, type CompareStep } from '../state.js';
import { diffPair, tokenizedSpan } from './diff-pair.js';

/** In the independent regime, a partial sentence match must cover this much of the smaller sentence… */
const INDEPENDENT_CONTAINMENT = 0.6;
/** …and share this many content words. */
const INDEPENDENT_CONTENT_WORDS = 3;
/** Share of the smaller sentence's weight two sentences must share in exact words to be classified at all. */
const MIN_SHARED_SHARE = 0.3;

/** Weighted overlap from which two renderings of one sentence count as equivalent. */
const PARALLEL_EQUIVALENT = 0.5;

/**
 * Grades a pair of the parallel regime without the paraphrase classifier: position has
 * already established that the two stretches render one sentence, so only closeness is
 * left to say, and the TF-IDF-weighted overlap the alignment computed says it (this keeps
 * the cost linear for book-length inputs). Same words → identical; overlap ≥ 0.5 →
 * equivalent; otherwise partial.
 */
function gradeInOrder(viewsA: readonly StretchView[], viewsB: readonly StretchView[], pair: SentencePair): { relation: Relation; similarity: number } {
  const similarity = round4(pair.score);
  const same = pair.aTo - pair.aFrom === 1 && pair.bTo - pair.bFrom === 1 && sameWords(viewsA[pair.aFrom]!, viewsB[pair.bFrom]!);
  if (same) return { relation: 'identical', similarity: 1 };
  return { relation: similarity >= PARALLEL_EQUIVALENT ? 'equivalent' : 'partial', similarity };
}

function sameWords(x: StretchView, y: StretchView): boolean {
  if (x.units.length === 0 || x.units.length !== y.units.length) return false;
  for (let k = 0; k < x.units.length; k++) if (x.units[k]!.lower !== y.units[k]!.lower) return false;
  return true;
}

/** An independent-regime pair was accepted on the classifier's word; a weak verdict still means partial. */
function fromVerdict(verdict: Classification): { relation: Relation; similarity: number } {
  return { relation: verdict.relation === 'unrelated' ? 'partial' : verdict.relation, similarity: verdict.similarity };
}

/**
 * Aligns the narrative sentences. Parallel renderings of one text are aligned in order
 * (every DP pair kept: position is evidence, so a pair is at least `partial`);
 * independent reports keep only pairs the paraphrase classifier relates on their own.
 */
export const alignSentences: CompareStep = {
  name: 'alignSentences',
  run(state: CompareState): void {
    const viewsA = state.a.sentenceViews;
    const viewsB = state.b.sentenceViews;
    // Independent pairs are one-to-one: the verdict given when a pair was accepted is reused.
    const verdicts = new Map<string, Classification>();
    const classify = (i: number, j: number): Classification => {
      const key = `${i}:${j}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = classifyPair(viewsA[i]!, viewsB[j]!);
        verdicts.set(key, verdict);
      }
      return verdict;
    };
    const alignment = alignSentenceBags(
      viewsA.map((view) => view.bag),
      viewsB.map((view) => view.bag),
      {
        accept: (i, j) => {
          // Too little in common to be a paraphrase or a containment: not worth classifying.
          const x = viewsA[i]!.bag;
          const y = viewsB[j]!.bag;
          if (sharedWeight(x, y) < MIN_SHARED_SHARE * Math.min(x.total, y.total)) return false;
          const verdict = classify(i, j);
          if (verdict.relation === 'identical' || verdict.relation === 'equivalent') return true;
          return verdict.containment >= INDEPENDENT_CONTAINMENT && verdict.contentMatches >= INDEPENDENT_CONTENT_WORDS;
        },
      },
    );
    state.sentenceAlignment = alignment;
    const sentencesA = state.a.document.sentences;
    const sentencesB = state.b.document.sentences;
    for (const pair of alignment.pairs) {
      if (outOfTime(state)) break;
      const { relation, similarity } =
        alignment.regime === 'parallel' ? gradeInOrder(viewsA, viewsB, pair) : fromVerdict(classify(pair.aFrom, pair.bFrom));
      const firstA = sentencesA[pair.aFrom]!;
      const lastA = sentencesA[pair.aTo - 1]!;
      const firstB = sentencesB[pair.bFrom]!;
      const lastB = sentencesB[pair.bTo - 1]!;
      const a = { document: state.a.document, from: firstA.tokenStart, to: lastA.tokenEnd, start: firstA.start, end: lastA.end };
      const b = { document: state.b.document, from: firstB.tokenStart, to: lastB.tokenEnd, start: firstB.start, end: lastB.end };
      const diffs = diffPair(tokenizedSpan(a.document, a.from, a.to, a.start, a.end), a.from, tokenizedSpan(b.document, b.from, b.to, b.start, b.end), b.from);
      const aligned: AlignedPair = {
        kind: 'sentence',
        a: { ...a, focus: [a.from, a.to] },
        b: { ...b, focus: [b.from, b.to] },
        relation,
        similarity,
        ops: diffs.typed,
      };
      state.alignedSentences.push(aligned);
      state.sentenceMatches.push({
        sentences: [a.document.span(a.start, a.end), b.document.span(b.start, b.end)],
        relation,
        similarity,
        diff: diffs.shown,
      });
    }
  },
};
