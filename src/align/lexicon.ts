/**
 * Lazy access to the generated WordNet tables (`data/lexicon.generated.ts`). The tables
 * are string constants searched in place (see `SortedTable`); what is looked up is cached
 * per process, so start-up pays nothing and each stem is parsed once.
 */
import { FREQUENCY_TABLE, NEAR_SYNONYM_TABLE, SYNONYM_TABLE } from './data/lexicon.generated.js';
import { SortedTable } from '../text/sorted-table.js';
import { WordCache } from '../text/word-cache.js';

let synonymTable: SortedTable | undefined;
let nearTable: SortedTable | undefined;
let frequencyTable: SortedTable | undefined;

const NO_GROUPS = new Int32Array(0);

/** Builds the table indexes now, so that the first comparison does not pay for them. */
export function loadLexicon(): void {
  synonymTable ??= new SortedTable(SYNONYM_TABLE);
  nearTable ??= new SortedTable(NEAR_SYNONYM_TABLE);
  frequencyTable ??= new SortedTable(FREQUENCY_TABLE);
}

/** WordNet group ids of a stem, for a fast intersection test (see {@link sharesGroup}). */
export interface LexicalGroups {
  readonly synonym: Int32Array;
  readonly near: Int32Array;
}

const EMPTY_GROUPS: LexicalGroups = { synonym: NO_GROUPS, near: NO_GROUPS };
const groupsCache = new WordCache<LexicalGroups>();
const frequencyCache = new WordCache<number>();

function parseIds(value: string | undefined): Int32Array {
  if (!value) return NO_GROUPS;
  return Int32Array.from(value.split(' '), (id) => parseInt(id, 36));
}

/** The synonym and near-synonym groups a stem belongs to (ascending ids; cached). */
export function lexicalGroups(stem: string): LexicalGroups {
  return groupsCache.get(stem, lookUpGroups);
}

function lookUpGroups(stem: string): LexicalGroups {
  synonymTable ??= new SortedTable(SYNONYM_TABLE);
  nearTable ??= new SortedTable(NEAR_SYNONYM_TABLE);
  const synonym = parseIds(synonymTable.get(stem));
  const near = parseIds(nearTable.get(stem));
  return synonym.length === 0 && near.length === 0 ? EMPTY_GROUPS : { synonym, near };
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
  const gx = lexicalGroups(x);
  const gy = lexicalGroups(y);
  if (sharesGroup(gx.synonym, gy.synonym)) return 'synonym';
  if (sharesGroup(gx.near, gy.near)) return 'near';
  return undefined;
}

/**
 * log₂ of how often a stem was tagged in SemCor (0 for rare words, about 14 for "be"),
 * or -1 when WordNet does not list it (names, numbers, new words: the rarest of all).
 */
export function frequencyClass(stem: string): number {
  return frequencyCache.get(stem, lookUpFrequencyClass);
}

function lookUpFrequencyClass(stem: string): number {
  frequencyTable ??= new SortedTable(FREQUENCY_TABLE);
  const value = frequencyTable.get(stem);
  return value === undefined ? -1 : Number(value);
}
