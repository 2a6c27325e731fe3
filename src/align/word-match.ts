import { lexicalGroups, sharesGroup, type LexicalGroups } from './lexicon.js';
import { isSpellingVariant } from './similarity.js';
import type { WordUnit } from './units.js';
import { WordCache } from '../text/word-cache.js';

/** How much a match of each kind counts, relative to the same word. */
export const MATCH_SCORES = Object.freeze({
  same: 1,
  synonym: 0.8,
  spelling: 0.7,
  near: 0.5,
});

export type MatchKind = keyof typeof MATCH_SCORES;

const KINDS: readonly (MatchKind | undefined)[] = [undefined, 'same', 'synonym', 'spelling', 'near'];
const CODES: Readonly<Record<MatchKind, number>> = { same: 1, synonym: 2, spelling: 3, near: 4 };
// MATCH_SCORES by code, 0 for no match: the quadratic scorers read a cell's score without
// going through its kind's name.
const SCORES_BY_CODE = Float64Array.from(KINDS, (kind) => (kind === undefined ? 0 : MATCH_SCORES[kind]));

// Spelling comparisons (character Dice) are the one costly test left; their outcomes are
// cached per process by the two forms (cleared when large).
const spellingCache = new WordCache<boolean>();

function spelledAlike(a: WordUnit, b: WordUnit): boolean {
  const x = a.lower;
  const y = b.lower;
  // isSpellingVariant's own cheap conditions, checked first so that most pairs never reach the cache.
  if (x.length < 5 || y.length < 5 || x.charCodeAt(0) !== y.charCodeAt(0) || Math.abs(x.length - y.length) > 2) return false;
  const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
  let alike = spellingCache.peek(key);
  if (alike === undefined) {
    alike = isSpellingVariant(x, y);
    spellingCache.remember(key, alike);
  }
  return alike;
}

function contentMatch(a: WordUnit, b: WordUnit, groupsA = lexicalGroups(a.key), groupsB = lexicalGroups(b.key)): number {
  if (sharesGroup(groupsA.synonym, groupsB.synonym)) return CODES.synonym;
  if (spelledAlike(a, b)) return CODES.spelling;
  if (sharesGroup(groupsA.near, groupsB.near)) return CODES.near;
  return 0;
}

/**
 * How two words relate: the same key, WordNet synonyms or near-synonyms, or two
 * spellings of one word. Function words and numbers only match themselves. Symmetric.
 */
export function matchKind(a: WordUnit, b: WordUnit): MatchKind | undefined {
  return KINDS[matchCode(a, b)];
}

function matchCode(a: WordUnit, b: WordUnit, groupsA?: LexicalGroups, groupsB?: LexicalGroups): number {
  if (a.key === b.key) return a.functionWord === b.functionWord || a.lower === b.lower ? CODES.same : 0;
  if (a.kind !== 'word' || b.kind !== 'word' || a.functionWord || b.functionWord) return 0;
  return contentMatch(a, b, groupsA, groupsB);
}

/** Every pairwise match kind of two unit sequences, computed once and read by all scorers. */
export class MatchMatrix {
  private readonly codes: Uint8Array;
  private readonly columns: number;

  constructor(a: readonly WordUnit[], b: readonly WordUnit[]) {
    this.columns = b.length;
    this.codes = new Uint8Array(a.length * b.length);
    // Each unit's WordNet groups are looked up once, not once per cell.
    const groupsB = b.map((unit) => lexicalGroups(unit.key));
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const groupsX = lexicalGroups(x.key);
      for (let j = 0; j < b.length; j++) this.codes[i * b.length + j] = matchCode(x, b[j]!, groupsX, groupsB[j]);
    }
  }

  kind(i: number, j: number): MatchKind | undefined {
    return KINDS[this.codes[i * this.columns + j]!];
  }

  /** {@link MATCH_SCORES} of the cell's kind, 0 when the words do not match. */
  score(i: number, j: number): number {
    return SCORES_BY_CODE[this.codes[i * this.columns + j]!]!;
  }
}
