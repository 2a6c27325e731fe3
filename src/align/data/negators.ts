/**
 * Words that reverse the polarity of the clause they stand in. An odd number of them on
 * one side of an aligned pair, against an even number on the other, is a polarity
 * (negation) divergence. Lower case, as tokens are. Contractions ("doesn't", "won't")
 * stay one token, so any word ending in "n't" also counts.
 */
export const NEGATORS: readonly string[] = [
  'not', // "it will not be easy"
  'no', // "no agreement"
  'never', // "never agreed"
  'none', // "none of the allies"
  'nobody', // "nobody was hurt"
  'nothing', // "nothing was decided"
  'neither', // "neither side"
  'nor', // "nor will it"
  'cannot', // one token in English spelling
  'without', // "without preconditions" against "with preconditions"
  'unable', // "was unable to give" against "gave"
  'refused', // "refused to confirm" against "confirmed"
  'refuses', // present tense of the same
  'denied', // "denied that" against "confirmed that"
  'denies', // present tense of the same
];
