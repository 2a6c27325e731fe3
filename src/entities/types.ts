import type { TextSpan } from '../quotes/types.js';

export type EntityKind = 'person' | 'organisation' | 'group' | 'place';
export type Gender = 'female' | 'male';

/** How a mention refers to its entity. */
export type MentionKind =
  | 'name' // "Jens Stoltenberg", "Stoltenberg", "NATO"
  | 'role' // "the Secretary General of NATO", "the diplomat"
  | 'pronoun' // "he", "she", "they"
  | 'alias'; // "the Atlantic Alliance" for NATO, "Moscow" for the Russian government

export interface Mention extends TextSpan {
  readonly entityId: string;
  readonly kind: MentionKind;
}

export interface Entity {
  /** Unique within the document (`e1`, `e2`, …). */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical full name: the longest proper name seen ("Jens Stoltenberg"). */
  readonly name: string;
  /** Surface forms seen in the text, lower-cased, without duplicates. */
  readonly aliases: readonly string[];
  /** Titles and roles attached to the entity ("secretary general of nato"). */
  readonly roles: readonly string[];
  /** From first names (a maintained package), honorifics, or pronouns that refer to it. */
  readonly gender: Gender | undefined;
  /** Where the gender came from, when known. */
  readonly genderSource?: 'first-name' | 'honorific' | 'pronoun' | 'role';
  readonly mentions: readonly Mention[];
}

/** The entities of one document, and a way to resolve a mention. */
export interface EntityRegistry {
  readonly entities: readonly Entity[];
  /** The entity a mention at `[start, end)` refers to, if any. */
  entityAt(start: number, end: number): Entity | undefined;
  byId(id: string): Entity | undefined;
}
