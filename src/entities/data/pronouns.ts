/**
 * Personal and possessive pronouns that can refer back to an entity. `person` pronouns
 * refer to people; `thing` pronouns to organisations, places and things; `plural` ones
 * to groups (and, loosely, to organisations).
 */
export interface PronounInfo {
  readonly gender?: 'female' | 'male';
  readonly refers: 'person' | 'thing' | 'plural';
  /** Subject pronouns look back to the last sentence's subject; the others to the nearest mention. */
  readonly subject?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { gender: 'male', refers: 'person', subject: true }], // subject
  ['him', { gender: 'male', refers: 'person' }], // object
  ['his', { gender: 'male', refers: 'person' }], // possessive
  ['himself', { gender: 'male', refers: 'person' }], // reflexive
  ['she', { gender: 'female', refers: 'person', subject: true }], // subject
  ['her', { gender: 'female', refers: 'person' }], // object or possessive
  ['hers', { gender: 'female', refers: 'person' }], // possessive
  ['herself', { gender: 'female', refers: 'person' }], // reflexive
  ['they', { refers: 'plural', subject: true }], // subject
  ['them', { refers: 'plural' }], // object
  ['their', { refers: 'plural' }], // possessive
  ['themselves', { refers: 'plural' }], // reflexive
  ['it', { refers: 'thing', subject: true }], // subject or object
  ['its', { refers: 'thing' }], // possessive
  ['itself', { refers: 'thing' }], // reflexive
]);
