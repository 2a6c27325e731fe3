import { reportingLemma } from '../quotes/reporting-verbs.js';
import { CUE_GAP_WORDS } from '../quotes/data/reporting-verbs.js';
import type { Document, Token } from '../text/types.js';
import { HONORIFICS } from './data/honorifics.js';
import { PRONOUNS, type PronounInfo } from './data/pronouns.js';
import { RELATED_ROLES, ROLE_ABBREVIATIONS } from './data/role-nouns.js';
import { classifyNameRun, joinTokens, type ClassifiedRun } from './classify-name-run.js';
import { findNameRuns, isCapitalised, type NameRun } from './find-name-runs.js';
import { findRolePhrases, type RolePhrase } from './find-role-phrases.js';
import { isAcronym, isOrganisationHead, organisationAlias, placeLexicon, roleNoun } from './lexicon.js';
import type { Country } from './data/places.js';
import { freezeRegistry } from './registry.js';
import { documentMarks } from '../quotes/find-marks.js';
import { pairMarks } from '../quotes/pair-marks.js';
import type { EntityKind, EntityRegistry, Gender, MentionKind } from './types.js';

/** An entity while the registry is being built. */
export interface EntityDraft {
  kind: EntityKind;
  name: string;
  /** Words in `name`; the longest proper name becomes the canonical one. */
  nameWords: number;
  aliases: Set<string>;
  roles: string[];
  roleWords: Set<string>;
  gender: Gender | undefined;
  genderSource: 'first-name' | 'honorific' | 'role' | 'pronoun' | undefined;
  votes: { female: number; male: number };
  mentions: MentionDraft[];
  firstName?: string;
  surname?: string;
  /** Starts of the full-name mentions, in text order, to find the nearest bearer of a surname. */
  anchors: number[];
}

/** A mention while the registry is being built. */
export interface MentionDraft {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  kind: MentionKind;
  entity: EntityDraft | undefined;
  /** What the run or phrase was taken for, before linking. */
  run?: ClassifiedRun;
  role?: RolePhrase;
  pronoun?: PronounInfo;
  /** The first person-like mention of its sentence, standing in for the grammatical subject. */
  subject: boolean;
  /** Stands beside a reporting verb ("Kunin said", "said Kunin"): the likeliest referent of a later "she said". */
  reporter: boolean;
  /** Inside quotation marks: the quoted speaker's words, not the writer's. */
  quoted: boolean;
  /** A capital standing for its country's government or delegation ("Moscow said"). */
  government?: Country;
}

interface Build {
  document: Document;
  tokens: readonly Token[];
  drafts: MentionDraft[];
  entities: EntityDraft[];
  persons: Map<string, EntityDraft>;
  surnames: Map<string, EntityDraft[]>;
  firstNames: Map<string, EntityDraft[]>;
  organisations: Map<string, EntityDraft>;
  initials: Map<string, EntityDraft>;
  places: Map<string, EntityDraft>;
  groups: Map<string, EntityDraft>;
  organisationHeads: Map<string, { start: number; entity: EntityDraft }[]>;
  classified: Map<string, ClassifiedRun>;
  claimed: Uint8Array;
  deferred: MentionDraft[];
}

const cache = new WeakMap<Document, EntityRegistry>();

/**
 * Builds the entity registry of one document: people (with titles, roles and gender),
 * organisations, places and groups, and every mention that refers to them, including
 * role nouns ("the diplomat") and pronouns resolved to their most likely antecedent.
 * Cached per document, so every stage that asks gets the same registry.
 */
export function buildEntityRegistry(document: Document): EntityRegistry {
  const cached = cache.get(document);
  if (cached) return cached;
  const build: Build = {
    document,
    tokens: document.tokens,
    drafts: [],
    entities: [],
    persons: new Map(),
    surnames: new Map(),
    firstNames: new Map(),
    organisations: new Map(),
    initials: new Map(),
    places: new Map(),
    groups: new Map(),
    organisationHeads: new Map(),
    classified: new Map(),
    claimed: new Uint8Array(document.tokens.length),
    deferred: [],
  };
  const runs = findNameRuns(document);
  collectNameMentions(build, runs);
  createPersons(build);
  createOrganisations(build);
  createPlacesAndGroups(build);
  linkUnknownNames(build);
  collectHeadlineMentions(build, runs);
  collectRoleMentions(build);
  collectPronounMentions(build);
  build.drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  markQuoted(build);
  markSubjects(build);
  linkAppositions(build);
  resolveInTextOrder(build);
  settleGenders(build);
  const registry = freezeRegistry(build.entities, document.text);
  cache.set(document, registry);
  return registry;
}

