import { documentQuotes } from '../quotes/pair-marks.js';
import { PRONOUNS } from './data/pronouns.js';
import type { EntityKind, Gender } from './types.js';
import { type Build, draftFor, type EntityDraft, isBesideReportingVerb, isPersonLike, link, type MentionDraft, PREPOSITIONS } from './registry-draft.js';

// Pronouns: their mentions, the salience flags that rank antecedents, resolution, and
// the gender that pronouns settle when nothing stronger gives it.

const CONTRACTION = /^(he|she|they|it)'(?:d|s|ll|re|ve)$/u;

export function collectPronounMentions(build: Build): void {
  const tokens = build.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || build.claimed[k]) continue;
    // "he'd", "she's", "they're": the pronoun is the word before the apostrophe.
    const contracted = CONTRACTION.exec(token.lower);
    const info = PRONOUNS.get(contracted ? contracted[1]! : token.lower);
    if (!info) continue;
    const draft = draftFor(build, k, k + 1, 'pronoun');
    if (contracted) draft.end = draft.start + contracted[1]!.length;
    draft.pronoun = info;
    build.drafts.push(draft);
  }
}

/** Flags mentions inside quotation marks, using the quote pipeline's pairing of marks. */
export function markQuoted(build: Build): void {
  const document = build.document;
  const spans = documentQuotes(document).map((quote) => ({
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

export function markSubjects(build: Build): void {
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
export function resolvePronoun(draft: MentionDraft, seen: readonly MentionDraft[], drafts: readonly MentionDraft[], index: number): void {
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

export function settleGenders(build: Build): void {
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
