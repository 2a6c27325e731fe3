import { isFunctionWord } from '../../align/units.js';
import type { Document, Token } from '../../text/types.js';
import { isNegator } from '../../align/polarity.js';
import type { AlignedPair } from '../aligned.js';
import { VERB_GROUP_WORDS } from '../data/verb-group.js';
import { modalKind } from './token-classes.js';

/** Two tokens the diff found equal inside the focus of both sides: the same word, in the same place. */
export interface Anchor {
  readonly a: Token;
  readonly b: Token;
}

// Negation and modality both walk a pair's anchors; they are found once per pair.
const anchorCache = new WeakMap<AlignedPair, Anchor[]>();

/**
 * Content words shared by both sides of a pair: the words of the diff's equal ops, and
 * inside a replacement the words with one stem on both sides ("does not support" /
 * "supports"), in order.
 */
export function anchorsOf(pair: AlignedPair): readonly Anchor[] {
  const cached = anchorCache.get(pair);
  if (cached) return cached;
  const anchors: Anchor[] = [];
  anchorCache.set(pair, anchors);
  const [fa, ta] = pair.a.focus;
  const [fb, tb] = pair.b.focus;
  const tokensA = pair.a.document.tokens;
  const tokensB = pair.b.document.tokens;
  const inFocus = (i: number, j: number): boolean => i >= fa && i < ta && j >= fb && j < tb;
  const isContent = (token: Token): boolean => token.kind === 'word' && !isFunctionWord(token.lower);
  for (const op of pair.ops) {
    if (op.op === 'equal') {
      const length = Math.min(op.aTo - op.aFrom, op.bTo - op.bFrom);
      for (let k = 0; k < length; k++) {
        const i = op.aFrom + k;
        const j = op.bFrom + k;
        if (inFocus(i, j) && isContent(tokensA[i]!)) anchors.push({ a: tokensA[i]!, b: tokensB[j]! });
      }
    } else if (op.op === 'replace') {
      let next = op.bFrom;
      for (let i = op.aFrom; i < op.aTo; i++) {
        const a = tokensA[i]!;
        if (!isContent(a)) continue;
        for (let j = next; j < op.bTo; j++) {
          if (tokensB[j]!.stem !== a.stem || !inFocus(i, j)) continue;
          anchors.push({ a, b: tokensB[j]! });
          next = j + 1;
          break;
        }
      }
    }
  }
  return anchors;
}

/** How many verb-group words a walk may cross ("could not have been easily"). */
const WINDOW = 5;

let verbGroup: ReadonlySet<string> | undefined;

const governs = (token: Token): boolean => {
  verbGroup ??= new Set(VERB_GROUP_WORDS);
  return token.kind === 'word' && (verbGroup.has(token.lower) || isNegator(token.lower) || modalKind(token) !== undefined);
};

/**
 * The verb group just before `token`, nearest first: auxiliaries, adverbs, catenatives,
 * negators and modals ("must not be", "are not willing to"). Stops at any other word,
 * so only what governs `token` itself is read.
 */
export function leftContext(document: Document, token: Token): Token[] {
  const context: Token[] = [];
  for (let k = token.index - 1; k >= 0 && context.length < WINDOW; k--) {
    const previous = document.tokens[k]!;
    if (previous.sentence !== token.sentence || !governs(previous)) break;
    context.push(previous);
  }
  return context;
}
