/**
 * Capitalised words in names that do not identify anyone: titles, articles and generic
 * heads. "The Secretary General" and "The Defence Ministry" must not count as the same
 * entity because both have "The". Lower case.
 */
export const NAME_PARTICLES: readonly string[] = [
  'the', 'a', 'an', 'of', 'and', 'for', 'de', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'del', // articles and particles
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', // honorifics
  'president', 'minister', 'secretary', 'general', 'deputy', 'chief', 'head', 'senator', 'sen', // titles
  'rep', 'representative', 'governor', 'gov', 'mayor', 'prime', 'foreign', 'defence', 'defense', // titles
  'state', 'us', 'u.s', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'king', 'queen', // titles
  'ministry', 'department', 'office', 'council', 'committee', 'party', 'government', // generic heads
];
