/**
 * The naive peer: what a competent afternoon's work with the same packages gives. Every
 * figure in the table is shown beside it, so corroborate's numbers can be read against a
 * baseline rather than in a vacuum. Deterministic: no randomness, no clocks, no I/O order.
 *
 * - quotes: regex-paired “…”, "…" and «…»; speaker = nearest capitalised bigram outside quotes
 * - relate: string-similarity ≥ 0.5 → equivalent
 * - sentences: regex split, each A sentence to its best B sentence if similarity ≥ 0.5
 * - artefacts: nspell (dictionary-en) non-words, skipping capitalised words and words with
 *   digits, plus adjacent repeated words ("the the")
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import stringSimilarity from 'string-similarity';
import type { Relation } from '../../src/report/types.js';
import type { EvalArtefact, EvalQuote, EvalReport, EvalSentenceMatch, EvalSource, EvalSpan, EvalSystem } from './systems/types.js';

export const PEER_SIMILARITY_THRESHOLD = 0.5;

const require = createRequire(import.meta.url);

interface Speller {
  correct(word: string): boolean;
}

let speller: Speller | undefined;

/**
 * dictionary-en is ESM with top-level await, so its files are read directly; nspell is
 * CommonJS without types, hence the local interface.
 */
function loadSpeller(): Speller {
  if (speller) return speller;
  const folder = dirname(require.resolve('dictionary-en'));
  const nspell = require('nspell') as (dictionary: { aff: Buffer; dic: Buffer }) => Speller;
  speller = nspell({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) });
  return speller;
}

interface WordToken extends EvalSpan {
  readonly text: string;
}

// Letters and digits, optionally joined by one apostrophe or hyphen: "don't", "well-known".
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

// Each alternative excludes its own closing mark, so matching is linear.
const QUOTE_PAIR = /“([^“”\n]*)”|"([^"\n]*)"|«([^«»\n]*)»/gu;

interface PeerQuoteSpan extends EvalSpan {
  /** Including the marks. */
  readonly outer: EvalSpan;
}

export function pairedQuotes(text: string): PeerQuoteSpan[] {
  const spans: PeerQuoteSpan[] = [];
  for (const match of text.matchAll(QUOTE_PAIR)) {
    const outer = { start: match.index, end: match.index + match[0].length };
    let start = outer.start + 1;
    let end = outer.end - 1;
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    if (start < end) spans.push({ start, end, text: text.slice(start, end), outer });
  }
  return spans;
}

