import { buildEntityRegistry } from '../../entities/index.js';
import { firstMentionStartingAt } from '../../entities/registry.js';
import { reportingLemma } from '../../quotes/reporting-verbs.js';
import type { Entity, EntityRegistry, Gender, Mention } from '../../entities/types.js';
import type { Document, Token } from '../../text/types.js';
import { HONORIFICS } from '../../entities/data/honorifics.js';
import { ROLE_NOUNS } from '../../entities/data/role-nouns.js';
import { GENDERED_PRONOUNS, PERSON_NOUNS, type GenderedPronoun } from '../data/pronouns.js';
import { isCommonEnglishWord } from '../lexicon/english-dictionary.js';
import { firstNameGender } from '../lexicon/name-gender.js';
import type { ArtefactDraft, ArtefactRule, RuleContext, RuleMeta } from '../rule.js';

export const PRONOUN_GENDER: RuleMeta = {
  id: 'pronoun-gender/person',
  family: 'pronoun-gender',
  severity: 'warning',
  description:
    'A he/she/his/her pronoun whose clear antecedent is a person of the other gender, known from a first name, an honorific, or the pronouns the other report uses for the same person.',
  example: {
    text: 'The talks in Geneva were led by Deputy Secretary of State Wendy Sherman. Sherman said he had registered unanimity among the allies.',
    finding: 'pronoun-gender/person "he" → she',
  },
};

export const PRONOUN_NON_PERSON: RuleMeta = {
  id: 'pronoun-gender/non-person',
  family: 'pronoun-gender',
  severity: 'warning',
  description:
    'A personal pronoun standing for something that is not a person: a subject noun taken up again by "he" ("Dialogue, as delegations confirm, he was frank") or an organisation\'s "his" ("NATO\'s frankness … his recklessness"), typical of translations from languages with grammatical gender.',
  example: { text: 'Dialogue, as delegations confirm, he was frank and open.', finding: 'pronoun-gender/non-person "he" → it' },
};

/** Sentences back in which a person would make a resumed "he" a plain reference. */
const WINDOW_SENTENCES = 1;

function registryOf(document: Document, given: EntityRegistry | undefined): EntityRegistry {
  return given ?? buildEntityRegistry(document);
}

/** The replacement for a pronoun: its other-gender form, "her" split by what follows. */
function replacementFor(pronoun: string, info: GenderedPronoun, next: Token | undefined): string[] {
  if (pronoun !== 'her') return [...info.swap];
  return next && next.kind === 'word' ? ['his'] : ['him'];
}

function matchCase(model: string, word: string): string {
  return model.charAt(0) === model.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Gendered pronouns the registry links to each entity, counted by gender. */
function pronounVotes(document: Document, entity: Entity): { male: number; female: number } {
  const votes = { male: 0, female: 0 };
  for (const mention of entity.mentions) {
    if (mention.kind !== 'pronoun') continue;
    const info = GENDERED_PRONOUNS.get(document.text.slice(mention.start, mention.end).toLowerCase());
    if (info) votes[info.gender]++;
  }
  return votes;
}

/** Words that open multi-word names or roles without being first names. */
const NOT_FIRST_NAMES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'foreign', 'deputy', 'secretary', 'minister', 'general', 'senator', 'sen', 'rep', 'gov']);

interface GenderEvidence {
  readonly gender: Gender;
  /** Honorifics and the other report settle it; a first name (often unisex) does not. */
  readonly strong: boolean;
  /** The other report, a second translation, uses the right pronoun for the same person. */
  readonly corroborated?: boolean;
  readonly source: string;
}

/**
 * The gender of the person a mention names, from the mention itself (an honorific, a first
 * name), from the entity's full names when their first names agree, or from the other
 * report's pronouns for the same person.
 */
