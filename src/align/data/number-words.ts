/**
 * Number words and the digits they stand for, so that "two" and "2" match and a
 * change from "two" to "3" is a number divergence. Scale words stay words ("2 million"
 * and "two million" then share every key).
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'],
  ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10'], ['eleven', '11'],
  ['twelve', '12'], ['thirteen', '13'], ['fourteen', '14'], ['fifteen', '15'], ['sixteen', '16'],
  ['seventeen', '17'], ['eighteen', '18'], ['nineteen', '19'], ['twenty', '20'], ['thirty', '30'],
  ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'],
  // "a dozen" is a count in news prose
  ['dozen', '12'],
  // ordinals written out: "the first two rounds", "for the third time"
  ['first', '1st'], ['second', '2nd'], ['third', '3rd'], ['fourth', '4th'], ['fifth', '5th'],
  ['sixth', '6th'], ['seventh', '7th'], ['eighth', '8th'], ['ninth', '9th'], ['tenth', '10th'],
]);

/** Words that scale the number before them. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], // "three hundred"
  ['thousand', 1e3], // "two thousand"
  ['million', 1e6], // "1.5 million"
  ['billion', 1e9], // "two billion"
  ['trillion', 1e12], // "a trillion"
  ['bn', 1e9], // "$2bn"
  ['mn', 1e6], // "€3mn"
]);
