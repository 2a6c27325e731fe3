import { isCapitalised } from '../entities/find-name-runs.js';
import { isNonNameWord } from '../entities/lexicon.js';
import type { Mention } from '../entities/types.js';
import type { Document } from '../text/types.js';
import { CUE_GAP_WORDS, INFINITIVE_GOVERNORS, OPINION_PHRASES } from './data/reporting-verbs.js';
import { outerEnd, outerStart, type CueDraft, type QuoteDraft } from './quote-draft.js';
import { endsClause, isCueToken, reportingLemma } from './reporting-verbs.js';
import {
  bestMention,
  canBeSubject,
  CLAUSE_BOUNDARY,
  DETERMINERS,
  entityRank,
  insideQuote,
  KIND_RANK,
  lastBest,
  MAIN_SUBJECT_LINKS,
  mentionsIn,
  NP_STARTERS_TO_DROP,
  PREPOSITIONS,
  PROGRESSIVE,
  RELATIVE,
  speakerFromChunk,
  speakerFromMention,
  STANDALONE_DETERMINERS,
  tokenBefore,
  type AttributionContext,
} from './speaker-mentions.js';
import type { Speaker } from './types.js';

// Where a quote's speaker stands relative to its cue, a colon, an opinion phrase or a
// reporting sentence: each search reads a bounded stretch of tokens around the quote.

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
 * What a search after the cue may return: any mention or a noun phrase (`“…”, said the
 * statement`); only a name or role, no pronoun (`explained CBS moderator Nancy Cordes:`);
 * or only a name right after the verb that ends the clause (`explained Rosenberg, “…`).
 */
export type AfterCueSearch = 'any' | 'named' | 'adjacent';

/** `“…”, said X` / `according to X`: the speaker follows the cue, in the cue's clause. */
export function speakerAfterCue(context: AttributionContext, cue: CueDraft, limit: number, search: AfterCueSearch = 'any'): Speaker | undefined {
  const tokens = context.document.tokens;
  const end = clauseEnd(context, cue.tokenEnd, Math.min(limit, cue.tokenEnd + 30));
  if (end <= cue.tokenEnd) return undefined;
  const from = tokens[cue.tokenEnd]!.start;
  const to = tokens[end - 1]!.end;
  const mentions = mentionsIn(context, from, to).filter((mention) => {
    if (search === 'any') return true;
    if (mention.kind === 'pronoun') return false;
    return search === 'named' || (mention.start === from && closesClause(context, mention.end));
  });
  const mention = bestMention(context, mentions);
  if (mention) return speakerFromMention(context, mention, 0.9);
  return search === 'any' ? speakerFromChunk(context.document, cue.tokenEnd, end, 0.6) : undefined;
}

/** Whether a speaker ending at `offset` closes the cue clause (`explained Rosenberg, “…`), rather than being its object. */
function closesClause(context: AttributionContext, offset: number): boolean {
  const tokens = context.document.tokens;
  const next = tokens[context.document.tokenIndexAt(offset)];
  return next === undefined || context.marks.has(next.start) || next.norm === ',' || next.norm === ':' || endsClause(tokens, next.index);
}