function genderOf(document: Document, mention: Mention, entity: Entity, other: EntityRegistry | undefined): GenderEvidence | undefined {
  const tokens = document.tokens;
  const first = tokens[document.tokenIndexAt(mention.start)];
  const before = first ? tokens[first.index - 1] : undefined;
  for (const token of [before, first]) {
    const honorific = token ? HONORIFICS.get(token.lower) : undefined;
    if (honorific?.gender) return { gender: honorific.gender, strong: true, source: `the title "${token!.text}"` };
  }
  const fromOther = other ? genderInOtherReport(entity, other) : undefined;
  if (fromOther) return { gender: fromOther, strong: true, corroborated: true, source: 'the other report' };
  // The mention's own first name ("Wendy Sherman"); otherwise (a bare surname, a role)
  // the first names of the entity's full names, which must agree: one "Clinton" entity
  // may hold two people.
  const firstNames = new Set<string>();
  const names = mention.kind === 'name' && /\s/u.test(mention.text) ? [mention.text] : [entity.name, ...entity.aliases];
  for (const name of names) {
    const words = name.split(/\s+/u);
    if (words.length >= 2 && words[0] && /^\p{L}/u.test(words[0])) firstNames.add(words[0].toLowerCase());
  }
  for (const name of firstNames) if (NOT_FIRST_NAMES.has(name)) firstNames.delete(name);
  const verdicts = [...firstNames].map((name) => firstNameGender(name)).filter((verdict) => verdict !== undefined);
  const genders = new Set(verdicts.map((verdict) => verdict.gender));
  if (genders.size !== 1) return undefined;
  const gender = [...genders][0]!;
  const name = [...firstNames][0]!;
  // A first name every name table agrees on is as good as a title; a unisex one is not.
  return { gender, strong: verdicts.every((verdict) => verdict.reliable), source: `the first name "${name.charAt(0).toUpperCase()}${name.slice(1)}"` };
}

function genderInOtherReport(entity: Entity, other: EntityRegistry): Gender | undefined {
  const names = new Set([entity.name.toLowerCase(), ...entity.aliases]);
  for (const candidate of other.entities) {
    if (candidate.kind !== 'person' || !candidate.gender) continue;
    if (candidate.name.toLowerCase() === entity.name.toLowerCase() || candidate.aliases.some((alias) => names.has(alias))) return candidate.gender;
  }
  return undefined;
}

/**
 * The pronoun's antecedent when it is clear: the one person named in this sentence before
 * the pronoun or in the sentence before, with no person noun ("a voter", "the nurse")
 * between them.
 */
function clearAntecedent(document: Document, registry: EntityRegistry, mentions: readonly Mention[], pronoun: Token): { mention: Mention; entity: Entity } | undefined {
  const windowSentence = document.sentences[Math.max(0, pronoun.sentence - 1)];
  if (!windowSentence) return undefined;
  let found: { mention: Mention; entity: Entity } | undefined;
  for (let m = firstMentionStartingAt(mentions, windowSentence.start); m < mentions.length && mentions[m]!.start < pronoun.start; m++) {
    const mention = mentions[m]!;
    if (mention.kind === 'pronoun') continue;
    const entity = registry.byId(mention.entityId);
    if (entity?.kind !== 'person') continue;
    if (found && found.entity.id !== entity.id) return undefined;
    found = { mention, entity };
  }
  if (!found) return undefined;
  const own = found.entity.mentions;
  for (let k = document.tokenIndexAt(found.mention.end); k < pronoun.index; k++) {
    const token = document.tokens[k]!;
    if (own.some((mention) => mention.start <= token.start && token.end <= mention.end)) continue;
    // Singular nouns only: "the Russian delegates" cannot be a "he".
    if (PERSON_NOUNS.has(token.lower) || isSingularRoleNoun(token.lower)) return undefined;
  }
  return found;
}

