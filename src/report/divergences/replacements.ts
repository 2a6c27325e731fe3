import type { Token } from '../../text/types.js';
import { changedInFocus, tokensSpan, type AlignedPair, type DivergenceDraft } from '../aligned.js';
import type { DivergenceKind } from '../types.js';
import { bothSides, quoted } from './describe.js';

export interface ReplacementRule {
  readonly kind: DivergenceKind;
  /** The tokens of a replacement that this rule reads (numbers, dates, names…). */
  readonly select: (pair: AlignedPair, side: 'a' | 'b', token: Token) => boolean;
  /** How the selected tokens compare; `undefined` when they agree. */
  readonly judge: (a: readonly Token[], b: readonly Token[]) => { severity: DivergenceDraft['severity']; what: string } | undefined;
}

/**
 * Types the replacements inside the focus of an aligned pair with one rule: where both
 * sides of a `replace` op hold tokens the rule selects and the rule finds them at odds,
 * one divergence with the selected tokens of both sides as evidence.
 */
export function typeReplacements(pair: AlignedPair, rule: ReplacementRule): DivergenceDraft[] {
  const drafts: DivergenceDraft[] = [];
  for (const op of pair.ops) {
    if (op.op !== 'replace') continue;
    const clipped = changedInFocus(pair, op);
    if (!clipped) continue;
    const pick = (side: 'a' | 'b', from: number, to: number): Token[] => {
      const tokens = pair[side].document.tokens;
      const picked: Token[] = [];
      for (let k = from; k < to; k++) if (rule.select(pair, side, tokens[k]!)) picked.push(tokens[k]!);
      return picked;
    };
    const tokensA = pick('a', clipped.aFrom, clipped.aTo);
    const tokensB = pick('b', clipped.bFrom, clipped.bTo);
    if (tokensA.length === 0 || tokensB.length === 0) continue;
    const verdict = rule.judge(tokensA, tokensB);
    if (!verdict) continue;
    const spanA = tokensSpan(pair.a.document, tokensA[0]!.index, tokensA[tokensA.length - 1]!.index + 1);
    const spanB = tokensSpan(pair.b.document, tokensB[0]!.index, tokensB[tokensB.length - 1]!.index + 1);
    drafts.push({
      kind: rule.kind,
      severity: verdict.severity,
      message: bothSides(spanA, spanB, (x, y) => `${verdict.what}: ${x.sourceId} has ${quoted(x)}, ${y.sourceId} has ${quoted(y)}.`),
      ...(pair.quotes ? { quotes: pair.quotes } : {}),
      evidence: [spanA, spanB],
    });
  }
  return drafts;
}
