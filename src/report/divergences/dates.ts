import type { Token } from '../../text/types.js';
import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { typeReplacements } from './replacements.js';
import { isDateToken } from './token-classes.js';

const words = (tokens: readonly Token[]): string => tokens.map((token) => token.lower).sort().join(' ');

/** A date or time replaced by another ("on Monday" / "on Tuesday", "21:30" / "9:30"). */
export function typeDates(pair: AlignedPair): DivergenceDraft[] {
  return typeReplacements(pair, {
    kind: 'date',
    select: (_pair, _side, token) => isDateToken(token),
    judge: (a, b) => (words(a) === words(b) ? undefined : { severity: 'warning', what: 'The date or time differs' }),
  });
}
