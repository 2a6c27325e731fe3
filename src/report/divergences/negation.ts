import { isNegator } from '../../align/polarity.js';
import type { Token } from '../../text/types.js';
import { tokensSpan, type AlignedPair, type DivergenceDraft } from '../aligned.js';
import { anchorsOf, leftContext } from './anchors.js';
import { bothSides, quoted } from './describe.js';

const negatorBefore = (pair: AlignedPair, side: 'a' | 'b', token: Token): Token | undefined =>
  leftContext(pair[side].document, token).find((previous) => previous.kind === 'word' && isNegator(previous.lower));

/**
 * Opposite polarity: a word both sides share is negated on one side only ("NATO will
 * not compromise" / "NATO will compromise"). Reads the clause just before each shared
 * word, so that a negated clause present on one side only does not count.
 * One divergence per pair at most: the first shared word whose polarity differs.
 */
export function typeNegation(pair: AlignedPair): DivergenceDraft[] {
  for (const anchor of anchorsOf(pair)) {
    const negatorA = negatorBefore(pair, 'a', anchor.a);
    const negatorB = negatorBefore(pair, 'b', anchor.b);
    if (Boolean(negatorA) === Boolean(negatorB)) continue;
    const from = (side: 'a' | 'b', negator: Token | undefined, word: Token) => tokensSpan(pair[side].document, negator?.index ?? word.index, word.index + 1);
    const spanA = from('a', negatorA, anchor.a);
    const spanB = from('b', negatorB, anchor.b);
    return [
      {
        kind: 'negation',
        severity: 'error',
        message: bothSides(spanA, spanB, (x, y) => `Opposite polarity: ${x.sourceId} has ${quoted(x)}, ${y.sourceId} has ${quoted(y)}.`),
        ...(pair.quotes ? { quotes: pair.quotes } : {}),
        evidence: [spanA, spanB],
      },
    ];
  }
  return [];
}
