import type { Token } from '../text/types.js';
import { HONORIFICS } from './data/honorifics.js';
import { ROLE_NOUNS } from './data/role-nouns.js';
import { genderOfFirstName } from './first-name-gender.js';
import { isCapitalised } from './find-name-runs.js';
import {
  isAcronym,
  isHonorific,
  isNonNameWord,
  isOrganisationHead,
  isRoleModifier,
  organisationAlias,
  placeLexicon,
  roleNoun,
  type PlaceEntry,
} from './lexicon.js';

export type RunKind = 'person' | 'organisation' | 'place' | 'group' | 'role' | 'unknown' | 'demonym';

/** What a run of capitalised words names, split into a title part and a name part. */
export interface ClassifiedRun {
  readonly kind: RunKind;
  /** Tokens of the name itself (for a person: without the title). */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Tokens of the title or role before the name ("Secretary General of NATO"), if any. */
  readonly roleStart?: number;
  readonly roleEnd?: number;
  /** Canonical display name (organisation alias resolved, "U.S." → "United States"). */
  readonly canonical: string;
  readonly gender?: 'female' | 'male';
  readonly genderSource?: 'first-name' | 'honorific' | 'role';
  readonly place?: PlaceEntry;
}

const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'dos', 'das']);

/** Joins tokens as the text has them: a space only where the text has one. */
export function joinTokens(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    text += (k > start && token.spaceBefore ? ' ' : '') + token.text;
  }
  return text;
}

/** The normalised, lower-case words of tokens (curly apostrophes straightened) for lexicon lookups. */
function lowerKey(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    text += (k > start && token.spaceBefore ? ' ' : '') + token.lower;
  }
  return text;
}

/** Whether a capitalised token can be part of a person's name. */
function isNameWord(token: Token, isLast: boolean): boolean {
  if (!isCapitalised(token)) return false;
  const lower = token.lower;
  if (isHonorific(lower) || roleNoun(lower) !== undefined || isOrganisationHead(lower) || isNonNameWord(lower)) return false;
  const place = placeLexicon().get(lower);
  // A demonym can be a surname after a first name ("Mark Cuban"); a country or city cannot.
  if (place && !(place.kind === 'demonym' && isLast)) return false;
  if (isAcronym(token.norm)) return false;
  if (!isLast && isRoleModifier(lower)) return false;
  return true;
}

/**
 * Classifies a run of capitalised words: a person (possibly with a title before the
 * name), an organisation, a place, a group, a bare title, or unknown.
 */