/** `“…,” X said`: the speaker is the noun phrase between the quote and the cue. */
export function speakerBetween(context: AttributionContext, fromToken: number, cue: CueDraft): Speaker | undefined {
  const tokens = context.document.tokens;
  let from = fromToken;
  while (from < cue.tokenStart && tokens[from]!.kind === 'punctuation') from++;
  if (from >= cue.tokenStart) return undefined;
  // A name right before the verb speaks (`…they need to win, DFA spokesman Neil Sroka said`).
  let k = cue.tokenStart - 1;
  while (k > from && tokens[k]!.kind === 'word' && CUE_GAP_WORDS.has(tokens[k]!.lower)) k--;
  const adjacent = mentionsIn(context, tokens[from]!.start, tokens[k]!.end).filter(
    (mention) => mention.end === tokens[k]!.end && mention.kind === 'name' && canBeSubject(context.document, mention),
  );
  if (adjacent.length > 0) return speakerFromMention(context, lastBest(context, adjacent)!, 0.9);
  // Otherwise the speaker phrase ends at its first comma (`Trump, the GOP front-runner, said`);
  // inside it the head comes last (`Gowdy spokesman Jamal Ware said`).
  let headEnd = from;
  while (headEnd < cue.tokenStart && tokens[headEnd]!.norm !== ',') headEnd++;
  if (headEnd === from) headEnd = cue.tokenStart;
  const candidates = mentionsIn(context, tokens[from]!.start, tokens[headEnd - 1]!.end).filter((mention) => canBeSubject(context.document, mention));
  const mention = lastBest(context, candidates) ?? bestMention(context, mentionsIn(context, tokens[from]!.start, tokens[cue.tokenStart - 1]!.end).filter((candidate) => canBeSubject(context.document, candidate)));
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
export function speakerBeforeCue(context: AttributionContext, cue: CueDraft, floorOffset: number): Speaker | undefined {
  const document = context.document;
  const tokens = document.tokens;
  let k = cue.tokenStart - 1;
  // `Bryne went on to say`, `she continued to argue`: the subject stands before the verb that governs the infinitive.
  if (tokens[k]?.lower === 'to' && tokens[cue.tokenStart]!.lower === reportingLemma(tokens[cue.tokenStart]!.lower)) {
    k--;
    while (k >= 0 && INFINITIVE_GOVERNORS.has(tokens[k]!.lower)) k--;
  }
  while (k >= 0 && tokens[k]!.start >= floorOffset && tokens[k]!.kind === 'word' && CUE_GAP_WORDS.has(tokens[k]!.lower)) k--;
  const cueWord = tokens[cue.tokenStart]!;
  // ", saying", "emailed supporters saying", "and said": the main clause's subject speaks;
  // but "with Gorka noting" names its own subject right before the participle.
  const participle = cueWord.lower.endsWith('ing') && !PROGRESSIVE.has(tokens[cue.tokenStart - 1]?.lower ?? '') && !namedRightBefore(context, cue.tokenStart);
  const coordinated = k >= 0 && MAIN_SUBJECT_LINKS.has(tokens[k]!.lower) && tokens[k]!.norm !== ',';
  if (participle || coordinated) {
    const subject = (participle ? reportingClauseBefore(context, cue, floorOffset) : undefined) ?? mainSubject(context, cue.tokenStart);
    if (subject) return subject;
  }
  if (k < 0 || tokens[k]!.start < floorOffset) return undefined;
  // `Because of …, explained Rosenberg, “…”`: a clause that opens with the verb names the speaker after it.
  if (tokens[k]!.norm === ',' || tokens[k]!.norm === ':') {
    const inverted = speakerAfterCue(context, cue, cue.tokenEnd + 8, 'adjacent');
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
  return chosen ? speakerFromMention(context, chosen, 0.7) : openingNounPhrase(document, floorOffset, k);
}

/**
 * `But a source familiar with the inquiry said`: with no known name to speak, the noun
 * phrase that opens the clause, when an article or a quantifier marks it as one.
 */
function openingNounPhrase(document: Document, floorOffset: number, k: number): Speaker | undefined {
  const tokens = document.tokens;
  let first = document.tokenIndexAt(floorOffset);
  while (first < k && (tokens[first]!.kind !== 'word' || NP_STARTERS_TO_DROP.has(tokens[first]!.lower))) first++;
  const opener = tokens[first];
  if (!opener || first >= k || !(DETERMINERS.has(opener.lower) || STANDALONE_DETERMINERS.has(opener.lower))) return undefined;
  return speakerFromChunk(document, first, k + 1, 0.5);
}

/**
 * `…, Spicer said, adding, “…”`: a participle right after a reporting clause of its own
 * continues that clause, whose speaker stands before its verb; the sentence's first name
 * may be the subject of the reported words instead.
 */
function reportingClauseBefore(context: AttributionContext, cue: CueDraft, floorOffset: number): Speaker | undefined {
  const tokens = context.document.tokens;
  const comma = cue.tokenStart - 1;
  if (tokens[comma]?.norm !== ',' || !isCueToken(tokens, comma - 1) || tokens[comma - 1]!.lower.endsWith('ing')) return undefined;
  const verb = comma - 1;
  const clause: CueDraft = { start: tokens[verb]!.start, end: tokens[verb]!.end, tokenStart: verb, tokenEnd: verb + 1, placement: 'before' };
  const before = tokens[verb - 1];
  // Only a clause whose subject stands right before its verb (`Spicer said,`), not `… and said,`.
  if (!before || before.kind !== 'word' || MAIN_SUBJECT_LINKS.has(before.lower)) return undefined;
  return speakerBeforeCue(context, clause, floorOffset);
}

/** Whether a person's or organisation's name stands right before token `k` ("with Donald Trump tweeting"). */
function namedRightBefore(context: AttributionContext, k: number): boolean {
  const tokens = context.document.tokens;
  const before = tokens[k - 1];
  if (!before || before.kind !== 'word') return false;
  const mention = mentionsIn(context, before.start, before.end).find((candidate) => candidate.end === before.end);
  if (!mention || mention.kind !== 'name') return false;
  return entityRank(context.registry.byId(mention.entityId)) >= 2;
}

/**
 * The subject of the main clause of the sentence holding token `k`: its first person that
 * can be a subject, else its first body. The main clause may open before an earlier quote
 * in the sentence ("X said “…” before claiming “…”").
 */
export function mainSubject(context: AttributionContext, k: number): Speaker | undefined {
  const document = context.document;
  const token = document.tokens[k]!;
  const clauseStart = mainClauseStart(context, token.sentence, k);
  const clause = mentionsIn(context, clauseStart, token.start).filter((mention) => canBeSubject(document, mention));
  const subject =
    clause.find((mention) => entityRank(context.registry.byId(mention.entityId)) === 3) ??
    clause.find((mention) => entityRank(context.registry.byId(mention.entityId)) === 2);
  if (subject) return speakerFromMention(context, subject, 0.75);
  // No known name: the noun phrase that opens the clause ("The memo described … and called for …").
  const first = document.tokenIndexAt(clauseStart);
  return first < k && !insideQuote(context, document.tokens[first]!.start) ? speakerFromChunk(document, first, k, 0.5) : undefined;
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
      // "familiar with the talks said": a phrase after a preposition is its object, not the
      // subject; after "of" it still ends the subject ("a member of the family said").
      const governor = tokens[start - 1];
      if (governor && governor.kind === 'word' && governor.lower !== 'of' && PREPOSITIONS.has(governor.lower)) return undefined;
      const text = document.text.slice(tokens[start]!.start, last.end);
      return { name: text, mention: { start: tokens[start]!.start, end: last.end, text }, kind: 'unknown', confidence: 0.6 };
    }
    if (NOT_IN_NOUN_PHRASE.has(before.lower) || reportingLemma(before.lower) !== undefined || before.lower.includes("'")) break;
    start--;
  }
  return unknownNameEndingAt(document, k, floorOffset);
}

