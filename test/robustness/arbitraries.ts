/**
 * fast-check arbitraries for robustness properties: random Unicode text built from pools
 * of troublesome characters, and seeded mutations of the seed reports (quote marks
 * inserted, removed or mismatched; paragraphs shuffled; words swapped).
 *
 * Mutations are plain functions of the text and a few integers, so a failing case shrinks
 * to a short list of edits that can be replayed by hand.
 */
import fc from 'fast-check';
import { COMBINING_MARKS, EMOJI_SEQUENCES, FORMAT_CHARACTERS, LONE_SURROGATES, QUOTE_MARKS, RTL_WORDS } from '../bench/data/filler.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';

/** Whitespace and line breaks of every kind the segmenters must treat as layout. */
const WHITESPACE = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\u00A0', '\u2028', '\u2029', '\u3000', '\u200B', '\u0085', '\v', '\f'];
/** Control characters that are not layout. */
const CONTROLS = ['\0', '\u0001', '\u001B', '\u007F', '\u0080', '\u009F', '\uFFFE', '\uFFFF', '\uFFFD'];
/** News vocabulary that wakes up the cue, speaker and artefact stages. */
const NEWS_WORDS = [
  'said', 'told', 'according to', 'Stoltenberg', 'Wendy Sherman', 'the minister', 'he', 'she', 'they', 'NATO', 'Moscow', 'Mosca', 'not', 'never',
  'would', 'could', '12', '2,500', 'three', 'Tuesday', 'January 12', 'U.S.', 'Gen.', 'the the', 'de-exclusation', 'della', 'che', 'confrontation',
  ',', '.', ':', ';', '?', '!', '…', '–', '—', '-', '(', ')', '[', ']',
];
/** Punctuation a quote extractor keys on, in clusters. */
const PUNCTUATION_CLUSTERS = ['."', ',”', '.»', '?’', '!"', ':“', ', «', '» ,', '”.', '’s', "'s", 's’', "''", '``', '„', '‚'];
const OTHER_SCRIPTS = ['北约', '「会談」', '『引用』', 'Москва', '«Нет»', 'Αθήνα', 'ประเทศไทย', 'नमस्ते', '서울', 'Ελλάδα'];

/** One troublesome fragment: a quote mark, a word, a control, an emoji, an RTL word… */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...QUOTE_MARKS, ...PUNCTUATION_CLUSTERS), weight: 4 },
  { arbitrary: fc.constantFrom(...NEWS_WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...WHITESPACE), weight: 4 },
  { arbitrary: fc.constantFrom(...CONTROLS, ...FORMAT_CHARACTERS, ...LONE_SURROGATES), weight: 1 },
  { arbitrary: fc.constantFrom(...EMOJI_SEQUENCES, ...RTL_WORDS, ...OTHER_SCRIPTS), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...COMBINING_MARKS), { minLength: 1, maxLength: 8 }).map((marks) => `e${marks.join('')}`), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);

/** Text stitched from troublesome fragments, up to `maxPieces` of them. */
export function soup(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fragment, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** Any string at all, from pure binary noise to fragment soup. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  soup(80),
);

/** The `k`-th match (mod the number of matches) of a global pattern, or undefined when none. */
function nthMatch(text: string, pattern: RegExp, k: number): RegExpMatchArray | undefined {
  const matches = [...text.matchAll(pattern)];
  return matches.length === 0 ? undefined : matches[k % matches.length];
}

const MARK_PATTERN = /["'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A]/gu;
const WORD_PATTERN = /\p{L}+/gu;

/** One edit of a text; `at` and `other` are indices taken modulo whatever they index. */
export type Mutation =
  | { readonly kind: 'insertMark'; readonly at: number; readonly mark: string }
  | { readonly kind: 'removeMark'; readonly at: number }
  | { readonly kind: 'mismatchMark'; readonly at: number; readonly mark: string }
  | { readonly kind: 'shuffleParagraphs'; readonly at: number; readonly other: number }
  | { readonly kind: 'swapWords'; readonly at: number; readonly other: number };

/** Applies one mutation; a mutation with nothing to act on leaves the text unchanged. */
export function mutate(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'insertMark': {
      const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.mark + text.slice(at);
    }
    case 'removeMark': {
      const match = nthMatch(text, MARK_PATTERN, mutation.at);
      return match?.index === undefined ? text : text.slice(0, match.index) + text.slice(match.index + match[0].length);
    }
    case 'mismatchMark': {
      const match = nthMatch(text, MARK_PATTERN, mutation.at);
      return match?.index === undefined ? text : text.slice(0, match.index) + mutation.mark + text.slice(match.index + match[0].length);
    }
    case 'shuffleParagraphs': {
      // Swapping two paragraphs, repeated, reaches every order; separators stay put.
      const pieces = text.split(/(\n\s*\n)/u);
      const paragraphs = pieces.filter((_, k) => k % 2 === 0);
      if (paragraphs.length < 2) return text;
      const i = mutation.at % paragraphs.length;
      const j = mutation.other % paragraphs.length;
      [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
      return pieces.map((piece, k) => (k % 2 === 0 ? paragraphs[k / 2]! : piece)).join('');
    }
    case 'swapWords': {
      const words = [...text.matchAll(WORD_PATTERN)];
      if (words.length < 2) return text;
      const [x, y] = [words[mutation.at % words.length]!, words[mutation.other % words.length]!].sort((p, q) => p.index! - q.index!) as [RegExpExecArray, RegExpExecArray];
      if (x.index === y.index) return text;
      return text.slice(0, x.index) + y[0] + text.slice(x.index + x[0].length, y.index) + x[0] + text.slice(y.index + y[0].length);
    }
  }
}

const index = fc.nat({ max: 1_000_000 });
const anyMark = fc.constantFrom(...QUOTE_MARKS, '"', '«', '»', '“', '”');

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insertMark' as const), at: index, mark: anyMark }),
  fc.record({ kind: fc.constant('removeMark' as const), at: index }),
  fc.record({ kind: fc.constant('mismatchMark' as const), at: index, mark: anyMark }),
  fc.record({ kind: fc.constant('shuffleParagraphs' as const), at: index, other: index }),
  fc.record({ kind: fc.constant('swapWords' as const), at: index, other: index }),
);

/** Paragraphs `[from, from + count)` of a seed (wrapping), so each run compares a few paragraphs. */
function excerpt(text: string, from: number, count: number): string {
  const paragraphs = text.split(/\n\s*\n/u);
  const picked: string[] = [];
  for (let k = 0; k < Math.min(count, paragraphs.length); k++) picked.push(paragraphs[(from + k) % paragraphs.length]!);
  return picked.join('\n\n');
}

/** A seed, whole or an excerpt, with up to `maxMutations` edits applied in order. */
export function mutatedSeed(seed: 'a' | 'b', maxMutations = 8): fc.Arbitrary<string> {
  const text = seed === 'a' ? SEED_A : SEED_B;
  return fc
    .tuple(fc.option(fc.tuple(index, fc.integer({ min: 1, max: 8 })), { freq: 3 }), fc.array(mutation, { maxLength: maxMutations }))
    .map(([cut, mutations]) => mutations.reduce(mutate, cut ? excerpt(text, cut[0], cut[1]) : text));
}
