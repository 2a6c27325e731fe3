import { registryMentions } from '../entities/registry.js';
import type { Entity, EntityRegistry, Mention } from '../entities/types.js';
import type { Document, Token } from '../text/types.js';
import { CUE_GAP_WORDS } from './data/reporting-verbs.js';
import { reportingLemma } from './reporting-verbs.js';
import type { Speaker, SpeakerKind } from './types.js';

/** What the speaker search reads: the document, its registry, and where the marks stand. */
export interface AttributionContext {
  readonly document: Document;
  readonly registry: EntityRegistry;
  /** Offsets of quotation marks (apostrophes excluded). */
  readonly marks: ReadonlySet<number>;
  /** Every quote's outer span (marks included), in text order: speakers stand outside them. */
  readonly quoted: readonly { readonly start: number; readonly end: number }[];
}

/** Whether an offset lies inside a quotation (binary search over the quote spans). */
export function insideQuote(context: AttributionContext, offset: number): boolean {
  const spans = context.quoted;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  const span = spans[low];
  return span !== undefined && span.start <= offset && offset < span.end;
}

// Words after which a mention is an object, not a speaker ("told reporters", "with NATO").
// "after", "before", "since" are left out: they also open clauses ("after Trump told …").
export const PREPOSITIONS = new Set([
  'to', 'with', 'for', 'about', 'of', 'on', 'at', 'by', 'from', 'against', 'toward', 'towards', 'in', 'into', 'like',
  'than', 'over', 'under', 'between', 'among', 'behind', 'including', 'per', 'via', 'during', 'unlike', 'despite',
  'through', 'without', 'within', 'around', 'near', 'told', 'asked', 'called', 'endorsed', 'attacked', 'criticized',
]);
// Before a participle cue (", saying") or a coordinated one ("and said") the speaker is the main clause's subject.
export const MAIN_SUBJECT_LINKS = new Set([',', 'and', 'but', 'by', 'while', 'after', 'before', 'when', 'then']);
export const STANDALONE_DETERMINERS = new Set(['another', 'others', 'some', 'many', 'several', 'most', 'one', 'both', 'few']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
// Verbs a participle cue continues ("was saying", "kept asking"): its subject stands before them.
export const PROGRESSIVE = new Set([
  'is', 'was', 'are', 'were', 'been', 'be', "'s", "'re", 'kept', 'keeps', 'keep', 'started', 'starts', 'began',
  'begins', 'continued', 'continues', 'stopped', 'spent', 'went', 'goes', 'took', 'tried',
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'several', 'most', 'other', 'both', 'two', 'three', 'another', 'one']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
export const CLAUSE_BOUNDARY = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014', '.', '!', '?']);
export const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
export const NP_STARTERS_TO_DROP = new Set(['and', 'but', 'or', 'so', 'as', 'while', 'because', 'although', 'though', 'when', 'if', 'then', 'also']);

export function mentionsIn(context: AttributionContext, start: number, end: number): Mention[] {
  const mentions = registryMentions(context.registry);
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const found: Mention[] = [];
  for (let k = low; k < mentions.length && mentions[k]!.start < end; k++) {
    const mention = mentions[k]!;
    if (mention.end <= end && !insideQuote(context, mention.start)) found.push(mention);
  }
  return found;
}

export function tokenBefore(document: Document, offset: number): Token | undefined {
  return document.tokens[document.tokenIndexAt(offset) - 1];
}

function isPossessivePronoun(mention: Mention): boolean {
  return mention.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(mention.text.toLowerCase());
}

/** A mention that can be the subject of a clause: not after a preposition, not a possessive. */
export function canBeSubject(document: Document, mention: Mention): boolean {
  if (isPossessivePronoun(mention)) return false;
  let before = tokenBefore(document, mention.start);
  // "obtained by The Associated Press": the determiner outside the name still follows the preposition.
  if (before && before.kind === 'word' && DETERMINERS.has(before.lower)) before = document.tokens[before.index - 1];
  return !(before && before.kind === 'word' && PREPOSITIONS.has(before.lower));
}


export const KIND_RANK: Record<Mention['kind'], number> = { name: 3, role: 2, alias: 2, pronoun: 1 };

export function entityRank(entity: Entity | undefined): number {
  if (!entity) return 0;
  return entity.kind === 'person' ? 3 : entity.kind === 'organisation' || entity.kind === 'group' ? 2 : 1;
}

/** The best speaker among mentions: people before bodies before places, names before roles before pronouns. */
export function bestMention(context: AttributionContext, mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let bestScore = -1;
  for (const mention of mentions) {
    const entity = context.registry.byId(mention.entityId);
    const score = entityRank(entity) * 10 + KIND_RANK[mention.kind];
    if (score > bestScore) {
      best = mention;
      bestScore = score;
    }
  }
  return best;
}

/** The best-ranked mention, the last of equals: the head of a noun phrase comes at its end. */
export function lastBest(context: AttributionContext, mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let bestScore = -1;
  for (const mention of mentions) {
    const score = entityRank(context.registry.byId(mention.entityId)) * 10 + KIND_RANK[mention.kind];
    if (score >= bestScore) {
      best = mention;
      bestScore = score;
    }
  }
  return best;
}

function speakerKind(entity: Entity): SpeakerKind {
  switch (entity.kind) {
    case 'person':
      return 'person';
    case 'group':
      return 'group';
    default:
      // A place that speaks is a state acting through its government.
      return 'organisation';
  }
}

export function speakerFromMention(context: AttributionContext, mention: Mention, confidence: number): Speaker {
  const entity = context.registry.byId(mention.entityId)!;
  return {
    name: entity.name,
    mention: { start: mention.start, end: mention.end, text: mention.text },
    kind: speakerKind(entity),
    confidence: mention.kind === 'pronoun' ? confidence * 0.85 : confidence,
    entityId: entity.id,
  };
}

/** A noun phrase the registry does not know ("the groups", "GOPers") as an unresolved speaker. */
export function speakerFromChunk(document: Document, from: number, to: number, confidence: number): Speaker | undefined {
  const tokens = document.tokens;
  let start = from;
  while (start < to && (tokens[start]!.kind !== 'word' || NP_STARTERS_TO_DROP.has(tokens[start]!.lower))) start++;
  let end = start;
  while (end < to) {
    const token = tokens[end]!;
    if (token.kind === 'punctuation' && token.norm !== "'s" && token.norm !== '.' && token.norm !== '-') break;
    if (RELATIVE.has(token.lower) || reportingLemma(token.lower) !== undefined) break;
    if (end > start && PREPOSITIONS.has(token.lower) && token.lower !== 'of' && token.lower !== 'for') break;
    // An auxiliary or an adverb ends the noun phrase: "Those services are available to …" speaks as "Those services".
    if (end > start && CUE_GAP_WORDS.has(token.lower)) break;
    end++;
  }
  while (end > start && tokens[end - 1]!.kind !== 'word') end--;
  if (end <= start || end - start > 8) return undefined;
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  if (CUE_GAP_WORDS.has(first.lower) && end - start === 1) return undefined;
  // A speaker phrase opens with a determiner, a possessive, a capital or a number ("49%").
  if (!(DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower) || /^[\p{Lu}\p{N}]/u.test(first.norm))) return undefined;
  const text = document.text.slice(first.start, last.end);
  return { name: text, mention: { start: first.start, end: last.end, text }, kind: 'unknown', confidence };
}