// The longest name the registry may not know ("Dog Andres", "Judicial Watch") before a verb.
const MAX_UNKNOWN_NAME_WORDS = 4;

/**
 * `Judicial Watch stated …`: capitalised words ending at token `k` that the registry did not
 * take for a name (an unknown first name, an unknown body). Not after a preposition (an
 * object) and not a lone word opening the sentence, where any word is capitalised.
 */
function unknownNameEndingAt(document: Document, k: number, floorOffset: number): Speaker | undefined {
  const tokens = document.tokens;
  if (!isCapitalised(tokens[k]!)) return undefined;
  let start = k;
  while (start > 0 && k - start + 1 < MAX_UNKNOWN_NAME_WORDS && tokens[start - 1]!.start >= floorOffset && isCapitalised(tokens[start - 1]!)) start--;
  const before = tokens[start - 1];
  if (before && before.start >= floorOffset && before.kind === 'word' && (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower))) return undefined;
  const opensSentence = !before || before.sentence !== tokens[start]!.sentence;
  // A lone weekday or function word ("later Thursday told") is no name.
  if (start === k && (opensSentence || isNonNameWord(tokens[k]!.lower))) return undefined;
  const text = document.text.slice(tokens[start]!.start, tokens[k]!.end);
  return { name: text, mention: { start: tokens[start]!.start, end: tokens[k]!.end, text }, kind: 'unknown', confidence: 0.6 };
}


