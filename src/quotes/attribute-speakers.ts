import { registryMentions } from '../entities/registry.js';
import type { Entity, EntityRegistry, Mention } from '../entities/types.js';
import type { Document, Token } from '../text/types.js';
import { CUE_GAP_WORDS, OPINION_PHRASES } from './data/reporting-verbs.js';
import { outerEnd, outerStart, quoteEnd, quoteStart, type CueDraft, type QuoteDraft } from './quote-draft.js';
import { wordCount } from './attach-cues.js';
import { endsClause, isCueToken, reportingLemma } from './reporting-verbs.js';
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
function insideQuote(context: AttributionContext, offset: number): boolean {
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
const PREPOSITIONS = new Set([
  'to', 'with', 'for', 'about', 'of', 'on', 'at', 'by', 'from', 'against', 'toward', 'towards', 'in', 'into', 'like',
  'than', 'over', 'under', 'between', 'among', 'behind', 'including', 'per', 'via', 'during', 'unlike', 'despite',
  'through', 'without', 'within', 'around', 'near', 'told', 'asked', 'called', 'endorsed', 'attacked', 'criticized',
]);
// Before a participle cue (", saying") or a coordinated one ("and said") the speaker is the main clause's subject.
const MAIN_SUBJECT_LINKS = new Set([',', 'and', 'but', 'by', 'while', 'after', 'before', 'when', 'then']);
const STANDALONE_DETERMINERS = new Set(['another', 'others', 'some', 'many', 'several', 'most', 'one', 'both', 'few']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", "'re"]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'several', 'most', 'other', 'both', 'two', 'three', 'another', 'one']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014', '.', '!', '?']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
const NP_STARTERS_TO_DROP = new Set(['and', 'but', 'or', 'so', 'as', 'while', 'because', 'although', 'though', 'when', 'if', 'then', 'also']);

// ---------------------------------------------------------------------------------------
// Mentions in a span, from the registry's offset-sorted list.

function mentionsIn(context: AttributionContext, start: number, end: number): Mention[] {
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

function tokenBefore(document: Document, offset: number): Token | undefined {
  return document.tokens[document.tokenIndexAt(offset) - 1];
}

function isPossessivePronoun(mention: Mention): boolean {
  return mention.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(mention.text.toLowerCase());
}

/** A mention that can be the subject of a clause: not after a preposition, not a possessive. */
function canBeSubject(document: Document, mention: Mention): boolean {
  if (isPossessivePronoun(mention)) return false;
  const before = tokenBefore(document, mention.start);
  return !(before && before.kind === 'word' && PREPOSITIONS.has(before.lower));
}

const KIND_RANK: Record<Mention['kind'], number> = { name: 3, role: 2, alias: 2, pronoun: 1 };

function entityRank(entity: Entity | undefined): number {
  if (!entity) return 0;
  return entity.kind === 'person' ? 3 : entity.kind === 'organisation' || entity.kind === 'group' ? 2 : 1;
}

/** The best speaker among mentions: people before bodies before places, names before roles before pronouns. */
function bestMention(context: AttributionContext, mentions: readonly Mention[]): Mention | undefined {
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

function speakerFromMention(context: AttributionContext, mention: Mention, confidence: number): Speaker {
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
function speakerFromChunk(document: Document, from: number, to: number, confidence: number): Speaker | undefined {
  const tokens = document.tokens;
  let start = from;
  while (start < to && (tokens[start]!.kind !== 'word' || NP_STARTERS_TO_DROP.has(tokens[start]!.lower))) start++;
  let end = start;
  while (end < to) {
    const token = tokens[end]!;
    if (token.kind === 'punctuation' && token.norm !== "'s" && token.norm !== '.' && token.norm !== '-') break;
    if (RELATIVE.has(token.lower) || reportingLemma(token.lower) !== undefined) break;
    if (end > start && PREPOSITIONS.has(token.lower) && token.lower !== 'of' && token.lower !== 'for') break;
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

// ---------------------------------------------------------------------------------------
// Where the speaker stands relative to the cue.

/** End (exclusive token index) of the clause that starts at `from`. */
function clauseEnd(context: AttributionContext, from: number, limit: number): number {
  const tokens = context.document.tokens;
  let k = from;
  while (k < limit && k < tokens.length) {
    const token = tokens[k]!;
    if (token.kind === 'punctuation' && token.norm === '.' && !endsClause(tokens, k)) {
      k++;
      continue;
    }
    if (token.kind === 'punctuation' && (CLAUSE_BOUNDARY.has(token.norm) || context.marks.has(token.start))) break;
    if (k > from && RELATIVE.has(token.lower)) break;
    k++;
  }
  return k;
}

/**
 * `“…”, said X` / `according to X`: the speaker follows the cue, in the cue's clause.
 * `adjacentOnly` asks for a mention right after the verb (`explained Rosenberg`).
 */
function speakerAfterCue(context: AttributionContext, cue: CueDraft, limit: number, adjacentOnly = false): Speaker | undefined {
  const tokens = context.document.tokens;
  const end = clauseEnd(context, cue.tokenEnd, Math.min(limit, cue.tokenEnd + 30));
  if (end <= cue.tokenEnd) return undefined;
  const from = tokens[cue.tokenEnd]!.start;
  const to = tokens[end - 1]!.end;
  const mentions = mentionsIn(context, from, to).filter((mention) => !adjacentOnly || (mention.start === from && mention.kind !== 'pronoun' && closesClause(context, mention.end)));
  const mention = bestMention(context, mentions);
  if (mention) return speakerFromMention(context, mention, 0.9);
  return adjacentOnly ? undefined : speakerFromChunk(context.document, cue.tokenEnd, end, 0.6);
}

/** Whether a speaker ending at `offset` closes the cue clause (`explained Rosenberg, “…`), rather than being its object. */
function closesClause(context: AttributionContext, offset: number): boolean {
  const tokens = context.document.tokens;
  const next = tokens[context.document.tokenIndexAt(offset)];
  return next === undefined || context.marks.has(next.start) || next.norm === ',' || next.norm === ':' || endsClause(tokens, next.index);
}

/** `“…,” X said`: the speaker is the noun phrase between the quote and the cue. */
function speakerBetween(context: AttributionContext, fromToken: number, cue: CueDraft): Speaker | undefined {
  const tokens = context.document.tokens;
  let from = fromToken;
  while (from < cue.tokenStart && tokens[from]!.kind === 'punctuation') from++;
  if (from >= cue.tokenStart) return undefined;
  const candidates = mentionsIn(context, tokens[from]!.start, tokens[cue.tokenStart - 1]!.end).filter((mention) => canBeSubject(context.document, mention));
  const mention = bestMention(context, candidates);
  if (mention) return speakerFromMention(context, mention, 0.9);
  return speakerFromChunk(context.document, from, cue.tokenStart, 0.6);
}

/**
 * `X said: “…”`: the subject before the cue. In order: a mention that ends right before
 * the verb (past adverbs and auxiliaries: "Sherman also called"); a plain noun phrase
 * there ("the lawyers said"); for a participle or coordinated cue (", saying", "and
 * said"), the subject of the main clause; else the nearest mention that can be a subject.
 * The search stays inside the cue's sentence and after any earlier quote.
 */
function speakerBeforeCue(context: AttributionContext, cue: CueDraft, floorOffset: number): Speaker | undefined {
  const document = context.document;
  const tokens = document.tokens;
  let k = cue.tokenStart - 1;
  while (k >= 0 && tokens[k]!.start >= floorOffset && tokens[k]!.kind === 'word' && CUE_GAP_WORDS.has(tokens[k]!.lower)) k--;
  const cueWord = tokens[cue.tokenStart]!;
  // ", saying", "emailed supporters saying", "and said": the main clause's subject speaks.
  const participle = cueWord.lower.endsWith('ing') && !PROGRESSIVE.has(tokens[cue.tokenStart - 1]?.lower ?? '');
  const coordinated = k >= 0 && MAIN_SUBJECT_LINKS.has(tokens[k]!.lower) && tokens[k]!.norm !== ',';
  if (participle || coordinated) {
    const subject = mainSubject(context, cue.tokenStart);
    if (subject) return subject;
  }
  if (k < 0 || tokens[k]!.start < floorOffset) return undefined;
  // `Because of …, explained Rosenberg, “…”`: a clause that opens with the verb names the speaker after it.
  if (tokens[k]!.norm === ',' || tokens[k]!.norm === ':') {
    const inverted = speakerAfterCue(context, cue, cue.tokenEnd + 8, true);
    if (inverted) return inverted;
  }
  // `Others, reacting to …, shouted`: step back over an insertion between commas.
  if (tokens[k]!.norm === ',') {
    let opening = k - 1;
    while (opening >= 0 && tokens[opening]!.start >= floorOffset && tokens[opening]!.norm !== ',') opening--;
    if (opening >= 0 && tokens[opening]!.start >= floorOffset && opening < k - 1) k = opening - 1;
    if (k < 0 || tokens[k]!.start < floorOffset) return undefined;
  }
  const candidates = mentionsIn(context, floorOffset, tokens[k]!.end).filter((mention) => canBeSubject(document, mention));
  const adjacent = candidates.filter((mention) => mention.end === tokens[k]!.end);
  const best = bestMention(context, adjacent);
  if (best) return speakerFromMention(context, best, 0.9);
  const chunk = nounPhraseEndingAt(document, k, floorOffset);
  if (chunk) return chunk;
  const chosen = nearest(candidates);
  return chosen ? speakerFromMention(context, chosen, 0.7) : undefined;
}

/**
 * The subject of the main clause of the sentence holding token `k`: its first person that
 * can be a subject, else its first body. The main clause may open before an earlier quote
 * in the sentence ("X said “…” before claiming “…”").
 */
function mainSubject(context: AttributionContext, k: number): Speaker | undefined {
  const document = context.document;
  const token = document.tokens[k]!;
  const clause = mentionsIn(context, mainClauseStart(context, token.sentence, k), token.start).filter((mention) => canBeSubject(document, mention));
  const subject =
    clause.find((mention) => entityRank(context.registry.byId(mention.entityId)) === 3) ??
    clause.find((mention) => entityRank(context.registry.byId(mention.entityId)) === 2);
  return subject ? speakerFromMention(context, subject, 0.75) : undefined;
}

// Words that open an introductory phrase: the main clause begins after its comma.
const INTRODUCTORY = new Set([
  'after', 'before', 'in', 'on', 'at', 'as', 'when', 'while', 'although', 'though', 'because', 'if', 'since', 'despite',
  'during', 'with', 'without', 'for', 'following', 'unlike', 'like', 'asked', 'speaking', 'addressing', 'according',
  'amid', 'among', 'by', 'from', 'to', 'under', 'over', 'once', 'until', 'upon', 'whether', 'even',
]);

/** Where the main clause of a sentence begins: after an introductory phrase and its comma. */
function mainClauseStart(context: AttributionContext, sentenceIndex: number, before: number): number {
  const document = context.document;
  const sentence = document.sentences[sentenceIndex]!;
  const tokens = document.tokens;
  let k = sentence.tokenStart;
  while (k < before && (tokens[k]!.kind !== 'word' || context.marks.has(tokens[k]!.start))) k++;
  if (k >= before || !INTRODUCTORY.has(tokens[k]!.lower)) return sentence.start;
  for (let m = k + 1; m < before; m++) {
    if (tokens[m]!.norm === ',') return tokens[m]!.end;
  }
  return sentence.start;
}

// Words that cannot stand inside a noun phrase before the verb: they end the search.
const NOT_IN_NOUN_PHRASE = new Set([
  ...PREPOSITIONS, 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'there', 'as', 'if', 'when', 'while', 'because',
]);

/** `the heckler yelled`: a short noun phrase with a determiner ending at token `k`. */
function nounPhraseEndingAt(document: Document, k: number, floorOffset: number): Speaker | undefined {
  const tokens = document.tokens;
  const last = tokens[k]!;
  if (last.kind !== 'word' || NOT_IN_NOUN_PHRASE.has(last.lower)) return undefined;
  if (STANDALONE_DETERMINERS.has(last.lower)) {
    // "Yet another said", "Others shouted": the determiner is the whole phrase.
    return { name: last.norm, mention: { start: last.start, end: last.end, text: last.text }, kind: 'unknown', confidence: 0.5 };
  }
  if (DETERMINERS.has(last.lower)) return undefined;
  let start = k;
  while (start > 0 && k - start < 4) {
    const before = tokens[start - 1]!;
    if (before.start < floorOffset || before.kind !== 'word') break;
    if (DETERMINERS.has(before.lower)) {
      start--;
      const text = document.text.slice(tokens[start]!.start, last.end);
      return { name: text, mention: { start: tokens[start]!.start, end: last.end, text }, kind: 'unknown', confidence: 0.6 };
    }
    if (NOT_IN_NOUN_PHRASE.has(before.lower)) break;
    start--;
  }
  return undefined;
}

function nearest(mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of mentions) {
    if (!best || mention.end > best.end || (mention.end === best.end && KIND_RANK[mention.kind] > KIND_RANK[best.kind])) best = mention;
  }
  return best;
}

/** Start of the sentence holding `offset`, or the end of an earlier quote in it, whichever is later. */
function clauseFloor(context: AttributionContext, offset: number, previous: QuoteDraft | undefined): number {
  const document = context.document;
  const sentence = document.sentences[document.sentenceIndexAt(offset)];
  let floor = sentence?.start ?? 0;
  if (previous && outerEnd(previous) <= offset) floor = Math.max(floor, outerEnd(previous));
  return floor;
}

/** Finds the speaker that the quote's own cue points to. */
function speakerForCue(context: AttributionContext, quote: QuoteDraft, previous: QuoteDraft | undefined, next: QuoteDraft | undefined): Speaker | undefined {
  const cue = quote.cue!;
  const document = context.document;
  const tokens = document.tokens;
  const limit = next ? document.tokenIndexAt(outerStart(next)) : tokens.length;
  switch (cue.placement) {
    case 'after-inverted':
      // `“…,” adding that …`: a participle after the quote hangs on the sentence's subject.
      if (tokens[cue.tokenStart]!.lower.endsWith('ing')) return mainSubject(context, cue.tokenStart) ?? speakerAfterCue(context, cue, limit);
      return speakerAfterCue(context, cue, limit);
    case 'after':
      return speakerBetween(context, cue.clauseStart ?? document.tokenIndexAt(outerEnd(quote)), cue);
    case 'before':
      return (
        speakerBeforeCue(context, cue, clauseFloor(context, cue.start, previous)) ??
        speakerAfterCue(context, cue, document.tokenIndexAt(outerStart(quote)))
      );
    case 'before-phrase':
      return speakerAfterCue(context, cue, document.tokenIndexAt(outerStart(quote)));
    case 'between': {
      // `“…,” she said, “…”`: a name or pronoun before the verb, else after it.
      const from = document.tokenIndexAt(quote.parts[0]!.close?.end ?? quote.parts[0]!.end);
      const between = cue.tokenStart > from ? speakerBetween(context, from, cue) : undefined;
      const nextPart = quote.parts[1];
      return between ?? speakerAfterCue(context, cue, document.tokenIndexAt(nextPart?.open?.start ?? nextPart?.start ?? quote.parts[0]!.end));
    }
    case 'inside':
      return speakerBeforeCue(context, { ...cue, tokenStart: document.tokenIndexAt(outerStart(quote)) }, clauseFloor(context, outerStart(quote), previous));
  }
}

// ---------------------------------------------------------------------------------------
// Quotes without a cue of their own.

const SENTENCE_BREAK = /[.!?]["'\u201d\u00bb]?\s+["'\u201c\u00ab\u2018]?\p{Lu}/u;
// The gap ends a sentence, so the next quote opens a new one.
const SENTENCE_END = /[.!?]\s*$/u;
// The writer's words between two quotes that still share one cue ("…”, for example “…").
const MAX_CHAIN_GAP_WORDS = 12;

/** Whether two quotes stand in one sentence with only the writer's few words between them. */
function inOneClauseChain(document: Document, first: QuoteDraft, second: QuoteDraft): boolean {
  if (first.paragraph !== second.paragraph) return false;
  const gapStart = outerEnd(first);
  const gapEnd = outerStart(second);
  if (gapEnd < gapStart) return false;
  const gap = document.text.slice(gapStart, gapEnd);
  if (SENTENCE_BREAK.test(gap) || SENTENCE_END.test(gap) || /[;:\n]/u.test(gap)) return false;
  // `“… he's doing.” “There it is”`: a quote that ends its sentence starts no chain.
  const firstText = document.text.slice(quoteStart(first), quoteEnd(first));
  const secondText = document.text.slice(quoteStart(second), quoteEnd(second));
  if (/[.!?]$/u.test(firstText) && /^\p{Lu}/u.test(secondText)) return false;
  let words = 0;
  for (let k = document.tokenIndexAt(gapStart); k < document.tokens.length && document.tokens[k]!.end <= gapEnd; k++) {
    const token = document.tokens[k]!;
    if (token.kind !== 'word') continue;
    if (reportingLemma(token.lower) !== undefined) return false;
    words++;
  }
  return words <= MAX_CHAIN_GAP_WORDS;
}

/** `Stoltenberg was not far behind: “…”`: the subject of the clause before the colon. */
function speakerBeforeColon(context: AttributionContext, quote: QuoteDraft, previous: QuoteDraft | undefined): Speaker | undefined {
  const document = context.document;
  const start = outerStart(quote);
  const before = tokenBefore(document, start);
  if (!before || before.norm !== ':') return undefined;
  const floor = clauseFloor(context, before.start, previous);
  const candidates = mentionsIn(context, floor, before.start).filter((mention) => canBeSubject(document, mention));
  const chosen = lastOfRank(context, candidates);
  return chosen ? speakerFromMention(context, chosen, 0.7) : undefined;
}

/** `in his opinion “the question of principle”`: a view attributed without a reporting verb. */
function speakerFromOpinion(context: AttributionContext, quote: QuoteDraft): Speaker | undefined {
  const document = context.document;
  const tokens = document.tokens;
  const first = document.tokenIndexAt(outerStart(quote));
  const sentence = document.sentences[document.sentenceIndexAt(outerStart(quote))];
  if (!sentence) return undefined;
  for (let n = first - 1; n >= sentence.tokenStart && first - n <= 8; n--) {
    for (const phrase of OPINION_PHRASES) {
      const matches = phrase.words.every((word, k) => word === '*' || tokens[n + k]?.lower === word);
      if (!matches) continue;
      const pronoun = tokens[n + phrase.pronounAt];
      if (!pronoun) continue;
      const mention = mentionsIn(context, pronoun.start, pronoun.end)[0];
      if (mention) return speakerFromMention(context, mention, 0.7);
    }
  }
  return undefined;
}

/** The last person among mentions, else the last organisation or group: the subject nearest a colon. */
function lastOfRank(context: AttributionContext, mentions: readonly Mention[]): Mention | undefined {
  let person: Mention | undefined;
  let body: Mention | undefined;
  for (const mention of mentions) {
    const rank = entityRank(context.registry.byId(mention.entityId));
    if (rank === 3) person = mention;
    else if (rank === 2) body = mention;
  }
  return person ?? body;
}

/** Whether a quote opens its sentence (`… Trump said. “Second sentence.”`). */
function opensSentence(document: Document, quote: QuoteDraft): boolean {
  const start = outerStart(quote);
  const before = tokenBefore(document, start);
  if (!before) return true;
  const paragraph = document.paragraphs[quote.paragraph];
  if (paragraph && paragraph.start === start) return true;
  return before.kind === 'punctuation' && /^[.!?:]$/u.test(before.norm);
}

/** The person or body a sentence is about: its first mention that can be a subject. */
function sentenceSubject(context: AttributionContext, sentenceIndex: number): Speaker | undefined {
  const sentence = context.document.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const candidates = mentionsIn(context, sentence.start, sentence.end).filter((mention) => canBeSubject(context.document, mention));
  const chosen = lastOfRank(context, candidates);
  return chosen ? speakerFromMention(context, chosen, 0.5) : undefined;
}

/**
 * Gives each quote its speaker: from its own cue; from a quote it is chained to in one
 * sentence (`“…”, for example “…”, continued Stoltenberg`); from a colon; from an opinion
 * phrase; and, for a quote that opens its sentence, from the previous quote's speaker
 * (`“…,” Trump said. “…”`) or from a reporting sentence ending in a colon.
 */
export function attributeSpeakers(context: AttributionContext, quotes: readonly QuoteDraft[]): void {
  const document = context.document;
  quotes.forEach((quote, index) => {
    const previous = quotes[index - 1];
    if (quote.cue) {
      const speaker = speakerForCue(context, quote, previous, quotes[index + 1]);
      if (speaker) setSpeaker(quote, speaker, 'cue');
      return;
    }
    const colon = speakerBeforeColon(context, quote, previous);
    if (colon) setSpeaker(quote, colon, 'colon');
    else {
      const opinion = speakerFromOpinion(context, quote);
      if (opinion) setSpeaker(quote, opinion, 'opinion');
    }
  });
  // Chains share a speaker (and cue) in both directions: the earlier quote's first.
  for (let k = 1; k < quotes.length; k++) shareAlongChain(document, quotes[k - 1]!, quotes[k]!);
  for (let k = quotes.length - 2; k >= 0; k--) shareAlongChain(document, quotes[k + 1]!, quotes[k]!);
  quotes.forEach((quote, index) => {
    if (quote.speaker || quote.cue || !opensSentence(document, quote)) return;
    // A quote opening its sentence continues the reporting sentence just before it
    // (`Graham said:` closing the previous paragraph), or the previous quote's speaker.
    const sentence = document.sentenceIndexAt(outerStart(quote));
    const previousSentence = document.sentences[sentence - 1];
    if (previousSentence && /:\s*$/u.test(previousSentence.text)) {
      const subject = sentenceSubject(context, sentence - 1);
      if (subject) {
        setSpeaker(quote, subject, 'colon');
        return;
      }
    }
    // `Dianne Bystrom agreed. “…”`: a reporting sentence without quotes of its own introduces it.
    const reporting = previousSentence ? reportingSentenceSpeaker(context, previousSentence.index, quote) : undefined;
    if (reporting) {
      setSpeaker(quote, reporting, 'continuation');
      return;
    }
    const previous = quotes[index - 1];
    if (previous?.speaker && quote.paragraph - previous.paragraph <= 1) {
      setSpeaker(quote, { ...previous.speaker, confidence: previous.speaker.confidence * 0.8 }, 'continuation');
    }
  });
  // A long quote embedded in a sentence without a cue (`Sanders credited his loss to “…”`)
  // is the words of the sentence's subject. Short phrase quotes keep no speaker.
  for (const quote of quotes) {
    if (quote.speaker || quote.cue || opensSentence(document, quote)) continue;
    if (wordCount(document, quoteStart(quote), quoteEnd(quote)) <= SUBJECT_QUOTE_MIN_WORDS) continue;
    const subject = mainSubject(context, document.tokenIndexAt(outerStart(quote)));
    if (subject) setSpeaker(quote, { ...subject, confidence: 0.4 }, 'subject');
  }
}

// Quotes up to this many words without a cue are scare quotes and get no speaker from their sentence.
const SUBJECT_QUOTE_MIN_WORDS = 5;

/** The speaker of a sentence that reports without quoting (`Phil Musser says.`), if it is one. */
function reportingSentenceSpeaker(context: AttributionContext, sentenceIndex: number, quote: QuoteDraft): Speaker | undefined {
  const document = context.document;
  const sentence = document.sentences[sentenceIndex]!;
  if (sentence.paragraph < quote.paragraph - 1) return undefined;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (context.marks.has(document.tokens[k]!.start)) return undefined;
  for (let k = sentence.tokenEnd - 1; k >= sentence.tokenStart; k--) {
    if (!isCueToken(document.tokens, k)) continue;
    const cue: CueDraft = { start: document.tokens[k]!.start, end: document.tokens[k]!.end, tokenStart: k, tokenEnd: k + 1, placement: 'before' };
    return speakerBeforeCue(context, cue, sentence.start) ?? speakerAfterCue(context, cue, sentence.tokenEnd);
  }
  return undefined;
}

function setSpeaker(quote: QuoteDraft, speaker: Speaker, via: NonNullable<QuoteDraft['speakerVia']>): void {
  quote.speaker = speaker;
  quote.speakerVia = via;
}

function shareAlongChain(document: Document, from: QuoteDraft, to: QuoteDraft): void {
  if (to.speaker || to.cue || !from.speaker) return;
  const [first, second] = from.parts[0]!.start < to.parts[0]!.start ? [from, to] : [to, from];
  if (!inOneClauseChain(document, first, second)) return;
  to.cue = from.cue;
  setSpeaker(to, from.speaker, 'shared-cue');
}
