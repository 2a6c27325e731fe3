import type { Token } from '../../text/types.js';
import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { typeReplacements } from './replacements.js';
import { numberValue } from './token-classes.js';

const values = (tokens: readonly Token[]): string =>
  tokens.map((token) => numberValue(token) ?? '').sort().join(' ');

/** A number replaced by a different number ("2.5 million" / "2.7 million"). */
export function typeNumbers(pair: AlignedPair): DivergenceDraft[] {
  return typeReplacements(pair, {
    kind: 'number',
    select: (_pair, _side, token) => numberValue(token) !== undefined,
    judge: (a, b) => (values(a) === values(b) ? undefined : { severity: 'error', what: 'The numbers differ' }),
  });
}
