import type { Document } from '../text/types.js';
import { wordCount } from './count-words.js';
import { CHARACTERISATION_VERBS } from './data/reporting-verbs.js';
import {
  mainSubject,
  reportingSentenceSpeaker,
  sentenceSubject,
  speakerBeforeColon,
  speakerForCue,
  speakerFromOpinion,
} from './find-speaker.js';
import { outerEnd, outerStart, quoteEnd, quoteStart, type QuoteDraft } from './quote-draft.js';
import { reportingLemma } from './reporting-verbs.js';
import { tokenBefore, type AttributionContext } from './speaker-mentions.js';
import type { Speaker } from './types.js';

// A sentence ends between two quotes (`… he said. “Next”`): they share no cue.
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

/** Whether a quote opens its sentence (`… Trump said. “Second sentence.”`). */
function opensSentence(document: Document, quote: QuoteDraft): boolean {
  const start = outerStart(quote);
  let before = tokenBefore(document, start);
  if (!before) return true;
  const paragraph = document.paragraphs[quote.paragraph];
  if (paragraph && paragraph.start === start) return true;
  // `… on NBC's “Meet the Press.” “…”`: the full stop inside the closing mark ends the sentence.
  if (before.norm === '"' && /[.!?]$/u.test(document.tokens[before.index - 1]?.norm ?? '')) before = document.tokens[before.index - 1]!;
  return before.kind === 'punctuation' && /^[.!?:]$/u.test(before.norm);
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
    const at = document.tokenIndexAt(outerStart(quote));
    const short = wordCount(document, quoteStart(quote), quoteEnd(quote)) <= SUBJECT_QUOTE_MIN_WORDS;
    if (short && !characterisedBefore(document, at)) continue;
    const subject = mainSubject(context, at);
    // A short quote's words are a person's own only when a known person does the characterising.
    if (short && subject?.kind !== 'person') continue;
    if (subject) setSpeaker(quote, { ...subject, confidence: 0.4 }, 'subject');
  }
}

/** How far before a short quote a characterisation verb may stand ("called the new rules “…”"). */
const CHARACTERISATION_REACH = 6;

/** A characterisation verb ("called", "described … as") among the few words before token `k`, in its sentence. */
function characterisedBefore(document: Document, k: number): boolean {
  const sentence = document.tokens[k]?.sentence;
  for (let m = k - 1, words = 0; m >= 0 && words < CHARACTERISATION_REACH; m--) {
    const token = document.tokens[m]!;
    if (token.sentence !== sentence) return false;
    if (token.kind !== 'word') continue;
    if (CHARACTERISATION_VERBS.has(token.lower)) return true;
    words++;
  }
  return false;
}

// Quotes up to this many words without a cue are scare quotes and get no speaker from their
// sentence, unless a characterisation verb introduces them.
const SUBJECT_QUOTE_MIN_WORDS = 5;

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
