import type { Entity, EntityKind, EntityRegistry } from '../../entities/types.js';
import type { Document } from '../../text/types.js';
import type { StretchView } from '../../align/views.js';
import { nameWords, sameEntityName } from '../divergences/names.js';
import { isDateToken, isNameToken, numberValue } from '../divergences/token-classes.js';
import type { CompareState, CompareStep } from '../state.js';
import type { EventFingerprint } from '../types.js';

const PARTICIPANT_KINDS: readonly EntityKind[] = ['person', 'organisation'];

/** The name two matching entities share in the fingerprint: the fuller one, then the first alphabetically. */
function sharedName(x: string, y: string): string {
  if (x.length !== y.length) return x.length > y.length ? x : y;
  return x < y ? x : y;
}

/**
 * Names of the entities both registries hold: entities of the same kind, with a proper
 * name, that share an alias or a name word. Matches that share words are grouped
 * ("NATO", "NATO allies") and each group is named by its most mentioned entity.
 */
function sharedEntities(a: EntityRegistry | undefined, b: EntityRegistry | undefined, kinds: readonly EntityKind[]): string[] {
  if (!a || !b) return [];
  const eligible = (entity: Entity): boolean => kinds.includes(entity.kind) && nameWords(entity.name).length > 0;
  // Index B's entities by alias and by the first two letters of each name word, so that
  // only entities that can match (same word, same alias, or a respelling) are compared.
  const index = new Map<string, Entity[]>();
  const add = (key: string, entity: Entity): void => {
    const list = index.get(key);
    if (!list) index.set(key, [entity]);
    else if (list[list.length - 1] !== entity) list.push(entity);
  };
  for (const y of b.entities) {
    if (!eligible(y)) continue;
    for (const word of nameWords(y.name)) add(`w:${word.slice(0, 2)}`, y);
    for (const alias of y.aliases) add(`a:${alias}`, y);
  }
  const groups: { words: Set<string>; name: string; mentions: number }[] = [];
  for (const x of a.entities) {
    if (!eligible(x)) continue;
    const candidates = new Set<Entity>();
    for (const word of nameWords(x.name)) for (const y of index.get(`w:${word.slice(0, 2)}`) ?? []) candidates.add(y);
    for (const alias of x.aliases) for (const y of index.get(`a:${alias}`) ?? []) candidates.add(y);
    for (const y of candidates) {
      if (y.kind !== x.kind) continue;
      if (!x.aliases.some((alias) => y.aliases.includes(alias)) && !sameEntityName(x.name, y.name)) continue;
      const mentions = x.mentions.length + y.mentions.length;
      const name = sharedName(x.name, y.name);
      const words = new Set([...nameWords(x.name), ...nameWords(y.name)]);
      const group = groups.find((g) => [...words].some((word) => g.words.has(word)));
      if (!group) groups.push({ words, name, mentions });
      else {
        for (const word of words) group.words.add(word);
        if (mentions > group.mentions || (mentions === group.mentions && name < group.name)) {
          group.name = name;
          group.mentions = mentions;
        }
      }
    }
  }
  return [...new Set(groups.map((group) => group.name))].sort();
}

function tokenSet(document: Document, keep: (token: Document['tokens'][number]) => string | undefined): Set<string> {
  const values = new Set<string>();
  for (const token of document.tokens) {
    const value = keep(token);
    if (value !== undefined) values.add(value);
  }
  return values;
}

const intersect = (x: Set<string>, y: Set<string>): string[] => [...x].filter((value) => y.has(value)).sort();

/** Names (capitalised words inside sentences) of a document, lower case. */
function nameSet(document: Document): Set<string> {
  return tokenSet(document, (token) => (isNameToken(document, token) ? token.lower : undefined));
}

/** Cosine of the two reports' weighted word vectors (each key's weight summed over the sentences). */
function documentCosine(a: readonly StretchView[], b: readonly StretchView[]): number {
  const vector = (views: readonly StretchView[]): Map<number, number> => {
    const sums = new Map<number, number>();
    for (const view of views) view.bag.ids.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + view.bag.weights[k]!));
    // Damp repetition: a word used ten times is not ten times the evidence.
    for (const [id, value] of sums) sums.set(id, Math.sqrt(value));
    return sums;
  };
  const x = vector(a);
  const y = vector(b);
  let dot = 0;
  for (const [id, value] of x) dot += value * (y.get(id) ?? 0);
  const norm = (v: Map<number, number>): number => Math.sqrt([...v.values()].reduce((sum, value) => sum + value * value, 0));
  const denominator = norm(x) * norm(y);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * Summarises what the two reports share (participants, places, dates, numbers) and how
 * likely they cover one event: a logistic blend of the reports' word-vector cosine, the
 * share of names they have in common, and the share of sentences and quotes matched.
 */
export const fingerprintEvent: CompareStep = {
  name: 'fingerprintEvent',
  run(state: CompareState): void {
    const { a, b } = state;
    const namesA = nameSet(a.document);
    const namesB = nameSet(b.document);
    const sharedNames = intersect(namesA, namesB).length;
    const nameShare = Math.min(namesA.size, namesB.size) === 0 ? 0 : sharedNames / Math.min(namesA.size, namesB.size);
    const cosine = documentCosine(a.sentenceViews, b.sentenceViews);
    const smaller = Math.max(1, Math.min(a.document.sentences.length, b.document.sentences.length));
    const matchShare = Math.min(1, state.sentenceMatches.length / smaller);
    const quoteShare = Math.min(1, state.quoteMatches.length / Math.max(1, Math.min(a.quotes.length, b.quotes.length)));
    const evidence = { cosine, nameShare, matchShare, quoteShare };
    state.eventEvidence = evidence;
    const event: EventFingerprint = {
      participants: sharedEntities(a.registry, b.registry, PARTICIPANT_KINDS),
      places: sharedEntities(a.registry, b.registry, ['place']),
      dates: intersect(
        tokenSet(a.document, (token) => (isDateToken(token) ? token.lower : undefined)),
        tokenSet(b.document, (token) => (isDateToken(token) ? token.lower : undefined)),
      ),
      numbers: intersect(tokenSet(a.document, numberValue), tokenSet(b.document, numberValue)),
      sameEvent: sameEventScore(evidence),
    };
    state.event = event;
  },
};

export interface SameEventEvidence {
  readonly cosine: number;
  readonly nameShare: number;
  readonly matchShare: number;
  readonly quoteShare: number;
}

/** Hand-set logistic blend (see `fingerprintEvent`); 0.5 sits where the evidence is balanced. */
export function sameEventScore(evidence: SameEventEvidence): number {
  const z = -7 + 12 * evidence.cosine + 4 * evidence.nameShare + 6 * evidence.matchShare + 3 * evidence.quoteShare;
  return Math.round((1 / (1 + Math.exp(-z))) * 10_000) / 10_000;
}
