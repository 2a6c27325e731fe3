/**
 * Words that may stand between a verb and the negator or modal that governs it: the
 * verb group. Walking left from a shared word over these finds its polarity and modality
 * ("will not be easily compromised", "are not willing to compromise"); any other word
 * ends the walk, so that "not compromise on the right" does not negate "right".
 * Lower case.
 */
export const VERB_GROUP_WORDS: readonly string[] = [
  // auxiliaries
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'get', 'got',
  // the infinitive marker
  'to',
  // adverbs that sit inside a verb group
  'also', 'still', 'yet', 'already', 'always', 'ever', 'even', 'really', 'just', 'only', 'easily', 'fully', 'necessarily',
  'certainly', 'probably', 'possibly', 'likely', 'simply', 'further', 'again', 'then', 'now',
  // catenatives: "not willing to compromise" negates the compromise
  'willing', 'ready', 'prepared', 'able', 'going', 'want', 'wants', 'wanted', 'trying', 'tried', 'intend', 'intends',
  'plan', 'plans', 'planning', 'expected', 'expect', 'expects', 'need', 'needs', 'needed', 'seem', 'seems', 'seemed',
  'about', 'set', 'bound', 'supposed', 'allowed', 'used', 'continue', 'continues', 'continued',
];
