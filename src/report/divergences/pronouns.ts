import type { Entity, EntityRegistry, Mention } from '../../entities/types.js';
import type { Document, SpanRef } from '../../text/types.js';
import { changedInFocus, type AlignedPair, type DivergenceDraft } from '../aligned.js';
import { GENDERED_PRONOUNS } from '../data/pronouns.js';
import { bothSides, quoted } from './describe.js';
import { pronounGender } from './token-classes.js';
import { nameWords, sameEntityName } from './names.js';

/** "she" in one rendering of a statement, "he" in the other. */
export function typePronounSwaps(pair: AlignedPair): DivergenceDraft[] {
  const drafts: DivergenceDraft[] = [];
  for (const op of pair.ops) {
    if (op.op !== 'replace') continue;
    const clipped = changedInFocus(pair, op);
    if (!clipped) continue;
    const tokensA = pair.a.document.tokens.slice(clipped.aFrom, clipped.aTo).filter((token) => pronounGender(token));
    const tokensB = pair.b.document.tokens.slice(clipped.bFrom, clipped.bTo).filter((token) => pronounGender(token));
    if (tokensA.length !== 1 || tokensB.length !== 1) continue;
    const x = tokensA[0]!;
    const y = tokensB[0]!;
    if (pronounGender(x) === pronounGender(y)) continue;
    const spanA = pair.a.document.span(x.start, x.end);
    const spanB = pair.b.document.span(y.start, y.end);
    drafts.push({
      kind: 'pronoun',
      severity: 'warning',
      message: bothSides(spanA, spanB, (x, y) => `The pronoun changes gender: ${x.sourceId} has ${quoted(x)}, ${y.sourceId} has ${quoted(y)}.`),
      ...(pair.quotes ? { quotes: pair.quotes } : {}),
      evidence: [spanA, spanB],
    });
  }
  return drafts;
}

function pronounMentions(entity: Entity): { gender: 'female' | 'male'; mention: Mention }[] {
  const found: { gender: 'female' | 'male'; mention: Mention }[] = [];
  for (const mention of entity.mentions) {
    if (mention.kind !== 'pronoun') continue;
    const gender = GENDERED_PRONOUNS.get(mention.text.toLowerCase());
    if (gender) found.push({ gender, mention });
  }
  return found;
}

/** The gender most of an entity's pronouns mark, when they agree by a clear majority. */
function pronounGenderOf(entity: Entity): { gender: 'female' | 'male'; mention: Mention } | undefined {
  const mentions = pronounMentions(entity);
  const female = mentions.filter((m) => m.gender === 'female');
  const male = mentions.filter((m) => m.gender === 'male');
  if (female.length > male.length) return female[0];
  if (male.length > female.length) return male[0];
  return undefined;
}

/**
 * The same person referred to as "she" in one report and "he" in the other, by the
 * entity registries: persons matched by name across the reports, each with a majority
 * of gendered pronouns resolved to them.
 */
export function typePronounGenders(
  a: { document: Document; registry: EntityRegistry | undefined },
  b: { document: Document; registry: EntityRegistry | undefined },
): DivergenceDraft[] {
  if (!a.registry || !b.registry) return [];
  const drafts: DivergenceDraft[] = [];
  // Only persons with a clear pronoun gender take part; B's are indexed by name word so
  // that each A person meets only the B persons who may share its name.
  const gendered = (registry: EntityRegistry) =>
    registry.entities.flatMap((entity) => {
      const gender = entity.kind === 'person' ? pronounGenderOf(entity) : undefined;
      return gender ? [{ entity, gender }] : [];
    });
  const byWord = new Map<string, { entity: Entity; gender: { gender: 'female' | 'male'; mention: Mention } }[]>();
  for (const candidate of gendered(b.registry)) {
    for (const word of nameWords(candidate.entity.name)) {
      const key = word.slice(0, 2);
      const list = byWord.get(key);
      if (!list) byWord.set(key, [candidate]);
      else if (list[list.length - 1] !== candidate) list.push(candidate);
    }
  }
  for (const { entity: x, gender: genderA } of gendered(a.registry)) {
    const candidates = new Set(nameWords(x.name).flatMap((word) => byWord.get(word.slice(0, 2)) ?? []));
    for (const { entity: y, gender: genderB } of candidates) {
      if (!sameEntityName(x.name, y.name)) continue;
      if (genderB.gender === genderA.gender) continue;
      const spanA: SpanRef = a.document.span(genderA.mention.start, genderA.mention.end);
      const spanB: SpanRef = b.document.span(genderB.mention.start, genderB.mention.end);
      drafts.push({
        kind: 'pronoun',
        severity: 'warning',
        message: bothSides(spanA, spanB, (first, second) => `${x.name} is ${quoted(first)} in ${first.sourceId} but ${quoted(second)} in ${second.sourceId}.`),
        evidence: [spanA, spanB],
      });
    }
  }
  return drafts;
}
