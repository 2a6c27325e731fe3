import { invalidType } from '../errors.js';
import { resolveOptions, validateOptions, type CorroborateOptions } from '../options.js';
import { WordDiff } from '../diff/variants.js';
import type { DiffOp, Relation } from '../report/types.js';
import { toSourceRecord } from '../text/input.js';
import { classifyPair } from './classify.js';
import { mirrorOps } from './mirror.js';
import { featureSide, tokenizeText } from './sides.js';

export interface Relatedness {
  /**
   * `identical`: the same words (case, punctuation and typography aside);
   * `equivalent`: a paraphrase; `partial`: one says a substantial part of what the other
   * says; `unrelated`: neither.
   */
  readonly relation: Relation;
  /**
   * 0–1: how much of each text's meaning-bearing words the other shares (same stem,
   * WordNet synonym or near-synonym, or spelling variant), rare words weighing more,
   * as the harmonic mean of both directions. Symmetric.
   */
  readonly similarity: number;
  /** Word diff from `x` (source `a`) to `y` (source `b`). */
  readonly diff: DiffOp[];
}

const differ = new WordDiff();

/**
 * Says whether two sentences (or short passages) say the same thing.
 * Symmetric: `relate(y, x)` gives the same relation and similarity, and the mirror diff.
 *
 * @throws {TypeError} when `x` or `y` is not a string, or on bad options.
 * @throws {RangeError} when a text is longer than `options.maxLength`.
 */
export function relate(x: string, y: string, options?: CorroborateOptions): Relatedness {
  const resolved = resolveOptions(validateOptions(options));
  if (typeof x !== 'string') throw invalidType('x', 'a string', x);
  if (typeof y !== 'string') throw invalidType('y', 'a string', y);
  toSourceRecord(x, 'x', 'a', resolved.maxLength);
  toSourceRecord(y, 'y', 'b', resolved.maxLength);
  // Work in one canonical order so that every float is computed the same way both ways.
  const swapped = x > y;
  const [first, second] = swapped ? [y, x] : [x, y];
  const tokensFirst = tokenizeText(first);
  const tokensSecond = tokenizeText(second);
  const { relation, similarity } = classifyPair(featureSide(first, tokensFirst), featureSide(second, tokensSecond));
  const ops = differ.diff({ sourceId: swapped ? 'b' : 'a', text: first }, { sourceId: swapped ? 'a' : 'b', text: second });
  return { relation, similarity, diff: swapped ? mirrorOps(ops) : ops };
}
