import { SURNAME_FIRST_FAMILY_NAMES } from '../data/surname-first.js';
import { nameMasks } from '../../entities/first-name-gender.js';

export interface NameGender {
  readonly gender: 'male' | 'female';
  /** Every table that knows the name agrees, and at least four know it: not a unisex name. */
  readonly reliable: boolean;
}

function countBits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * The gender the name tables give a first name, and whether they agree. "Maria" is female
 * in five tables; "Andrea" is male in Italian and French, female elsewhere; "Lindsey" is
 * known to two tables only. East Asian family names ("Kim", "Xi") are not first names.
 */
export function firstNameGender(name: string): NameGender | undefined {
  const lower = name.toLowerCase();
  if (SURNAME_FIRST_FAMILY_NAMES.has(lower)) return undefined;
  const masks = nameMasks(lower);
  const male = countBits(masks.male);
  const female = countBits(masks.female);
  if (male === female) return undefined;
  const gender = male > female ? 'male' : 'female';
  return { gender, reliable: Math.min(male, female) === 0 && Math.max(male, female) >= 4 };
}