/** "For his part, Russian Deputy Defense Minister Alexander Fomin …": a person named just after the pronoun may be its referent. */
function namesPersonAfter(document: Document, registry: EntityRegistry, mentions: readonly Mention[], pronoun: Token): boolean {
  const limit = document.tokens[Math.min(document.tokens.length - 1, pronoun.index + 10)]!.end;
  for (let m = firstMentionStartingAt(mentions, pronoun.end); m < mentions.length && mentions[m]!.start < limit; m++) {
    const mention = mentions[m]!;
    if (mention.kind === 'pronoun') continue;
    if (document.sentenceIndexAt(mention.start) !== pronoun.sentence) continue;
    if (registry.byId(mention.entityId)?.kind === 'person') return true;
  }
  return false;
}

/** A role noun for one person ("minister"), not a plural ("reporters"). */
function isSingularRoleNoun(lower: string): boolean {
  const role = ROLE_NOUNS.get(lower) as { readonly plural?: boolean } | undefined;
  return role !== undefined && role.plural !== true;
}

/** Sentences looked back through for another possible referent of the pronoun's gender. */
const TOPIC_WINDOW = 5;

function personOfGenderNearby(document: Document, registry: EntityRegistry, mentions: readonly Mention[], pronoun: Token, gender: Gender, except: string): boolean {
  const windowSentence = document.sentences[Math.max(0, pronoun.sentence - TOPIC_WINDOW)];
  const windowStart = windowSentence ? windowSentence.start : 0;
  for (let m = firstMentionStartingAt(mentions, windowStart); m < mentions.length && mentions[m]!.start < pronoun.start; m++) {
    const mention = mentions[m]!;
    if (mention.entityId === except) continue;
    const entity = registry.byId(mention.entityId);
    if (entity?.kind === 'person' && entity.gender !== (gender === 'male' ? 'female' : 'male')) return true;
  }
  for (let k = document.tokenIndexAt(windowStart); k < pronoun.index; k++) {
    const token = document.tokens[k]!;
    const nounGender = PERSON_NOUNS.get(token.lower);
    if (nounGender === gender) return true;
  }
  return false;
}

/**
 * Flags a he/she/his/her whose antecedent is clear and whose gender the evidence
 * contradicts. A first name alone is weak evidence: when the text's own pronouns for the
 * person mostly say otherwise ("Lindsey Graham … he"), the text is trusted over the list.
 */
function findGenderMismatches(context: RuleContext, registry: EntityRegistry): ArtefactDraft[] {
  const { document } = context;
  const drafts: ArtefactDraft[] = [];
  const otherRegistry = context.other ? registryOf(context.other, context.otherRegistry) : undefined;
  const mentions = registry.entities.flatMap((entity) => entity.mentions).sort((x, y) => x.start - y.start);
  for (const token of document.tokens) {
    const info = GENDERED_PRONOUNS.get(token.lower);
    if (!info || token.kind !== 'word' || insideQuote(document, token.start)) continue;
    const antecedent = clearAntecedent(document, registry, mentions, token);
    if (!antecedent || namesPersonAfter(document, registry, mentions, token)) continue;
    const evidence = genderOf(document, antecedent.mention, antecedent.entity, otherRegistry);
    if (!evidence || evidence.gender === info.gender) continue;
    if (!evidence.strong) {
      const votes = pronounVotes(document, antecedent.entity);
      if (votes[info.gender] >= 2 && votes[info.gender] > votes[evidence.gender]) continue;
    }
    // Unless a second translation backs the gender, any person of the pronoun's own gender
    // in the sentences before could be its referent (news text often keeps a topic person
    // in mind across sentences), so the pronoun is left alone.
    if (!evidence.corroborated && personOfGenderNearby(document, registry, mentions, token, info.gender, antecedent.entity.id)) continue;
    const expected = replacementFor(token.lower, info, document.tokens[token.index + 1]).map((word) => matchCase(token.text, word));
    drafts.push({
      ruleId: PRONOUN_GENDER.id,
      family: 'pronoun-gender',
      start: token.start,
      end: token.end,
      expected,
      message: `"${token.text}" refers to ${antecedent.entity.name}, who is ${evidence.gender} (from ${evidence.source}).`,
      severity: 'warning',
      confidence: evidence.strong ? 0.85 : 0.7,
      evidence: [document.span(antecedent.mention.start, antecedent.mention.end)],
    });
  }
  return drafts;
}

