import { reportingLemma } from '../quotes/reporting-verbs.js';
import { CUE_GAP_WORDS } from '../quotes/data/reporting-verbs.js';
import type { Document, Token } from '../text/types.js';
import type { Country } from './data/places.js';
import type { PronounInfo } from './data/pronouns.js';
import type { ClassifiedRun } from './classify-name-run.js';
import { isCapitalised } from './find-name-runs.js';
import type { RolePhrase } from './find-role-phrases.js';
import type { EntityKind, Gender, MentionKind } from './types.js';

// The registry under construction: drafts of entities and mentions, and the small
// operations every building step shares.

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

export interface Build {
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

// Words after which a capital or a name is an object, not an agent ("in Moscow", "for Trump").
export const PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'of', 'between', 'for', 'with', 'into', 'toward', 'towards', 'near', 'via', 'across', 'through', 'on', 'by', 'outside', 'inside', 'around', 'and', 'or']);

export function newEntity(build: Build, kind: EntityKind, name: string): EntityDraft {
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

export function draftFor(build: Build, tokenStart: number, tokenEnd: number, kind: MentionKind): MentionDraft {
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

export function link(draft: MentionDraft, entity: EntityDraft, text: string): void {
  draft.entity = entity;
  entity.mentions.push(draft);
  if (draft.kind === 'name' || draft.kind === 'alias') entity.aliases.add(text.toLowerCase());
}

export function claim(build: Build, start: number, end: number): void {
  build.claimed.fill(1, start, end);
}

export function personKey(tokens: readonly Token[], draft: MentionDraft): { key: string; first: string; last: string; words: number } {
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

export function indexPerson(map: Map<string, EntityDraft[]>, key: string, entity: EntityDraft): void {
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (!list.includes(entity)) list.push(entity);
}

export function isBesideReportingVerb(tokens: readonly Token[], draft: MentionDraft): boolean {
  let probe = draft.tokenEnd;
  for (let skipped = 0; skipped < 3 && probe < tokens.length && CUE_GAP_WORDS.has(tokens[probe]!.lower); skipped++) probe++;
  const after = tokens[probe];
  if (after && after.sentence === draft.sentence && reportingLemma(after.lower) !== undefined) return true;
  const before = tokens[draft.tokenStart - 1];
  return before !== undefined && before.sentence === draft.sentence && reportingLemma(before.lower) !== undefined && !isCapitalised(before);
}

// How far back (in mentions) a role noun looks for its antecedent: keeps resolution linear.
const ROLE_LOOKBACK = 300;
let scan = 0;
const rejectedIn = new WeakMap<EntityDraft, number>();

/**
 * The entity of the latest mention before this point that `accept`s, looking back at most
 * ROLE_LOOKBACK mentions and not before `fromSentence`. An entity rejected once is not
 * asked again in the same scan: names repeat.
 */
export function mostRecent(seen: readonly MentionDraft[], accept: (entity: EntityDraft) => boolean, fromSentence = 0): EntityDraft | undefined {
  scan++;
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= ROLE_LOOKBACK; k--) {
    const mention = seen[k]!;
    if (mention.sentence < fromSentence) break;
    const entity = mention.entity;
    if (!entity || rejectedIn.get(entity) === scan) continue;
    if (accept(entity)) return entity;
    rejectedIn.set(entity, scan);
  }
  return undefined;
}

export function isPersonLike(draft: MentionDraft): boolean {
  if (draft.entity) return draft.entity.kind === 'person';
  if (draft.role) return !draft.role.body && !draft.role.plural;
  if (draft.pronoun) return draft.pronoun.refers === 'person';
  return draft.run?.kind === 'person' || draft.run?.kind === 'role';
}