function nearest(mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of mentions) {
    if (!best || mention.end > best.end || (mention.end === best.end && KIND_RANK[mention.kind] > KIND_RANK[best.kind])) best = mention;
  }
  return best;
}

/** Start of the sentence holding `offset`, or the end of an earlier quote in it, whichever is later. */
export function clauseFloor(context: AttributionContext, offset: number, previous: QuoteDraft | undefined): number {
  const document = context.document;
  const sentence = document.sentences[document.sentenceIndexAt(offset)];
  let floor = sentence?.start ?? 0;
  if (previous && outerEnd(previous) <= offset) floor = Math.max(floor, outerEnd(previous));
  return floor;
}

/** Finds the speaker that the quote's own cue points to. */
export function speakerForCue(context: AttributionContext, quote: QuoteDraft, previous: QuoteDraft | undefined, next: QuoteDraft | undefined): Speaker | undefined {
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
      // Failing a subject, a name after the verb (`explained CBS moderator Nancy Cordes: “…”`), never its object pronoun.
      return (
        speakerBeforeCue(context, cue, clauseFloor(context, cue.start, previous)) ??
        speakerAfterCue(context, cue, document.tokenIndexAt(outerStart(quote)), 'named')
      );
    case 'before-phrase':
      return speakerAfterCue(context, cue, document.tokenIndexAt(outerStart(quote)));
    case 'between': {
      // `“…,” she said, “…”`: a name or pronoun before the verb, else after it.
      const from = document.tokenIndexAt(quote.parts[0]!.close?.end ?? quote.parts[0]!.end);
      const between = cue.tokenStart > from ? speakerBetween(context, from, cue) : undefined;
      const nextPart = quote.parts[1];
      // `X told Y that “…,” adding, “…”`: a participle with no subject of its own hangs on the sentence's subject.
      if (!between && tokens[cue.tokenStart]!.lower.endsWith('ing')) {
        const subject = mainSubject(context, cue.tokenStart);
        if (subject) return subject;
      }
      return between ?? speakerAfterCue(context, cue, document.tokenIndexAt(nextPart?.open?.start ?? nextPart?.start ?? quote.parts[0]!.end));
    }
    case 'inside':
      return speakerBeforeCue(context, { ...cue, tokenStart: document.tokenIndexAt(outerStart(quote)) }, clauseFloor(context, outerStart(quote), previous));
  }
}

/** `Stoltenberg was not far behind: “…”`: the subject of the clause before the colon. */
export function speakerBeforeColon(context: AttributionContext, quote: QuoteDraft, previous: QuoteDraft | undefined): Speaker | undefined {
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
export function speakerFromOpinion(context: AttributionContext, quote: QuoteDraft): Speaker | undefined {
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

/** The person or body a sentence is about: its first mention that can be a subject. */
export function sentenceSubject(context: AttributionContext, sentenceIndex: number): Speaker | undefined {
  const sentence = context.document.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const candidates = mentionsIn(context, sentence.start, sentence.end).filter((mention) => canBeSubject(context.document, mention));
  const chosen = lastOfRank(context, candidates);
  return chosen ? speakerFromMention(context, chosen, 0.5) : undefined;
}

/** The speaker of a sentence that reports without quoting (`Phil Musser says.`), if it is one. */
export function reportingSentenceSpeaker(context: AttributionContext, sentenceIndex: number, quote: QuoteDraft): Speaker | undefined {
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
