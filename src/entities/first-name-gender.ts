import { packageRequire } from '../package-require.js';

/** Languages with a first-name table in gender-detection-from-name. */
export const NAME_TABLE_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;
type Language = (typeof NAME_TABLE_LANGUAGES)[number];
export type NameTable = ReadonlyMap<string, 'male' | 'female'>;

const tables = new Map<Language, NameTable>();

// gender-detection-from-name keeps one table per language (names/en.js, names/fr.js …)
// and its index requires all six, about 2 MB of JavaScript. Requiring only the tables a
// document needs, on the first lookup, keeps that cost off import and mostly off a cold
// start. Every stage that needs a name's gender reads the tables through here.
export function nameTable(language: Language): NameTable {
  let names = tables.get(language);
  if (!names) {
    names = packageRequire()(`gender-detection-from-name/names/${language}.js`) as NameTable;
    tables.set(language, names);
  }
  return names;
}

/**
 * The usual gender of a first name, from the `gender-detection-from-name` tables, or
 * `undefined` when the name is not a known first name. Like the package's `getGender`,
 * the table of the text's language (a BCP 47 tag) decides first, so "Andrea" is female in
 * English and male in Italian; English is the fallback, and the default.
 */
export function genderOfFirstName(name: string, language?: string): 'male' | 'female' | undefined {
  const key = name.toLowerCase();
  const primary = languageOf(language);
  return nameTable(primary).get(key) ?? (primary === 'en' ? undefined : nameTable('en').get(key));
}

function languageOf(language: string | undefined): Language {
  const primary = language?.slice(0, 2).toLowerCase();
  switch (primary) {
    case 'it':
    case 'es':
    case 'fr':
    case 'de':
    case 'tr':
      return primary;
    default:
      return 'en';
  }
}
