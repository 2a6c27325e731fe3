import { FIRST_NAME_LANGUAGES } from './data/first-name-format.js';
import { firstNameMasks, type FirstNameMasks } from './first-name-table.js';

/** Languages with a first-name table in gender-detection-from-name. */
export const NAME_TABLE_LANGUAGES = FIRST_NAME_LANGUAGES;
type Language = (typeof NAME_TABLE_LANGUAGES)[number];

const EN = 1 << NAME_TABLE_LANGUAGES.indexOf('en');
const UNLISTED: FirstNameMasks = { male: 0, female: 0 };
const masksByName = new Map<string, FirstNameMasks>();
const MASK_CACHE_LIMIT = 20_000;

// gender-detection-from-name keeps one table per language; their content is generated
// into one compact table (`npm run data:names`) because requiring the package's 2 MB of
// JavaScript cost a cold start about 150 ms. Every stage that needs a name's gender reads
// the tables through here.
/** Which tables call a lower-case first name male and which female (cached per name). */
export function nameMasks(lowerName: string): FirstNameMasks {
  let masks = masksByName.get(lowerName);
  if (!masks) {
    masks = firstNameMasks(lowerName) ?? UNLISTED;
    if (masksByName.size >= MASK_CACHE_LIMIT) masksByName.clear();
    masksByName.set(lowerName, masks);
  }
  return masks;
}

function genderIn(masks: FirstNameMasks, bit: number): 'male' | 'female' | undefined {
  if (masks.male & bit) return 'male';
  if (masks.female & bit) return 'female';
  return undefined;
}

/**
 * The usual gender of a first name, from the `gender-detection-from-name` tables, or
 * `undefined` when the name is not a known first name. Like the package's `getGender`,
 * the table of the text's language (a BCP 47 tag) decides first, so "Andrea" is female in
 * English and male in Italian; English is the fallback, and the default.
 */
export function genderOfFirstName(name: string, language?: string): 'male' | 'female' | undefined {
  const masks = nameMasks(name.toLowerCase());
  const primary = languageOf(language);
  return genderIn(masks, 1 << NAME_TABLE_LANGUAGES.indexOf(primary)) ?? (primary === 'en' ? undefined : genderIn(masks, EN));
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
