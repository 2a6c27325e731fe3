/**
 * Third-person pronouns that mark gender. The same person called "she" in one report and
 * "he" in the other is a pronoun divergence (often a translation slip: Italian drops
 * subject pronouns and the MT system guesses). Lower case.
 */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['he', 'male'], // subject
  ['him', 'male'], // object
  ['his', 'male'], // possessive
  ['himself', 'male'], // reflexive
  ['she', 'female'], // subject
  ['her', 'female'], // object and possessive
  ['hers', 'female'], // possessive pronoun
  ['herself', 'female'], // reflexive
]);
