import { HONORIFICS } from './data/honorifics.js';
import { RELATED_ROLES, ROLE_ABBREVIATIONS } from './data/role-nouns.js';
import { joinTokens } from './classify-name-run.js';
import { findRolePhrases, type RolePhrase } from './find-role-phrases.js';
import { placeLexicon, roleNoun } from './lexicon.js';
import { promote } from './link-names.js';
import { type Build, draftFor, type EntityDraft, link, type MentionDraft, mostRecent, newEntity } from './registry-draft.js';

// Roles: role and body phrases, appositions that tie titles to names, and role nouns,
// bodies and capitals resolved to the entity they stand for.

export function collectRoleMentions(build: Build): void {
  for (const phrase of findRolePhrases(build.document, build.claimed)) {
    const draft = draftFor(build, phrase.tokenStart, phrase.tokenEnd, 'role');
    draft.role = phrase;
    build.drafts.push(draft);
  }
}

function roleText(build: Build, draft: MentionDraft): string {
  const words: string[] = [];
  for (let k = draft.tokenStart; k < draft.tokenEnd; k++) {
    const token = build.tokens[k]!;
    if (token.kind !== 'word') continue;
    const lower = token.lower;
    if (/^(?:the|a|an|his|her|its|their|'s)$/u.test(lower)) continue;
    if (HONORIFICS.has(lower) && !HONORIFICS.get(lower)?.role) continue;
    words.push(ROLE_ABBREVIATIONS.get(lower) ?? HONORIFICS.get(lower)?.role ?? lower);
  }
  return words.join(' ');
}

function addRole(build: Build, entity: EntityDraft, draft: MentionDraft): void {
  const text = roleText(build, draft);
  if (text.length === 0) return;
  if (!entity.roles.includes(text)) entity.roles.push(text);
  for (const word of text.split(' ')) entity.roleWords.add(word);
  const gender = draft.role?.gender ?? draft.run?.gender;
  if (gender && !entity.genderSource) {
    entity.gender = gender;
    entity.genderSource = 'role';
  }
}

const APPOSITION_GAP = /^[\s,]*$/u;

function isSingularPersonRole(draft: MentionDraft): boolean {
  if (draft.kind !== 'role') return false;
  if (draft.role) return !draft.role.body && !draft.role.plural;
  return true;
}

export function linkAppositions(build: Build): void {
  const drafts = build.drafts;
  const text = build.document.text;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const first = drafts[k]!;
    // Mentions nest ("US" inside "US deputy secretary of state"): pair with the next one outside.
    let next = k + 1;
    while (next < drafts.length && drafts[next]!.start < first.end) next++;
    const second = drafts[next];
    if (!second || first.sentence !== second.sentence) continue;
    if (!APPOSITION_GAP.test(text.slice(first.end, second.start))) continue;
    const firstIsName = first.kind === 'name' && (first.entity?.kind === 'person' || first.run?.kind === 'unknown');
    const secondIsName = second.kind === 'name' && (second.entity?.kind === 'person' || second.run?.kind === 'unknown');
    if (isSingularPersonRole(first) && secondIsName) {
      const person = second.entity ?? promote(build, second);
      if (first.entity === undefined) link(first, person, '');
      addRole(build, person, first);
    } else if (firstIsName && isSingularPersonRole(second) && second.role?.determiner !== 'indefinite') {
      const person = first.entity ?? promote(build, first);
      if (second.entity === undefined) link(second, person, '');
      addRole(build, person, second);
    }
  }
  // Roles written before the name in one run ("Secretary General of NATO Jens Stoltenberg").
  for (let k = 0; k + 1 < drafts.length; k++) {
    const role = drafts[k]!;
    const name = drafts[k + 1]!;
    if (role.kind !== 'role' || role.run?.kind !== 'role' || role.end > name.start || !name.entity) continue;
    if (name.run?.roleEnd === role.tokenEnd && role.entity === undefined) {
      link(role, name.entity, '');
      addRole(build, name.entity, role);
    }
  }
}

/**
 * A capital as an agent ("Moscow said") stands for the last body of its country named
 * before it ("the Russian delegation" at talks), else for the country's government.
 */
export function resolveGovernment(build: Build, draft: MentionDraft, seen: readonly MentionDraft[]): void {
  const country = draft.government!;
  const prefix = `${country.demonym.toLowerCase()} `;
  const text = build.document.text.slice(draft.start, draft.end);
  const body = mostRecent(seen, (entity) => entity.kind === 'organisation' && entity.name.toLowerCase().startsWith(prefix));
  if (body) {
    link(draft, body, text);
    return;
  }
  const name = `${country.demonym} government`;
  const key = name.toLowerCase();
  let government = build.organisations.get(key);
  if (!government) {
    government = newEntity(build, 'organisation', name);
    build.organisations.set(key, government);
  }
  link(draft, government, text);
}

function hasAliasEndingWith(entity: EntityDraft, head: string): boolean {
  if (entity.name.toLowerCase().endsWith(head)) return true;
  for (const alias of entity.aliases) if (alias.endsWith(head)) return true;
  return false;
}

function roleMatches(entity: EntityDraft, phrase: RolePhrase): boolean {
  if (entity.kind !== 'person' || entity.roleWords.size === 0) return false;
  for (const word of phrase.words) {
    const noun = roleNoun(word);
    if (noun !== undefined && !entity.roleWords.has(noun)) return false;
  }
  return true;
}

/** A body's display name: its words without the article, capitals as demonyms ("Moscow delegation" → "Russian delegation"). */
function bodyName(build: Build, start: number, end: number): string {
  let name = '';
  for (let k = start; k < end; k++) {
    const token = build.tokens[k]!;
    const place = placeLexicon().get(token.lower);
    const word = place?.kind === 'capital' && place.country ? place.country.demonym : token.norm;
    name += (k > start && token.spaceBefore ? ' ' : '') + word;
  }
  return name;
}

export function resolveRole(build: Build, draft: MentionDraft, seen: readonly MentionDraft[], byKey: Map<string, EntityDraft>): void {
  const phrase = draft.role!;
  const nameStart = phrase.determiner === 'none' ? draft.tokenStart : draft.tokenStart + 1;
  const text = phrase.body ? bodyName(build, nameStart, draft.tokenEnd) : joinTokens(build.tokens, nameStart, draft.tokenEnd);
  const key = phrase.words.join(' ');
  if (phrase.body || phrase.plural) {
    let entity = byKey.get(key);
    if (!entity && phrase.body && phrase.words.length === 1 && phrase.determiner === 'definite') {
      entity = mostRecent(seen, (candidate) => candidate.kind !== 'person' && hasAliasEndingWith(candidate, phrase.head));
    }
    if (!entity) {
      entity = newEntity(build, phrase.plural ? 'group' : 'organisation', text);
      byKey.set(key, entity);
    }
    draft.kind = 'alias';
    link(draft, entity, text);
    return;
  }
  if (phrase.determiner === 'definite') {
    const related = RELATED_ROLES.get(phrase.head);
    const entity =
      mostRecent(seen, (candidate) => roleMatches(candidate, phrase)) ??
      (related ? mostRecent(seen, (candidate) => candidate.kind === 'person' && related.some((word) => candidate.roleWords.has(word))) : undefined) ??
      byKey.get(key);
    if (entity) {
      link(draft, entity, '');
      addRole(build, entity, draft);
      return;
    }
  }
  const entity = newEntity(build, 'person', text);
  if (phrase.determiner !== 'indefinite') byKey.set(key, entity);
  link(draft, entity, '');
  addRole(build, entity, draft);
}

/** A capitalised title without a name ("the Secretary General of NATO"). */
export function resolveTitle(build: Build, draft: MentionDraft, seen: readonly MentionDraft[], byKey: Map<string, EntityDraft>): void {
  const words = roleText(build, draft).split(' ').filter((word) => word.length > 0);
  const phrase: RolePhrase = {
    tokenStart: draft.tokenStart,
    tokenEnd: draft.tokenEnd,
    sentence: draft.sentence,
    head: words[words.length - 1] ?? '',
    words,
    determiner: 'definite',
    plural: false,
    body: false,
    complement: false,
  };
  const key = words.join(' ');
  const entity = mostRecent(seen, (candidate) => roleMatches(candidate, phrase)) ?? byKey.get(key);
  if (entity) {
    link(draft, entity, '');
    addRole(build, entity, draft);
    return;
  }
  const created = newEntity(build, 'person', draft.run!.canonical);
  byKey.set(key, created);
  link(draft, created, '');
  addRole(build, created, draft);
}
