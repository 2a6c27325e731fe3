import { SURNAME_FIRST_FAMILY_NAMES } from '../data/surname-first.js';
import { NAME_TABLE_LANGUAGES, nameTable, type NameTable } from '../../entities/first-name-gender.js';

let tables: NameTable[] | undefined;

function nameTables(): NameTable[] {
  tables ??= NAME_TABLE_LANGUAGES.map(nameTable);
  return tables;
}

export interface NameGender {
  readonly gender: 'male' | 'female';
  /** Every table that knows the name agrees, and at least four know it: not a unisex name. */
  readonly reliable: boolean;
}

/**
 * The gender the name tables give a first name, and whether they agree. "Maria" is female
 * in five tables; "Andrea" is male in Italian and French, female elsewhere; "Lindsey" is
 * known to two tables only. East Asian family names ("Kim", "Xi") are not first names.
 */
export function firstNameGender(name: string): NameGender | undefined {
  const lower = name.toLowerCase();
  if (SURNAME_FIRST_FAMILY_NAMES.has(lower)) return undefined;
  let male = 0;
  let female = 0;
  for (const table of nameTables()) {
    const gender = table.get(lower);
    if (gender === 'male') male++;
    else if (gender === 'female') female++;
  }
  if (male === female) return undefined;
  const gender = male > female ? 'male' : 'female';
  return { gender, reliable: Math.min(male, female) === 0 && Math.max(male, female) >= 4 };
}
