import type { Token } from '../../text/types.js';
import { tokensSpan, type AlignedPair, type DivergenceDraft } from '../aligned.js';
import { anchorsOf, leftContext } from './anchors.js';
import { bothSides, quoted } from './describe.js';
import { modalKind } from './token-classes.js';

const modalBefore = (pair: AlignedPair, side: 'a' | 'b', token: Token): Token | undefined =>
  leftContext(pair[side].document, token).find((previous) => modalKind(previous) !== undefined);

/**
 * Different modality on a shared verb: "must be prevented" / "may be prevented", "will
 * lead" / "would lead". Only modals of different kinds count (will / 'll agree), and
 * only when both sides have one: a modal on one side only is a wording matter.
 */
export function typeModality(pair: AlignedPair): DivergenceDraft[] {
  const drafts: DivergenceDraft[] = [];
  const seen = new Set<number>();
  for (const anchor of anchorsOf(pair)) {
    const modalA = modalBefore(pair, 'a', anchor.a);
    const modalB = modalBefore(pair, 'b', anchor.b);
    if (!modalA || !modalB || seen.has(modalA.index)) continue;
    if (modalKind(modalA) === modalKind(modalB)) continue;
    seen.add(modalA.index);
    const spanA = tokensSpan(pair.a.document, modalA.index, anchor.a.index + 1);
    const spanB = tokensSpan(pair.b.document, modalB.index, anchor.b.index + 1);
    drafts.push({
      kind: 'modality',
      severity: 'warning',
      message: bothSides(spanA, spanB, (x, y) => `The modality differs: ${x.sourceId} has ${quoted(x)}, ${y.sourceId} has ${quoted(y)}.`),
      ...(pair.quotes ? { quotes: pair.quotes } : {}),
      evidence: [spanA, spanB],
    });
  }
  return drafts;
}