const quoteParity = new WeakMap<Document, Uint8Array>();

/**
 * Whether a token sits inside a double-quoted stretch of its paragraph, by the parity of
 * the quote marks before it. One pass per document, cached.
 */
function insideQuote(document: Document, offset: number): boolean {
  let parity = quoteParity.get(document);
  if (!parity) {
    parity = new Uint8Array(document.tokens.length);
    let open = 0;
    let paragraph = -1;
    for (const token of document.tokens) {
      const tokenParagraph = document.sentences[token.sentence]?.paragraph ?? -1;
      if (tokenParagraph !== paragraph) {
        paragraph = tokenParagraph;
        open = 0;
      }
      parity[token.index] = open;
      if (token.norm === '"') open ^= 1;
    }
    quoteParity.set(document, parity);
  }
  const index = document.tokenIndexAt(offset);
  return (parity[index] ?? 0) === 1;
}


/** Determiners that may open a subject noun phrase taken up again by a pronoun. */
const SUBJECT_DETERMINERS = new Set(['the', 'this', 'that', 'a', 'an', 'our', 'their', 'its']);

/**
 * "Dialogue, as delegations confirm, he was frank": a subject pronoun after a comma-closed
 * aside, whose sentence opens with a common noun, with no person anywhere in this sentence
 * before it or in the sentences just before.
 */
function findResumedSubjects(context: RuleContext, registry: EntityRegistry): ArtefactDraft[] {
  const { document } = context;
  const { tokens } = document;
  const drafts: ArtefactDraft[] = [];
  const personStarts = registry.entities
    .filter((entity) => entity.kind === 'person')
    .flatMap((entity) => entity.mentions.map((mention) => mention.start))
    .sort((x, y) => x - y);
  for (const sentence of document.sentences) {
    // The subject: a bare noun ("Dialogue,") or a determiner and a noun ("The treaty,").
    const opener = tokens[sentence.tokenStart];
    const withDeterminer = opener !== undefined && SUBJECT_DETERMINERS.has(opener.lower);
    const first = tokens[sentence.tokenStart + (withDeterminer ? 1 : 0)];
    const second = tokens[sentence.tokenStart + (withDeterminer ? 2 : 1)];
    if (!first || !second || first.kind !== 'word' || second.norm !== ',') continue;
    // A common noun, not a name or a person noun: the registry knows no entity there.
    const shape = withDeterminer ? /^\p{Ll}+$/u : /^\p{Lu}\p{Ll}+$/u;
    if (!shape.test(first.norm) || registry.entityAt(first.start, first.end)) continue;
    if (PERSON_NOUNS.has(first.lower) || ROLE_NOUNS.has(first.lower) || !isCommonEnglishWord(first.lower)) continue;
    // "Politically, she knew": a sentence adverb, not a subject.
    if (first.lower.endsWith('ly')) continue;
    for (let k = first.index + 2; k < sentence.tokenEnd - 1; k++) {
      const token = tokens[k]!;
      const info = GENDERED_PRONOUNS.get(token.lower);
      if (!info || info.role !== 'subject') continue;
      if (tokens[k - 1]!.norm !== ',') break;
      // An aside must stand between the subject and the pronoun: "Instead, he …" has none.
      if (k - second.index < 3) break;
      // "The problem, he said, is …": a parenthetical attribution, not a resumed subject.
      const next = tokens[k + 1];
      if (!next || next.norm === ',' || reportingLemma(next.lower) !== undefined) break;
      const windowStart = document.sentences[Math.max(0, sentence.index - WINDOW_SENTENCES)]!.start;
      if (personBetween(document, personStarts, windowStart, token.start)) break;
      if (insideQuote(document, token.start)) break;
      drafts.push({
        ruleId: PRONOUN_NON_PERSON.id,
        family: 'pronoun-gender',
        start: token.start,
        end: token.end,
        expected: [matchCase(token.text, info.neuter)],
        message: `"${token.text}" takes up "${first.text}", which is not a person; English uses "it" or no pronoun.`,
        severity: 'warning',
        confidence: 0.7,
        evidence: [document.span(first.start, first.end)],
      });
      break;
    }
  }
  return drafts;
}

