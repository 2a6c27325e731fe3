import { reportingLemma } from '../quotes/reporting-verbs.js';
import { CUE_GAP_WORDS } from '../quotes/data/reporting-verbs.js';
import type { Token } from '../text/types.js';
import type { ClassifiedRun } from './classify-name-run.js';
import { isAcronym, isOrganisationHead, organisationAlias, placeLexicon } from './lexicon.js';
import { type Build, claim, type EntityDraft, indexPerson, isBesideReportingVerb, link, type MentionDraft, newEntity, personKey, PREPOSITIONS } from './registry-draft.js';

// Step 2 of the registry: entities for people, organisations, places and groups, and
// capitalised words of unknown kind linked to them or attested as speakers.

export function createPersons(build: Build): void {
  const singles: MentionDraft[] = [];
  for (const draft of build.drafts) {
    if (draft.run?.kind !== 'person' || draft.kind !== 'name') continue;
    const name = personKey(build.tokens, draft);
    if (name.words < 2) {
      singles.push(draft);
      continue;
    }
    let entity = build.persons.get(name.key);
    const text = build.document.text.slice(draft.start, draft.end);
    if (!entity) {
      entity = newEntity(build, 'person', draft.run.canonical);
      entity.firstName = name.first;
      entity.surname = name.last;
      build.persons.set(name.key, entity);
      indexPerson(build.surnames, name.last, entity);
      indexPerson(build.firstNames, name.first, entity);
    } else if (name.words > entity.nameWords) {
      entity.name = draft.run.canonical;
      entity.nameWords = name.words;
    }
    link(draft, entity, text);
    entity.anchors.push(draft.start);
    takeRunGender(entity, draft.run);
  }
  for (const draft of singles) {
    const name = personKey(build.tokens, draft);
    const entity = nearestPerson(build, name.last, draft.start) ?? personForSurname(build, name.last, draft.run!.canonical);
    link(draft, entity, build.document.text.slice(draft.start, draft.end));
    takeRunGender(entity, draft.run!);
  }
}

function personForSurname(build: Build, surname: string, display: string): EntityDraft {
  const existing = build.persons.get(surname);
  if (existing) return existing;
  const entity = newEntity(build, 'person', display);
  entity.surname = surname;
  build.persons.set(surname, entity);
  indexPerson(build.surnames, surname, entity);
  return entity;
}

/** The person with this surname (or first name) named in full nearest before `offset`, else first after. */
function nearestPerson(build: Build, word: string, offset: number): EntityDraft | undefined {
  const candidates = build.surnames.get(word) ?? build.firstNames.get(word);
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  let best: EntityDraft | undefined;
  let bestBefore = -1;
  let after: EntityDraft | undefined;
  let firstAfter = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const anchors = candidate.anchors;
    let low = 0;
    let high = anchors.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (anchors[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    const before = anchors[low - 1];
    if (before !== undefined && before > bestBefore) {
      bestBefore = before;
      best = candidate;
    }
    const next = anchors[low];
    if (next !== undefined && next < firstAfter) {
      firstAfter = next;
      after = candidate;
    }
  }
  return best ?? after ?? candidates[0];
}

function takeRunGender(entity: EntityDraft, run: ClassifiedRun): void {
  if (!run.gender || !run.genderSource) return;
  const rank = { honorific: 3, 'first-name': 2, role: 1, pronoun: 0 } as const;
  if (entity.genderSource && rank[entity.genderSource] >= rank[run.genderSource]) return;
  entity.gender = run.gender;
  entity.genderSource = run.genderSource;
}

function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(/[\s-]+/u)) {
    if (/^(?:of|the|and|for|on|in|&)$/iu.test(word) || word.length === 0) continue;
    initials += word.charAt(0).toUpperCase();
  }
  return initials;
}

