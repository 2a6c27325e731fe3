import { isSpellingVariant } from '../../align/similarity.js';
import type { Token } from '../../text/types.js';
import type { AlignedPair, DivergenceDraft } from '../aligned.js';
import { typeReplacements } from './replacements.js';
import { isNameToken } from './token-classes.js';

/**
 * A name replaced by another name. Two spellings of one name ("Aleksander" /
 * "Alexander") are reported at `info`; different names at `warning`.
 */
export function typeEntities(pair: AlignedPair): DivergenceDraft[] {
  return typeReplacements(pair, {
    kind: 'entity',
    select: (aligned, side, token) => isNameToken(aligned[side].document, token),
    judge: (a, b) => {
      const onlyA = a.filter((x) => !b.some((y) => y.lower === x.lower));
      const onlyB = b.filter((y) => !a.some((x) => x.lower === y.lower));
      if (onlyA.length === 0 || onlyB.length === 0) return undefined;
      const respelt = (x: Token): boolean => onlyB.some((y) => isSpellingVariant(x.norm, y.norm));
      return onlyA.every(respelt)
        ? { severity: 'info', what: 'The name is spelled differently' }
        : { severity: 'warning', what: 'The names differ' };
    },
  });
}
