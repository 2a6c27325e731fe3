import { createRequire } from 'node:module';

type Language = 'en' | 'it' | 'es' | 'fr' | 'de' | 'tr';
type NameTable = ReadonlyMap<string, 'male' | 'female'>;

const tables = new Map<Language, NameTable>();
let load: NodeRequire | undefined;

// gender-detection-from-name keeps one table per language (names/en.js, names/fr.js …)
// and its index requires all six, about 2 MB of JavaScript. Requiring only the tables a
// document needs, on the first lookup, keeps that cost off import and mostly off a cold
// start. The ESM build resolves the package from `import.meta.url`; the CJS build, where
// bundlers leave `import.meta` empty, from `__filename`.
function table(language: Language): NameTable {
  let names = tables.get(language);
  if (!names) {
    if (!load) {
      const url: unknown = import.meta.url;
      load = createRequire(typeof url === 'string' ? url : __filename);
    }
    names = load(`gender-detection-from-name/names/${language}.js`) as NameTable;
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
  return table(primary).get(key) ?? (primary === 'en' ? undefined : table('en').get(key));
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
