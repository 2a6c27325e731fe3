import { HONORIFICS } from './data/honorifics.js';
import { NON_NAME_WORDS } from './data/function-words.js';
import { ORGANISATION_ALIASES, ORGANISATION_HEADS } from './data/organisations.js';
import { COUNTRIES, OTHER_PLACES, type Country } from './data/places.js';
import { ROLE_ABBREVIATIONS, ROLE_MODIFIERS, ROLE_NOUNS } from './data/role-nouns.js';

/** What a lower-case place word or phrase is. */
export interface PlaceEntry {
  readonly kind: 'country' | 'capital' | 'place' | 'demonym' | 'demonym-plural';
  /** The country it belongs to, for countries, capitals and demonyms. */
  readonly country?: Country;
  /** Canonical name of the place ("United States" for "U.S."). */
  readonly name: string;
}

let places: Map<string, PlaceEntry> | undefined;

/** Lower-case place names, country aliases, capitals and demonyms; built on first use. */
export function placeLexicon(): ReadonlyMap<string, PlaceEntry> {
  if (places) return places;
  places = new Map();
  for (const place of OTHER_PLACES) places.set(place, { kind: 'place', name: titleCase(place) });
  for (const country of COUNTRIES) {
    places.set(country.name.toLowerCase(), { kind: 'country', country, name: country.name });
    for (const alias of country.aliases ?? []) places.set(alias.toLowerCase(), { kind: 'country', country, name: country.name });
    if (country.capital) places.set(country.capital.toLowerCase(), { kind: 'capital', country, name: country.capital });
    places.set(country.demonym.toLowerCase(), { kind: 'demonym', country, name: country.demonym });
    const plural = pluralDemonym(country.demonym);
    if (plural) places.set(plural.toLowerCase(), { kind: 'demonym-plural', country, name: plural });
  }
  return places;
}

/** "Russian" → "Russians"; demonyms in -ish/-ch/-ese/-s have no plural of their own. */
function pluralDemonym(demonym: string): string | undefined {
  if (/(?:ish|ch|ese|ss|s)$/u.test(demonym)) return undefined;
  return `${demonym}s`;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}

/** A role noun, with "Sen."-style abbreviations expanded. */
export function roleNoun(lower: string): string | undefined {
  if (ROLE_NOUNS.has(lower)) return lower;
  return ROLE_ABBREVIATIONS.get(lower);
}

export function isRoleModifier(lower: string): boolean {
  return ROLE_MODIFIERS.has(lower);
}

export function isOrganisationHead(lower: string): boolean {
  return ORGANISATION_HEADS.has(lower);
}

export function organisationAlias(lower: string): string | undefined {
  return ORGANISATION_ALIASES.get(lower);
}

export function isNonNameWord(lower: string): boolean {
  return NON_NAME_WORDS.has(lower);
}

/** All capitals (≥2 letters, e.g. NATO, OSCE, FBI): an acronym, usually an organisation. */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 8) return false;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x41 && code <= 0x5a) letters++;
    else if (code >= 0x30 && code <= 0x39) continue;
    else if (code === 0x26 || code === 0x2d) continue; // & and -
    else if (code < 0x80) return false;
    else if (/\p{Lu}/u.test(text.charAt(k))) letters++;
    else return false;
  }
  return letters >= 2;
}
