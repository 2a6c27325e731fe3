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

/** Content words shared by both sides of a pair, paired by the diff's equal ops. */
export function anchorsOf(pair: AlignedPair): Anchor[] {
  const anchors: Anchor[] = [];
  const [fa, ta] = pair.a.focus;
  const [fb, tb] = pair.b.focus;
  for (const op of pair.ops) {
    if (op.op !== 'equal') continue;
    const length = Math.min(op.aTo - op.aFrom, op.bTo - op.bFrom);
    for (let k = 0; k < length; k++) {
      const i = op.aFrom + k;
      const j = op.bFrom + k;
      if (i < fa || i >= ta || j < fb || j >= tb) continue;
      const a = pair.a.document.tokens[i]!;
      const b = pair.b.document.tokens[j]!;
      if (a.kind === 'word' && !isFunctionWord(a.lower)) anchors.push({ a, b });
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