/** Two consecutive capitalised words on one line, not inside a quotation. */
export function capitalisedBigrams(text: string, quotes: readonly PeerQuoteSpan[]): WordToken[] {
  const tokens = words(text);
  const bigrams: WordToken[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const first = tokens[index];
    const second = tokens[index + 1];
    if (!first || !second || !isCapitalised(first.text) || !isCapitalised(second.text)) continue;
    if (!/^[^\S\n]+$/u.test(text.slice(first.end, second.start))) continue;
    const span = { start: first.start, end: second.end };
    if (quotes.some((quote) => span.start < quote.outer.end && quote.outer.start < span.end)) continue;
    bigrams.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return bigrams;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function distance(quote: PeerQuoteSpan, span: EvalSpan): number {
  if (span.end <= quote.outer.start) return quote.outer.start - span.end;
  return span.start - quote.outer.end;
}

export function extractPeerQuotes(source: EvalSource): EvalQuote[] {
  const quotes = pairedQuotes(source.text);
  const bigrams = capitalisedBigrams(source.text, quotes);
  return quotes.map((quote, index) => {
    let nearest: WordToken | undefined;
    for (const bigram of bigrams) {
      // Strictly closer wins, so on a tie the earlier bigram (usually the cue's subject) stays.
      if (!nearest || distance(quote, bigram) < distance(quote, nearest)) nearest = bigram;
    }
    return {
      id: `${source.id}:q${index + 1}`,
      sourceId: source.id,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: nearest ? { name: nearest.text, mention: { start: nearest.start, end: nearest.end, text: nearest.text } } : null,
    };
  });
}

const spellingCache = new Map<string, boolean>();

function isKnownWord(word: string): boolean {
  const cached = spellingCache.get(word);
  if (cached !== undefined) return cached;
  const spell = loadSpeller();
  const known = spell.correct(word) || (word.includes('-') && word.split('-').every((part) => part === '' || spell.correct(part)));
  spellingCache.set(word, known);
  return known;
}

export function detectPeerArtefacts(source: EvalSource): EvalArtefact[] {
  const text = source.text;
  const flags: EvalArtefact[] = [];
  const tokens = words(text);
  for (const [index, token] of tokens.entries()) {
    if (!/\p{N}/u.test(token.text) && !isCapitalised(token.text) && !isKnownWord(token.text.replace(/’/gu, "'"))) {
      flags.push({ sourceId: source.id, start: token.start, end: token.end, text: token.text, severity: 'warning' });
    }
    const previous = index > 0 ? tokens[index - 1] : undefined;
    if (previous && previous.text.toLowerCase() === token.text.toLowerCase() && /^\s+$/u.test(text.slice(previous.end, token.start))) {
      flags.push({ sourceId: source.id, start: previous.start, end: token.end, text: text.slice(previous.start, token.end), severity: 'warning' });
    }
  }
  return flags;
}

const SENTENCE_END = /[.!?]+["”’)]*\s+/gu;

/** Lines split further after `.`, `!` or `?` followed by space; abbreviations split too. */
export function splitSentences(text: string): WordToken[] {
  const sentences: WordToken[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    if (start < end) sentences.push({ start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      push(lineStart + start, lineStart + match.index + match[0].length);
      start = match.index + match[0].length;
    }
    push(lineStart + start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

function bestMatch(main: string, targets: readonly string[]): number {
  if (targets.length === 0) return -1;
  const { bestMatch: best, bestMatchIndex } = stringSimilarity.findBestMatch(main, [...targets]);
  return best.rating >= PEER_SIMILARITY_THRESHOLD ? bestMatchIndex : -1;
}

export function relatePeer(first: string, second: string): Relation {
  if (first === second) return 'identical';
  return stringSimilarity.compareTwoStrings(first, second) >= PEER_SIMILARITY_THRESHOLD ? 'equivalent' : 'unrelated';
}

export function comparePeer(a: EvalSource, b: EvalSource): EvalReport {
  const quotesA = extractPeerQuotes(a);
  const quotesB = extractPeerQuotes(b);
  const quoteMatches: [string, string][] = [];
  const quoteTextsB = quotesB.map((quote) => quote.text ?? '');
  for (const quote of quotesA) {
    const index = bestMatch(quote.text ?? '', quoteTextsB);
    const match = quotesB[index];
    if (match) quoteMatches.push([quote.id, match.id]);
  }
  const sentencesA = splitSentences(a.text);
  const sentencesB = splitSentences(b.text);
  const sentenceTextsB = sentencesB.map((sentence) => sentence.text);
  const sentenceMatches: EvalSentenceMatch[] = [];
  for (const sentence of sentencesA) {
    const match = sentencesB[bestMatch(sentence.text, sentenceTextsB)];
    if (match) sentenceMatches.push({ a: sentence, b: match });
  }
  return {
    quotes: [...quotesA, ...quotesB],
    quoteMatches,
    sentenceMatches,
    artefacts: [...detectPeerArtefacts(a), ...detectPeerArtefacts(b)],
  };
}

export function createNaivePeer(): EvalSystem {
  return {
    name: 'naive peer',
    relate: async (first, second) => relatePeer(first, second),
    extractQuotes: async (source) => extractPeerQuotes(source),
    detectArtefacts: async (source) => detectPeerArtefacts(source),
    compare: async (a, b) => comparePeer(a, b),
    exportFor: { relate: 'relate', extractQuotes: 'extractQuotes', detectArtefacts: 'detectArtefacts', compare: 'compare' },
  };
}
