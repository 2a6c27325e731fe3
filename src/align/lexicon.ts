/**
 * Lazy access to the generated WordNet tables (`data/lexicon.generated.ts`). The tables
 * are string constants, cheap to load; they are parsed into maps on first use and
 * cached for the life of the process.
 */
import { FREQUENCY_CLASSES, NEAR_SYNONYM_SETS, SYNONYM_SETS } from './data/lexicon.generated.js';

interface GroupIndex {
  /** stem → ids of the groups it belongs to, ascending. */
  readonly groups: Map<string, number[]>;
}

let synonyms: GroupIndex | undefined;
let nearSynonyms: GroupIndex | undefined;
let frequencyClasses: Map<string, number> | undefined;

function indexGroups(table: string): GroupIndex {
  const groups = new Map<string, number[]>();
  table.split('\n').forEach((line, id) => {
    for (const word of line.split(' ')) {
      if (word.length === 0) continue;
      const list = groups.get(word);
      if (list) list.push(id);
      else groups.set(word, [id]);
    }
  });
  return { groups };
}

function shareGroup(index: GroupIndex, x: string, y: string): boolean {
  const gx = index.groups.get(x);
  const gy = index.groups.get(y);
  if (!gx || !gy) return false;
  // Both lists ascend: a merge walk finds a common id in linear time.
  let i = 0;
  let j = 0;
  while (i < gx.length && j < gy.length) {
    const a = gx[i]!;
    const b = gy[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}

const NO_GROUPS = new Int32Array(0);

/** WordNet group ids of a stem, for a fast intersection test (see {@link sharesGroup}). */
export interface LexicalGroups {
  readonly synonym: Int32Array;
  readonly near: Int32Array;
}

const groupsCache = new Map<string, LexicalGroups>();
const EMPTY_GROUPS: LexicalGroups = { synonym: NO_GROUPS, near: NO_GROUPS };

/** The synonym and near-synonym groups a stem belongs to (ascending ids; cached). */
export function lexicalGroups(stem: string): LexicalGroups {
  const cached = groupsCache.get(stem);
  if (cached) return cached;
  synonyms ??= indexGroups(SYNONYM_SETS);
  nearSynonyms ??= indexGroups(NEAR_SYNONYM_SETS);
  const synonym = synonyms.groups.get(stem);
  const near = nearSynonyms.groups.get(stem);
  const groups = synonym || near ? { synonym: synonym ? Int32Array.from(synonym) : NO_GROUPS, near: near ? Int32Array.from(near) : NO_GROUPS } : EMPTY_GROUPS;
  groupsCache.set(stem, groups);
  return groups;
}

/** Whether two ascending id lists share an id (merge walk). */
export function sharesGroup(x: Int32Array, y: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}

/** How close two different stems are in meaning, by WordNet: synonyms, near-synonyms, or neither. */
export function lexicalRelation(x: string, y: string): 'synonym' | 'near' | undefined {
  synonyms ??= indexGroups(SYNONYM_SETS);
  if (shareGroup(synonyms, x, y)) return 'synonym';
  nearSynonyms ??= indexGroups(NEAR_SYNONYM_SETS);
  if (shareGroup(nearSynonyms, x, y)) return 'near';
  return undefined;
}

/** Whether WordNet knows a stem at all (as a word with synonyms or near-synonyms). */
export function hasLexicalEntry(x: string): boolean {
  synonyms ??= indexGroups(SYNONYM_SETS);
  nearSynonyms ??= indexGroups(NEAR_SYNONYM_SETS);
  return synonyms.groups.has(x) || nearSynonyms.groups.has(x);
}

/**
 * log₂ of how often a stem was tagged in SemCor (0 for rare words, about 14 for "be"),
 * or -1 when WordNet does not list it (names, numbers, new words: the rarest of all).
 */
export function frequencyClass(stem: string): number {
  if (!frequencyClasses) {
    frequencyClasses = new Map();
    FREQUENCY_CLASSES.split('\n').forEach((line, k) => {
      for (const word of line.split(' ')) if (word.length > 0) frequencyClasses!.set(word, k);
    });
  }
  return frequencyClasses.get(stem) ?? -1;
}