export function classifyNameRun(tokens: readonly Token[], start: number, end: number, language?: string): ClassifiedRun {
  // "The" in a run only survives from title-case text; the name is what follows it.
  const whole = lowerKey(tokens, start, end);
  const alias = organisationAlias(whole);
  if (alias) return { kind: 'organisation', nameStart: start, nameEnd: end, canonical: alias };
  const place = placeLexicon().get(whole);
  if (place) {
    if (place.kind === 'demonym') return { kind: 'demonym', nameStart: start, nameEnd: end, canonical: place.name, place };
    if (place.kind === 'demonym-plural') return { kind: 'group', nameStart: start, nameEnd: end, canonical: place.name, place };
    return { kind: 'place', nameStart: start, nameEnd: end, canonical: place.name, place };
  }

  // The name is the longest tail of name words (with initials and particles).
  let nameStart = end;
  let nameWords = 0;
  while (nameStart > start && end - nameStart < 6) {
    const token = tokens[nameStart - 1]!;
    if (isNameWord(token, nameStart === end)) {
      nameStart--;
      nameWords++;
      continue;
    }
    const before = tokens[nameStart - 2];
    if (token.norm === '.' && before && before.norm.length === 1 && isCapitalised(before) && nameStart - 1 > start) {
      nameStart -= 2;
      continue;
    }
    if (PARTICLES.has(token.lower) && nameWords > 0 && before && isNameWord(before, false)) {
      nameStart--;
      continue;
    }
    break;
  }
  while (nameStart < end && !isCapitalised(tokens[nameStart]!)) nameStart++;
  // Words after "of" complete a title or an organisation ("Secretary of State"), not a name.
  const beforeName = tokens[nameStart - 1];
  if (nameWords === 0 || (nameStart > start && (beforeName?.lower === 'of' || beforeName?.lower === 'the'))) nameStart = end;

  let titleAt = -1;
  let honorific: string | undefined;
  for (let k = start; k < nameStart; k++) {
    const lower = tokens[k]!.lower;
    if (isHonorific(lower)) {
      titleAt = k;
      honorific = lower;
    } else if (roleNoun(lower) !== undefined && !ROLE_NOUNS.get(lower)?.plural) titleAt = k;
  }

  if (titleAt >= 0) {
    const gender = genderFromTitle(tokens, start, nameStart, honorific);
    if (nameStart < end) {
      const role = honorific && !HONORIFICS.get(honorific)?.role && titleAt === start ? undefined : { roleStart: start, roleEnd: nameStart };
      const person = personName(tokens, nameStart, end, language);
      return {
        kind: 'person',
        nameStart,
        nameEnd: end,
        ...role,
        canonical: joinTokens(tokens, nameStart, end),
        ...(gender ?? person.gender),
      };
    }
    if (isOrganisationHead(tokens[end - 1]!.lower)) return organisation(tokens, start, end);
    return { kind: 'role', nameStart: start, nameEnd: end, roleStart: start, roleEnd: end, canonical: joinTokens(tokens, start, end), ...gender };
  }

  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    if (isOrganisationHead(token.lower) || isAcronym(token.norm)) return organisation(tokens, start, end);
  }
  const single = end - start === 1 ? tokens[start]! : undefined;
  if (single && ROLE_NOUNS.get(single.lower)?.plural) return { kind: 'group', nameStart: start, nameEnd: end, canonical: single.norm };
  if (nameStart === start && end - start >= 2) {
    const person = personName(tokens, start, end, language);
    if (person.gender) return { kind: 'person', nameStart: start, nameEnd: end, canonical: joinTokens(tokens, start, end), ...person.gender };
    // "Historian Jane O'Neill", "Democrat Bernie Sanders": a descriptor before a known first name.
    for (let k = start + 1; k < end - 1; k++) {
      if (!isCapitalised(tokens[k]!) || tokens[k]!.norm.length < 3) continue;
      const inner = personName(tokens, k, end, language);
      if (!inner.gender) continue;
      return { kind: 'person', nameStart: k, nameEnd: end, roleStart: start, roleEnd: k, canonical: joinTokens(tokens, k, end), ...inner.gender };
    }
  }
  return { kind: 'unknown', nameStart: start, nameEnd: end, canonical: joinTokens(tokens, start, end) };
}

function organisation(tokens: readonly Token[], start: number, end: number): ClassifiedRun {
  const text = joinTokens(tokens, start, end);
  return { kind: 'organisation', nameStart: start, nameEnd: end, canonical: organisationAlias(text.toLowerCase()) ?? text };
}

function personName(
  tokens: readonly Token[],
  start: number,
  end: number,
  language: string | undefined,
): { gender?: { gender: 'female' | 'male'; genderSource: 'first-name' } } {
  if (end - start < 2) return {};
  const first = tokens[start]!;
  if (first.norm.length < 2) return {};
  const gender = genderOfFirstName(first.norm, language);
  return gender ? { gender: { gender, genderSource: 'first-name' } } : {};
}

function genderFromTitle(
  tokens: readonly Token[],
  start: number,
  end: number,
  honorific: string | undefined,
): { gender: 'female' | 'male'; genderSource: 'honorific' | 'role' } | undefined {
  const fromHonorific = honorific ? HONORIFICS.get(honorific)?.gender : undefined;
  if (fromHonorific) return { gender: fromHonorific, genderSource: 'honorific' };
  for (let k = start; k < end; k++) {
    const gender = ROLE_NOUNS.get(tokens[k]!.lower)?.gender;
    if (gender) return { gender, genderSource: 'role' };
  }
  return undefined;
}