export function createOrganisations(build: Build): void {
  const organisationDrafts = build.drafts.filter((draft) => draft.run?.kind === 'organisation');
  // Longer names first, so that acronyms and bare head words can point back to them.
  const ordered = [...organisationDrafts].sort((x, y) => y.tokenEnd - y.tokenStart - (x.tokenEnd - x.tokenStart) || x.start - y.start);
  for (const draft of ordered) {
    const run = draft.run!;
    const text = build.document.text.slice(draft.start, draft.end);
    const canonical = withNationality(build, run.canonical.replace(/^the\s+/iu, ''));
    const key = canonical.toLowerCase();
    let entity = build.organisations.get(key);
    if (!entity && isAcronym(canonical)) entity = build.initials.get(canonical);
    if (!entity && draft.tokenEnd - draft.tokenStart === 1 && isOrganisationHead(key)) entity = latestOrganisationWithHead(build, key, draft.start);
    if (!entity) {
      entity = newEntity(build, 'organisation', canonical);
      build.organisations.set(key, entity);
      if (canonical.includes(' ')) {
        const initials = initialsOf(canonical);
        if (initials.length >= 2 && !build.initials.has(initials)) build.initials.set(initials, entity);
      }
    }
    link(draft, entity, text);
    if (organisationAlias(text.toLowerCase()) !== undefined) draft.kind = 'alias';
    // Bare head words ("the Alliance") find the organisation through the words of its names.
    if (draft.tokenEnd - draft.tokenStart > 1) {
      for (const word of text.toLowerCase().split(/\s+/u)) {
        if (!isOrganisationHead(word)) continue;
        const list = build.organisationHeads.get(word);
        if (list) list.push({ start: draft.start, entity });
        else build.organisationHeads.set(word, [{ start: draft.start, entity }]);
      }
    }
  }
}

// A ministry named by its domain ("Defense Ministry", "Ministry of Defence").
const MINISTRY = /^(?:(\p{L}+) Ministry|Ministry of (?:the )?(\p{L}+))$/u;
// Spelling variants of a ministry's domain, so that "Defence" matches "Defense".
const DOMAIN_SPELLINGS: Readonly<Record<string, string>> = { defence: 'defense' };

/**
 * A ministry named without its country takes the nationality of the minister of the same
 * domain named in the text: "the Defense Ministry" after "Russian Deputy Defense Minister
 * Alexander Fomin" is the Russian Defense Ministry.
 */
function withNationality(build: Build, name: string): string {
  const match = MINISTRY.exec(name);
  const domain = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (!domain) return name;
  const folded = DOMAIN_SPELLINGS[domain] ?? domain;
  for (const draft of build.drafts) {
    if (draft.kind !== 'role' || draft.run === undefined) continue;
    const words = build.document.text.slice(draft.start, draft.end).toLowerCase().split(/\s+/u);
    if (!words.includes('minister') || !words.some((word) => (DOMAIN_SPELLINGS[word] ?? word) === folded)) continue;
    const demonym = words.map((word) => placeLexicon().get(word)).find((place) => place?.kind === 'demonym');
    if (demonym) return `${demonym.name} ${name}`;
  }
  return name;
}

function latestOrganisationWithHead(build: Build, head: string, offset: number): EntityDraft | undefined {
  const list = build.organisationHeads.get(head);
  if (!list) return undefined;
  let best: EntityDraft | undefined;
  let bestStart = -1;
  for (const { start, entity } of list) {
    if (start < offset && start > bestStart) {
      bestStart = start;
      best = entity;
    }
  }
  return best;
}

// Words after a capital that make it the subject of a verb ("Moscow said", "Moscow has").
const AGENT_VERBS = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'must', 'can', 'could', 'should', 'did', 'does', 'wants', 'hopes', 'insists', 'demands', 'refuses', 'rejects', 'denies', 'accuses', 'warns', 'took', 'sees', 'considers']);

/** A capital in subject position stands for its government ("Moscow said", "Moscow “hopes …”"). */
function standsForGovernment(tokens: readonly Token[], draft: MentionDraft): boolean {
  const before = tokens[draft.tokenStart - 1];
  if (before && before.sentence === draft.sentence && PREPOSITIONS.has(before.lower)) return false;
  const after = tokens[draft.tokenEnd];
  if (!after || after.sentence !== draft.sentence) return false;
  if (after.norm === '"' || after.norm === "'") return true;
  if (after.norm === "'s") return false;
  let probe = draft.tokenEnd;
  while (probe < tokens.length && CUE_GAP_WORDS.has(tokens[probe]!.lower) && !AGENT_VERBS.has(tokens[probe]!.lower)) probe++;
  const verb = tokens[probe];
  if (!verb || verb.kind !== 'word') return false;
  return AGENT_VERBS.has(verb.lower) || reportingLemma(verb.lower) !== undefined;
}

