/**
 * Gold Sources that are pronouns (or relative/demonstrative words) are left out of the
 * attribution score: resolving them is coreference, which the benchmark does not ask for.
 * The list is the shared metric definition; compare in lower case after trimming.
 */
export const PRONOUN_SOURCES: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
  'his',
  'its',
  'their',
  'our',
  'my',
  'your',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'one',
  'someone',
]);