/** Whether a person is named (not a pronoun) at a sorted start in `[from, to)`. */
function personBetween(document: Document, starts: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! < from) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < starts.length && starts[k]! < to; k++) if (!isPronounAt(document, starts[k]!)) return true;
  return false;
}

function isPronounAt(document: Document, start: number): boolean {
  const token = document.tokens[document.tokenIndexAt(start)];
  return token !== undefined && token.start === start && GENDERED_PRONOUNS.has(token.lower);
}

/**
 * "confirms NATO's frankness … but denounces his recklessness": a possessive his/her in
 * the same sentence as an organisation's possessive, with no person mentioned in between.
 */
function findOrganisationPossessives(context: RuleContext, registry: EntityRegistry): ArtefactDraft[] {
  const { document } = context;
  const { tokens } = document;
  const drafts: ArtefactDraft[] = [];
  for (const sentence of document.sentences) {
    let organisation: { start: number; end: number; name: string } | undefined;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const token = tokens[k]!;
      const entity = registry.entityAt(token.start, token.end);
      // A person named (not a pronoun) resets the scene: "his" may then be theirs.
      if (entity && entity.kind === 'person' && !GENDERED_PRONOUNS.has(token.lower)) {
        organisation = undefined;
        continue;
      }
      if (entity && entity.kind === 'organisation' && tokens[k + 1]?.norm === "'s") {
        organisation = { start: token.start, end: token.end, name: entity.name };
        continue;
      }
      const info = GENDERED_PRONOUNS.get(token.lower);
      if (!organisation || !info || info.role !== 'possessive') continue;
      if (insideQuote(document, token.start)) continue;
      drafts.push({
        ruleId: PRONOUN_NON_PERSON.id,
        family: 'pronoun-gender',
        start: token.start,
        end: token.end,
        expected: [matchCase(token.text, info.neuter)],
        message: `"${token.text}" seems to refer to ${organisation.name}, an organisation; English uses "its".`,
        // Native English often has a person's "his" after an organisation's possessive ("the
        // DNC's blocking of his campaign"), so this is a hint, not a warning.
        severity: 'info',
        confidence: 0.55,
        evidence: [document.span(organisation.start, organisation.end)],
      });
      organisation = undefined;
    }
  }
  return drafts;
}

export const pronounGenderRule: ArtefactRule = {
  meta: [PRONOUN_GENDER, PRONOUN_NON_PERSON],
  detect(context, enabled) {
    const wantsPerson = enabled(PRONOUN_GENDER.id);
    const wantsNonPerson = enabled(PRONOUN_NON_PERSON.id);
    if (!wantsPerson && !wantsNonPerson) return [];
    // Only texts with a gendered pronoun need the (comparatively costly) entity registry.
    if (!context.document.tokens.some((token) => GENDERED_PRONOUNS.has(token.lower))) return [];
    const registry = registryOf(context.document, context.registry);
    return [
      ...(wantsPerson ? findGenderMismatches(context, registry) : []),
      ...(wantsNonPerson ? findResumedSubjects(context, registry) : []),
      ...(wantsNonPerson ? findOrganisationPossessives(context, registry) : []),
    ];
  },
};
