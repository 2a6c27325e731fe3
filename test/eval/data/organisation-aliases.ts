/**
 * Names of one body that share no word, for the seed attribution score. A predicted
 * speaker counts as the gold organisation when both contain names from the same group.
 */
export const ORGANISATION_ALIASES: readonly (readonly string[])[] = [
  // The seeds call NATO "the Atlantic Alliance" (Italian press usage).
  ['NATO', 'Atlantic Alliance'],
];
