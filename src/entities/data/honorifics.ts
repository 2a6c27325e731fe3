/**
 * Honorifics and abbreviated titles that stand before a person's name. A gendered
 * honorific is stronger evidence of gender than a pronoun, which a translator may get
 * wrong. Keys are lower case, without the full stop.
 */
export interface Honorific {
  readonly gender?: 'female' | 'male';
  /** The role the title names, when it is a role as well as a courtesy ("Sen." → senator). */
  readonly role?: string;
}

export const HONORIFICS: ReadonlyMap<string, Honorific> = new Map<string, Honorific>([
  ['mr', { gender: 'male' }], // Mister
  ['mister', { gender: 'male' }], // spelled out
  ['mrs', { gender: 'female' }], // married woman
  ['ms', { gender: 'female' }], // woman, marital status unstated
  ['miss', { gender: 'female' }], // unmarried woman
  ['mme', { gender: 'female' }], // Madame, in French names
  ['madam', { gender: 'female' }], // Madam Secretary
  ['madame', { gender: 'female' }], // French courtesy title
  ['sir', { gender: 'male' }], // British knighthood
  ['lord', { gender: 'male' }], // British peerage
  ['lady', { gender: 'female' }], // British peerage
  ['dame', { gender: 'female' }], // British female knighthood
  ['signor', { gender: 'male' }], // Italian Mr
  ['signora', { gender: 'female' }], // Italian Mrs
  ['herr', { gender: 'male' }], // German Mr
  ['frau', { gender: 'female' }], // German Mrs
  ['dr', {}], // doctor
  ['prof', {}], // professor
  ['sen', { role: 'senator' }], // US senator
  ['rep', { role: 'representative' }], // US representative
  ['gov', { role: 'governor' }], // US governor
  ['lt', { role: 'lieutenant' }], // lieutenant (Lt. Gov. too)
  ['gen', { role: 'general' }], // army general
  ['adm', { role: 'admiral' }], // admiral
  ['col', { role: 'colonel' }], // colonel
  ['maj', { role: 'major' }], // major
  ['capt', { role: 'captain' }], // captain
  ['sgt', { role: 'sergeant' }], // sergeant
  ['cmdr', { role: 'commander' }], // commander
  ['rev', { role: 'reverend' }], // clergy
  ['fr', { gender: 'male', role: 'father' }], // Catholic priest
  ['hon', {}], // the Honourable
  ['amb', { role: 'ambassador' }], // ambassador
  ['atty', { role: 'attorney' }], // attorney
  ['pres', { role: 'president' }], // president
  ['supt', { role: 'superintendent' }], // superintendent
  ['sheikh', { gender: 'male', role: 'sheikh' }], // Arabic title
  ['rabbi', { role: 'rabbi' }], // Jewish clergy
]);