export function createPlacesAndGroups(build: Build): void {
  for (const draft of build.drafts) {
    const run = draft.run;
    if (!run || draft.entity) continue;
    const text = build.document.text.slice(draft.start, draft.end);
    if (run.kind === 'place') {
      const country = run.place?.country;
      if (run.place?.kind === 'capital' && country && standsForGovernment(build.tokens, draft)) {
        // Resolved in text order: the capital stands for the last body of its country named.
        draft.kind = 'alias';
        draft.government = country;
        continue;
      }
      const key = run.canonical.toLowerCase();
      let place = build.places.get(key);
      if (!place) {
        place = newEntity(build, 'place', run.canonical);
        build.places.set(key, place);
      }
      if (text.toLowerCase() !== key) draft.kind = 'alias';
      link(draft, place, text);
    } else if (run.kind === 'group') {
      const key = run.canonical.toLowerCase();
      let group = build.groups.get(key);
      if (!group) {
        group = newEntity(build, 'group', run.canonical);
        build.groups.set(key, group);
      }
      link(draft, group, text);
    }
  }
}

export function linkUnknownNames(build: Build): void {
  const unknowns = [...build.drafts.filter((draft) => draft.run?.kind === 'unknown'), ...build.deferred];
  const kept = new Set<MentionDraft>();
  // Multi-word names of unknown kind by surname, for a surname that later proves to be a speaker.
  const fullNames = new Map<string, MentionDraft>();
  for (const draft of unknowns) {
    if (draft.tokenEnd - draft.tokenStart < 2) continue;
    const name = personKey(build.tokens, draft);
    if (name.words >= 2 && !fullNames.has(name.last)) fullNames.set(name.last, draft);
  }
  for (const draft of unknowns) {
    const name = personKey(build.tokens, draft);
    const text = build.document.text.slice(draft.start, draft.end);
    const known = name.words >= 2 ? (build.persons.get(name.key) ?? personEndingWith(build, text, name.last, draft.start)) : undefined;
    const bySurname = known ?? (name.words === 1 ? nearestPerson(build, name.last, draft.start) : undefined);
    if (bySurname) {
      link(draft, bySurname, text);
      kept.add(draft);
      continue;
    }
    const organisation = build.organisations.get(text.toLowerCase());
    if (organisation) {
      link(draft, organisation, text);
      kept.add(draft);
      continue;
    }
    if (isBesideReportingVerb(build.tokens, draft) && name.words >= 1) {
      // "Piet de Vries was blunt … de Vries told": a full name seen earlier names the speaker.
      const full = name.words === 1 ? fullNames.get(name.last) : undefined;
      const entity = full
        ? promote(build, full)
        : name.words >= 2
          ? newPerson(build, name, draft)
          : personForSurname(build, name.last, draft.run!.canonical);
      link(draft, entity, text);
      kept.add(draft);
    }
  }
  // Deferred sentence-initial words join the mention list only once linked.
  for (const draft of build.deferred) {
    if (kept.has(draft)) {
      build.drafts.push(draft);
      claim(build, draft.tokenStart, draft.tokenEnd);
    }
  }
  // Unknown runs that were not linked stay candidates for apposition with a role.
}

/**
 * The person whose full name ends with these words: "Wasserman Schultz" after "Debbie
 * Wasserman Schultz" is her two-word surname, not a new person named Wasserman.
 */
function personEndingWith(build: Build, text: string, surname: string, offset: number): EntityDraft | undefined {
  const person = nearestPerson(build, surname, offset);
  if (!person) return undefined;
  const name = person.name.toLowerCase();
  const tail = text.toLowerCase();
  return name.length > tail.length && name.endsWith(tail) && name.charAt(name.length - tail.length - 1) === ' ' ? person : undefined;
}

function newPerson(build: Build, name: { key: string; first: string; last: string; words: number }, draft: MentionDraft): EntityDraft {
  const entity = newEntity(build, 'person', draft.run!.canonical);
  entity.firstName = name.first;
  entity.surname = name.last;
  build.persons.set(name.key, entity);
  indexPerson(build.surnames, name.last, entity);
  indexPerson(build.firstNames, name.first, entity);
  return entity;
}

export function promote(build: Build, draft: MentionDraft): EntityDraft {
  if (draft.entity) return draft.entity;
  const name = personKey(build.tokens, draft);
  const existing = build.persons.get(name.key);
  const entity = existing ?? (name.words >= 2 ? newPerson(build, name, draft) : personForSurname(build, name.last, draft.run!.canonical));
  link(draft, entity, build.document.text.slice(draft.start, draft.end));
  if (name.words >= 2) insertSorted(entity.anchors, draft.start);
  return entity;
}

function insertSorted(values: number[], value: number): void {
  let k = values.length;
  while (k > 0 && values[k - 1]! > value) k--;
  values.splice(k, 0, value);
}
