/**
 * Gendered third-person pronouns and the form of the other gender that replaces each.
 * "her" is object or possessive: the rule picks "his" before a noun and "him" elsewhere.
 * Each entry: the pronoun, its gender, its grammatical case, and its counterpart(s).
 */
export interface GenderedPronoun {
  readonly gender: 'male' | 'female';
  readonly role: 'subject' | 'object' | 'possessive' | 'object-or-possessive' | 'reflexive' | 'possessive-pronoun';
  /** The pronoun of the other gender, best first. */
  readonly swap: readonly string[];
  /** The pronoun for a thing or an organisation. */
  readonly neuter: string;
}

export const GENDERED_PRONOUNS: ReadonlyMap<string, GenderedPronoun> = new Map<string, GenderedPronoun>([
  ['he', { gender: 'male', role: 'subject', swap: ['she'], neuter: 'it' }],
  ['him', { gender: 'male', role: 'object', swap: ['her'], neuter: 'it' }],
  ['his', { gender: 'male', role: 'possessive', swap: ['her', 'hers'], neuter: 'its' }],
  ['himself', { gender: 'male', role: 'reflexive', swap: ['herself'], neuter: 'itself' }],
  ['she', { gender: 'female', role: 'subject', swap: ['he'], neuter: 'it' }],
  ['her', { gender: 'female', role: 'object-or-possessive', swap: ['his', 'him'], neuter: 'its' }],
  ['hers', { gender: 'female', role: 'possessive-pronoun', swap: ['his'], neuter: 'its' }],
  ['herself', { gender: 'female', role: 'reflexive', swap: ['himself'], neuter: 'itself' }],
]);

/**
 * Common nouns for people that a he/she may refer to instead of a named person ("only to
 * have her ask", after "a voter"). When one stands between a name and a pronoun, the
 * pronoun's antecedent is no longer clear. Role nouns (president, minister…) come from the
 * entity lexicon; these are the everyday ones. Each entry: the noun, and its gender when
 * the word itself has one.
 */
export const PERSON_NOUNS: ReadonlyMap<string, 'male' | 'female' | undefined> = new Map<string, 'male' | 'female' | undefined>([
  ['man', 'male'],
  ['woman', 'female'],
  ['boy', 'male'],
  ['girl', 'female'],
  ['father', 'male'],
  ['mother', 'female'],
  ['son', 'male'],
  ['daughter', 'female'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['husband', 'male'],
  ['wife', 'female'],
  ['grandfather', 'male'],
  ['grandmother', 'female'],
  ['uncle', 'male'],
  ['aunt', 'female'],
  ['nephew', 'male'],
  ['niece', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['child', undefined],
  ['person', undefined],
  ['voter', undefined],
  ['resident', undefined],
  ['nurse', undefined],
  ['doctor', undefined],
  ['teacher', undefined],
  ['student', undefined],
  ['friend', undefined],
  ['supporter', undefined],
  ['member', undefined],
  ['official', undefined],
  ['officer', undefined],
  ['aide', undefined],
  ['adviser', undefined],
  ['advisor', undefined],
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['spokesperson', undefined],
  ['candidate', undefined],
  ['reporter', undefined],
  ['journalist', undefined],
  ['victim', undefined],
  ['suspect', undefined],
  ['witness', undefined],
  ['lawyer', undefined],
  ['attorney', undefined],
  ['judge', undefined],
  ['worker', undefined],
  ['donor', undefined],
  ['leader', undefined],
  ['critic', undefined],
  ['colleague', undefined],
  ['partner', undefined],
  ['patient', undefined],
  ['parent', undefined],
  ['owner', undefined],
  ['employee', undefined],
  ['customer', undefined],
  ['soldier', undefined],
  ['veteran', undefined],
  ['activist', undefined],
  ['protester', undefined],
  ['diplomat', undefined],
  ['negotiator', undefined],
  ['envoy', undefined],
  ['guy', 'male'],
  ['lady', 'female'],
  ['gentleman', 'male'],
  ['someone', undefined],
  ['somebody', undefined],
  ['anyone', undefined],
  ['everyone', undefined],
  ['nobody', undefined],
]);
