import { isSpellingVariant } from '../../align/similarity.js';
import { NAME_PARTICLES } from '../data/name-particles.js';

let particles: ReadonlySet<string> | undefined;

/** The words of a name that identify its bearer: capitalised, two letters or more, not a title. */
export function nameWords(name: string): string[] {
  particles ??= new Set(NAME_PARTICLES);
  return name
    .split(/[\s\-–—.,']+/u)
    .filter((word) => word.length >= 2 && /^\p{Lu}/u.test(word) && !particles!.has(word.toLowerCase()))
    .map((word) => word.toLowerCase());
}

/**
 * Whether two names may denote one entity: they share a name word ("Jens Stoltenberg" /
 * "Stoltenberg"), or a word of one is a spelling of a word of the other ("Aleksander
 * Grushko" / "Alexander Grushko").
 */
export function sameEntityName(x: string, y: string): boolean {
  const wordsX = nameWords(x);
  const wordsY = nameWords(y);
  return wordsX.some((word) => wordsY.some((other) => other === word || isSpellingVariant(word, other)));
}
