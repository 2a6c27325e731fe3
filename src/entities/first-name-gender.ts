import { createRequire } from 'node:module';

type GetGender = (name: string, lang?: 'en' | 'it' | 'es' | 'fr' | 'de' | 'tr' | '') => 'male' | 'female' | 'unknown';

let getGender: GetGender | undefined;
const cache = new Map<string, 'male' | 'female' | undefined>();

// The package parses about 2 MB of name tables when required, so it is loaded on the
// first lookup, never at import. The ESM build resolves it from `import.meta.url`; the CJS
// build, where bundlers leave `import.meta` empty, from `__filename`.
function loadGetGender(): GetGender {
  if (!getGender) {
    const url: unknown = import.meta.url;
    const load = createRequire(typeof url === 'string' ? url : __filename);
    getGender = (load('gender-detection-from-name') as { getGender: GetGender }).getGender;
  }
  return getGender;
}

/**
 * The usual gender of a first name, from the `gender-detection-from-name` tables, or
 * `undefined` when the name is not a known first name. `language` (a BCP 47 tag) decides
 * names like "Andrea" that differ by language.
 */
export function genderOfFirstName(name: string, language?: string): 'male' | 'female' | undefined {
  const lang = languageTable(language);
  const key = `${lang}:${name.toLowerCase()}`;
  if (cache.has(key)) return cache.get(key);
  const result = loadGetGender()(name.toLowerCase(), lang);
  const gender = result === 'unknown' ? undefined : result;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, gender);
  return gender;
}

function languageTable(language: string | undefined): 'en' | 'it' | 'es' | 'fr' | 'de' | 'tr' | '' {
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