function newEntity(build: Build, kind: EntityKind, name: string): EntityDraft {
  const entity: EntityDraft = {
    kind,
    name,
    nameWords: name.split(/\s+/u).length,
    aliases: new Set(),
    roles: [],
    roleWords: new Set(),
    gender: undefined,
    genderSource: undefined,
    votes: { female: 0, male: 0 },
    mentions: [],
    anchors: [],
  };
  build.entities.push(entity);
  return entity;
}

function draftFor(build: Build, tokenStart: number, tokenEnd: number, kind: MentionKind): MentionDraft {
  const first = build.tokens[tokenStart]!;
  const last = build.tokens[tokenEnd - 1]!;
  return {
    start: first.start,
    end: last.end,
    tokenStart,
    tokenEnd,
    sentence: first.sentence,
    kind,
    entity: undefined,
    subject: false,
    reporter: false,
    quoted: false,
  };
}

function link(draft: MentionDraft, entity: EntityDraft, text: string): void {
  draft.entity = entity;
  entity.mentions.push(draft);
  if (draft.kind === 'name' || draft.kind === 'alias') entity.aliases.add(text.toLowerCase());
}

function claim(build: Build, start: number, end: number): void {
  build.claimed.fill(1, start, end);
}

// ---------------------------------------------------------------------------------------
// Step 1: capitalised runs become name, role and alias mentions.

// "(R-S.C.)", "(D-Calif.)": a legislator's party and state, not an organisation.
const PARTY_AFFILIATION = /^[RDI]-\p{Lu}/u;

function collectNameMentions(build: Build, runs: readonly NameRun[]): void {
  for (const run of runs) {
    if (run.headline || PARTY_AFFILIATION.test(build.tokens[run.tokenStart]!.norm)) continue;
    const classified = classifyCached(build, run);
    // A demonym alone is an adjective ("Russian side") unless someone bears it as a surname (Mark Cuban).
    if (classified.kind === 'demonym' || (classified.kind === 'unknown' && run.sentenceInitial && run.tokenEnd - run.tokenStart === 1)) {
      // A lone capitalised word opening a sentence is a name only if it is linked later.
      const draft = draftFor(build, run.tokenStart, run.tokenEnd, 'name');
      draft.run = classified;
      build.deferred.push(draft);
      continue;
    }
    if (classified.roleStart !== undefined && classified.roleEnd !== undefined && classified.kind === 'person') {
      const role = draftFor(build, classified.roleStart, classified.roleEnd, 'role');
      role.run = { ...classified, kind: 'role' };
      build.drafts.push(role);
    }
    const kind: MentionKind = classified.kind === 'role' ? 'role' : 'name';
    const draft = draftFor(build, classified.nameStart, classified.nameEnd, kind);
    draft.run = classified;
    build.drafts.push(draft);
    claim(build, run.tokenStart, run.tokenEnd);
  }
}

/**
 * Classifies a run, reusing the result for runs with the same words: names repeat
 * ("Trump" hundreds of times in a long text), and the classification depends on the words only.
 */
function classifyCached(build: Build, run: NameRun): ClassifiedRun {
  const tokens = build.tokens;
  let key = '';
  for (let k = run.tokenStart; k < run.tokenEnd; k++) key += (tokens[k]!.spaceBefore ? ' ' : '') + tokens[k]!.norm;
  const cached = build.classified.get(key);
  if (cached) return shiftRun(cached, run.tokenStart);
  const classified = classifyNameRun(tokens, run.tokenStart, run.tokenEnd, build.document.language);
  build.classified.set(key, shiftRun(classified, -run.tokenStart));
  return classified;
}

