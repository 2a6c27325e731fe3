import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../src/artefacts/lexicon/name-gender.js';
import { SURNAME_FIRST_FAMILY_NAMES } from '../../src/artefacts/data/surname-first.js';
import { NAME_TABLE_LANGUAGES, genderOfFirstName } from '../../src/entities/first-name-gender.js';
import { allFirstNames, firstNameMasks } from '../../src/entities/first-name-table.js';

// The generated table must answer exactly as the package it was generated from
// (gender-detection-from-name): these fail when the package is upgraded without
// `npm run data:names`, or when the encoding or the reader is wrong.
const require = createRequire(import.meta.url);
const packageTables = NAME_TABLE_LANGUAGES.map(
  (language) => require(`gender-detection-from-name/names/${language}.js`) as ReadonlyMap<string, 'male' | 'female'>,
);

/** The runtime logic as it was when the package's tables were read directly. */
function packageGender(name: string, language: (typeof NAME_TABLE_LANGUAGES)[number]): 'male' | 'female' | undefined {
  const key = name.toLowerCase();
  const primary = packageTables[NAME_TABLE_LANGUAGES.indexOf(language)]!.get(key);
  return primary ?? (language === 'en' ? undefined : packageTables[0]!.get(key));
}

function packageAgreement(name: string): ReturnType<typeof firstNameGender> {
  const lower = name.toLowerCase();
  if (SURNAME_FIRST_FAMILY_NAMES.has(lower)) return undefined;
  const male = packageTables.filter((table) => table.get(lower) === 'male').length;
  const female = packageTables.filter((table) => table.get(lower) === 'female').length;
  if (male === female) return undefined;
  return { gender: male > female ? 'male' : 'female', reliable: Math.min(male, female) === 0 && Math.max(male, female) >= 4 };
}

const packageNames = [...new Set(packageTables.flatMap((table) => [...table.keys()]))].sort();

describe('first-name table generated from gender-detection-from-name', () => {
  it('lists exactly the names of the package, with their tables', () => {
    const generated = [...allFirstNames()];
    expect(generated.map(([name]) => name).sort()).toEqual(packageNames.filter((name) => name === name.toLowerCase()));
    const mismatches: string[] = [];
    for (const [name, masks] of generated) {
      packageTables.forEach((table, index) => {
        const gender = table.get(name);
        const stored = masks.male & (1 << index) ? 'male' : masks.female & (1 << index) ? 'female' : undefined;
        if ((masks.male & masks.female & (1 << index)) !== 0 || stored !== gender) mismatches.push(`${name} ${NAME_TABLE_LANGUAGES[index]}`);
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('finds every listed name by binary search, and no name next to one', () => {
    expect(packageNames.filter((name) => firstNameMasks(name) === undefined)).toEqual([]);
    for (const name of packageNames.filter((_, index) => index % 7 === 0)) {
      for (const near of [`${name}q`, name.slice(0, -1) + '~', `!${name}`]) {
        if (!packageTables.some((table) => table.has(near))) expect(firstNameMasks(near), near).toBeUndefined();
      }
    }
    expect(firstNameMasks('')).toBeUndefined();
    expect(firstNameMasks('\uffff')).toBeUndefined();
  });

  it('gives the same genders as the package tables, by language and by agreement', () => {
    const sample = [
      ...packageNames.filter((_, index) => index % 13 === 0),
      'Andrea',
      'MARIA',
      'Lindsey',
      'Kim',
      'Xi',
      'Jean',
      'Nicola',
      'Sergey',
      'Notaname',
      'Ayşe',
      'Yiğit',
      'Barış',
    ];
    for (const name of sample) {
      for (const language of NAME_TABLE_LANGUAGES) {
        expect(genderOfFirstName(name, `${language}-XX`), `${name} in ${language}`).toBe(packageGender(name, language));
      }
      expect(genderOfFirstName(name), name).toBe(packageGender(name, 'en'));
      expect(firstNameGender(name), name).toEqual(packageAgreement(name));
    }
  });
});