/** A classification with its token offsets moved by `delta`. */
function shiftRun(run: ClassifiedRun, delta: number): ClassifiedRun {
  return {
    ...run,
    nameStart: run.nameStart + delta,
    nameEnd: run.nameEnd + delta,
    ...(run.roleStart !== undefined && run.roleEnd !== undefined ? { roleStart: run.roleStart + delta, roleEnd: run.roleEnd + delta } : {}),
  };
}

// Headlines are title case, so only words already known as names are taken from them.
function collectHeadlineMentions(build: Build, runs: readonly NameRun[]): void {
  for (const run of runs) {
    if (!run.headline) continue;
    for (let k = run.tokenStart; k < run.tokenEnd; k++) {
      const token = build.tokens[k]!;
      const candidates = build.surnames.get(token.lower);
      const organisation = build.organisations.get(token.lower);
      const entity = candidates?.[0] ?? organisation;
      if (!entity) continue;
      const draft = draftFor(build, k, k + 1, 'name');
      link(draft, entity, token.norm);
      build.drafts.push(draft);
      build.claimed[k] = 1;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Step 2: entities for people, organisations, places and groups.

function personKey(tokens: readonly Token[], draft: MentionDraft): { key: string; first: string; last: string; words: number } {
  const words: string[] = [];
  for (let k = draft.tokenStart; k < draft.tokenEnd; k++) {
    const token = tokens[k]!;
    if (token.kind === 'word' && token.norm.length > 1 && isCapitalised(token)) words.push(token.lower);
  }
  // Generational suffixes are not the surname.
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)$/u.test(words[words.length - 1]!)) words.pop();
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return { key: words.length > 1 ? `${first} ${last}` : last, first, last, words: words.length };
}

function indexPerson(map: Map<string, EntityDraft[]>, key: string, entity: EntityDraft): void {
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (!list.includes(entity)) list.push(entity);
}

function createPersons(build: Build): void {
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

function createOrganisations(build: Build): void {
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
const PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'of', 'between', 'for', 'with', 'into', 'toward', 'towards', 'near', 'via', 'across', 'through', 'on', 'by', 'outside', 'inside', 'around', 'and', 'or']);

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

function createPlacesAndGroups(build: Build): void {
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

// ---------------------------------------------------------------------------------------
// Step 3: capitalised words of unknown kind become people when linked or attested.

function isBesideReportingVerb(tokens: readonly Token[], draft: MentionDraft): boolean {
  let probe = draft.tokenEnd;
  for (let skipped = 0; skipped < 3 && probe < tokens.length && CUE_GAP_WORDS.has(tokens[probe]!.lower); skipped++) probe++;
  const after = tokens[probe];
  if (after && after.sentence === draft.sentence && reportingLemma(after.lower) !== undefined) return true;
  const before = tokens[draft.tokenStart - 1];
  return before !== undefined && before.sentence === draft.sentence && reportingLemma(before.lower) !== undefined && !isCapitalised(before);
}

function linkUnknownNames(build: Build): void {
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
    const known = name.words >= 2 ? build.persons.get(name.key) : undefined;
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

function newPerson(build: Build, name: { key: string; first: string; last: string; words: number }, draft: MentionDraft): EntityDraft {
  const entity = newEntity(build, 'person', draft.run!.canonical);
  entity.firstName = name.first;
  entity.surname = name.last;
  build.persons.set(name.key, entity);
  indexPerson(build.surnames, name.last, entity);
  indexPerson(build.firstNames, name.first, entity);
  return entity;
}

// ---------------------------------------------------------------------------------------
// Step 4: role phrases and pronouns.

function collectRoleMentions(build: Build): void {
  for (const phrase of findRolePhrases(build.document, build.claimed)) {
    const draft = draftFor(build, phrase.tokenStart, phrase.tokenEnd, 'role');
    draft.role = phrase;
    build.drafts.push(draft);
  }
}

function collectPronounMentions(build: Build): void {
  const tokens = build.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || build.claimed[k]) continue;
    const info = PRONOUNS.get(token.lower);
    if (!info) continue;
    const draft = draftFor(build, k, k + 1, 'pronoun');
    draft.pronoun = info;
    build.drafts.push(draft);
  }
}

function isPersonLike(draft: MentionDraft): boolean {
  if (draft.entity) return draft.entity.kind === 'person';
  if (draft.role) return !draft.role.body && !draft.role.plural;
  if (draft.pronoun) return draft.pronoun.refers === 'person';
  return draft.run?.kind === 'person' || draft.run?.kind === 'role';
}

/** Flags mentions inside quotation marks, using the quote pipeline's pairing of marks. */
function markQuoted(build: Build): void {
  const document = build.document;
  const spans = pairMarks(document, documentMarks(document)).map((quote) => ({
    start: quote.parts[0]!.start,
    end: quote.parts[quote.parts.length - 1]!.end,
  }));
  let k = 0;
  for (const draft of build.drafts) {
    while (k < spans.length && spans[k]!.end <= draft.start) k++;
    const span = spans[k];
    draft.quoted = span !== undefined && span.start <= draft.start && draft.end <= span.end;
  }
}

function markSubjects(build: Build): void {
  const tokens = build.tokens;
  let sentence = -1;
  for (const draft of build.drafts) {
    if (!isPersonLike(draft)) continue;
    draft.reporter = isBesideReportingVerb(tokens, draft);
    if (draft.sentence === sentence || draft.quoted) continue;
    // "With a vote for Trump ruled out, Cross said": a mention after a preposition is no subject.
    const before = tokens[draft.tokenStart - 1];
    if (before && before.sentence === draft.sentence && PREPOSITIONS.has(before.lower) && before.lower !== 'and' && before.lower !== 'or') continue;
    draft.subject = true;
    sentence = draft.sentence;
  }
}

// ---------------------------------------------------------------------------------------
// Step 5: appositions ("Wendy Sherman, US Deputy Secretary of State") tie roles to names.

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

function linkAppositions(build: Build): void {
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

function promote(build: Build, draft: MentionDraft): EntityDraft {
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

// ---------------------------------------------------------------------------------------
// Step 6: roles and pronouns resolved in text order, against what came before.

function resolveInTextOrder(build: Build): void {
  const seen: MentionDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  build.drafts.forEach((draft, index) => {
    if (!draft.entity && draft.government) resolveGovernment(build, draft, seen);
    else if (!draft.entity && draft.role) resolveRole(build, draft, seen, byKey);
    else if (!draft.entity && draft.kind === 'role' && draft.run) resolveTitle(build, draft, seen, byKey);
    else if (!draft.entity && draft.pronoun) resolvePronoun(draft, seen, build.drafts, index);
    if (draft.entity) seen.push(draft);
  });
  // Runs of unknown kind that nothing linked are left out of the registry.
  build.drafts = build.drafts.filter((draft) => draft.entity !== undefined);
}

// How far back (in mentions) a role noun looks for its antecedent: keeps resolution linear.
const ROLE_LOOKBACK = 400;

function mostRecent(seen: readonly MentionDraft[], accept: (entity: EntityDraft) => boolean, fromSentence = 0): EntityDraft | undefined {
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= ROLE_LOOKBACK; k--) {
    const mention = seen[k]!;
    if (mention.sentence < fromSentence) break;
    if (mention.entity && accept(mention.entity)) return mention.entity;
  }
  return undefined;
}

/**
 * A capital as an agent ("Moscow said") stands for the last body of its country named
 * before it ("the Russian delegation" at talks), else for the country's government.
 */
function resolveGovernment(build: Build, draft: MentionDraft, seen: readonly MentionDraft[]): void {
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

function resolveRole(build: Build, draft: MentionDraft, seen: readonly MentionDraft[], byKey: Map<string, EntityDraft>): void {
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
function resolveTitle(build: Build, draft: MentionDraft, seen: readonly MentionDraft[], byKey: Map<string, EntityDraft>): void {
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

function currentGender(entity: EntityDraft): Gender | undefined {
  if (entity.gender) return entity.gender;
  if (entity.votes.female > entity.votes.male) return 'female';
  if (entity.votes.male > entity.votes.female) return 'male';
  return undefined;
}

function fitsGender(entity: EntityDraft, gender: Gender | undefined): boolean {
  const known = currentGender(entity);
  return !gender || !known || known === gender;
}

/** A named person later in the pronoun's sentence ("For his part, Minister Alexander Fomin …"). */
function personAhead(drafts: readonly MentionDraft[], index: number, gender: Gender | undefined): EntityDraft | undefined {
  const sentence = drafts[index]!.sentence;
  for (let k = index + 1; k < drafts.length && drafts[k]!.sentence === sentence; k++) {
    const entity = drafts[k]!.entity;
    if (drafts[k]!.kind === 'name' && entity?.kind === 'person') return fitsGender(entity, gender) ? entity : undefined;
  }
  return undefined;
}

/**
 * Resolves a pronoun to its most likely antecedent. When the sentence and the one before
 * it hold a single candidate, that candidate wins even if its gender disagrees: in a
 * translation the pronoun is more often wrong than the reference, and the disagreement is
 * what the pronoun-gender check looks for. Gender decides between several candidates, and
 * a disagreeing lone candidate yields to a fitting name later in the same sentence.
 */
function resolvePronoun(draft: MentionDraft, seen: readonly MentionDraft[], drafts: readonly MentionDraft[], index: number): void {
  const info = draft.pronoun!;
  const kinds: readonly EntityKind[] = info.refers === 'person' ? ['person'] : info.refers === 'plural' ? ['group', 'organisation'] : ['organisation'];
  const near: { entity: EntityDraft; subject: boolean; reporter: boolean; sentence: number }[] = [];
  const distinct = new Set<EntityDraft>();
  // The writer's pronouns point back to the writer's mentions, not to names inside quotes.
  const visible = (mention: MentionDraft): boolean => draft.quoted || !mention.quoted;
  for (let k = seen.length - 1; k >= 0; k--) {
    const mention = seen[k]!;
    if (mention.sentence < draft.sentence - 1) break;
    const entity = mention.entity!;
    if (!kinds.includes(entity.kind) || mention.start >= draft.start || !visible(mention)) continue;
    near.push({ entity, subject: mention.subject, reporter: mention.reporter, sentence: mention.sentence });
    distinct.add(entity);
  }
  let chosen: EntityDraft | undefined;
  if (info.refers !== 'person') {
    chosen = near[0]?.entity;
  } else if (distinct.size === 1) {
    const only = near[0]!.entity;
    chosen = fitsGender(only, info.gender) ? only : (personAhead(drafts, index, info.gender) ?? only);
  } else if (distinct.size > 1) {
    const fits = near.filter((candidate) => fitsGender(candidate.entity, info.gender));
    const pool = fits.length > 0 ? fits : near;
    const latest = pool[0]!.sentence;
    const reporter = pool.find((candidate) => candidate.reporter && candidate.sentence === latest);
    const subject = info.subject ? pool.find((candidate) => candidate.subject && candidate.sentence === latest) : undefined;
    chosen = (reporter ?? subject ?? pool[0])!.entity;
  } else {
    chosen = personAhead(drafts, index, info.gender);
    for (let k = seen.length - 1; k >= 0 && !chosen; k--) {
      const mention = seen[k]!;
      if (mention.sentence < draft.sentence - 5) break;
      const entity = mention.entity!;
      if (entity.kind === 'person' && visible(mention) && fitsGender(entity, info.gender)) chosen = entity;
    }
  }
  if (!chosen) return;
  link(draft, chosen, '');
  if (info.gender && chosen.kind === 'person') chosen.votes[info.gender]++;
}

// ---------------------------------------------------------------------------------------
// Step 7: pronouns decide gender only where names, honorifics and roles say nothing.

function settleGenders(build: Build): void {
  for (const entity of build.entities) {
    if (entity.kind !== 'person' || entity.genderSource) continue;
    if (entity.votes.female > entity.votes.male) {
      entity.gender = 'female';
      entity.genderSource = 'pronoun';
    } else if (entity.votes.male > entity.votes.female) {
      entity.gender = 'male';
      entity.genderSource = 'pronoun';
    }
  }
}
