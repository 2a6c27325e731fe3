import type { SourceLanguage } from '../../options.js';
import type { Document } from '../../text/types.js';
import { stem as stemWord } from '../../text/stem.js';
import { FALSE_FRIEND_LEXICONS, type FalseFriendEntry } from '../data/false-friends/index.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher.js';

/** One lexicon entry with the language whose lexicon holds it. */
export interface LexiconEntry {
  readonly language: SourceLanguage;
  readonly entry: FalseFriendEntry;
}

let matcher: PhraseMatcher<LexiconEntry> | undefined;

/** One matcher over every language's entries and their inflected forms, built on first use. */
function lexiconMatcher(): PhraseMatcher<LexiconEntry> {
  if (matcher) return matcher;
  const phrases: [string, LexiconEntry][] = [];
  for (const [language, entries] of Object.entries(FALSE_FRIEND_LEXICONS) as [SourceLanguage, readonly FalseFriendEntry[]][]) {
    for (const entry of entries) {
      const value = { language, entry };
      phrases.push([entry.english, value]);
      for (const form of entry.forms ?? []) phrases.push([form, value]);
    }
  }
  matcher = new PhraseMatcher(phrases);
  return matcher;
}

const matchesByDocument = new WeakMap<Document, PhraseMatch<LexiconEntry>[]>();

/** Every lexicon phrase in the document (all languages), cached per document. */
export function findLexiconPhrases(document: Document): PhraseMatch<LexiconEntry>[] {
  let matches = matchesByDocument.get(document);
  if (!matches) {
    matches = lexiconMatcher().matchAll(document);
    matchesByDocument.set(document, matches);
  }
  return matches;
}

/**
 * Whether one of the entry's context words stands in the same sentence, compared by stem
 * so that "frankness" counts for "frank". Entries without context words always pass.
 */
export function hasContext(document: Document, match: PhraseMatch<LexiconEntry>): boolean {
  const context = contextOf(match.value.entry);
  if (!context) return true;
  const first = document.tokens[match.startToken];
  if (!first) return false;
  const counts = sentenceWordCounts(document, first.sentence);
  if (!counts) return false;
  // A context word counts only outside the matched phrase itself.
  const inMatch = (key: 'lower' | 'stem', value: string): number => {
    let count = 0;
    for (let k = match.startToken; k < match.endToken; k++) if (document.tokens[k]?.[key] === value) count++;
    return count;
  };
  for (const word of context.words) if ((counts.lower.get(word) ?? 0) > inMatch('lower', word)) return true;
  for (const stem of context.stems) if ((counts.stem.get(stem) ?? 0) > inMatch('stem', stem)) return true;
  return false;
}

interface WordCounts {
  readonly lower: Map<string, number>;
  readonly stem: Map<string, number>;
}

const countsByDocument = new WeakMap<Document, Map<number, WordCounts>>();

/**
 * How often each lower-case form and stem occurs in a sentence, counted once per sentence:
 * rescanning the sentence for every phrase made one very long sentence quadratic.
 */
function sentenceWordCounts(document: Document, index: number): WordCounts | undefined {
  const sentence = document.sentences[index];
  if (!sentence) return undefined;
  let bySentence = countsByDocument.get(document);
  if (!bySentence) {
    bySentence = new Map();
    countsByDocument.set(document, bySentence);
  }
  let counts = bySentence.get(index);
  if (!counts) {
    counts = { lower: new Map(), stem: new Map() };
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const token = document.tokens[k]!;
      counts.lower.set(token.lower, (counts.lower.get(token.lower) ?? 0) + 1);
      counts.stem.set(token.stem, (counts.stem.get(token.stem) ?? 0) + 1);
    }
    bySentence.set(index, counts);
  }
  return counts;
}

const contexts = new WeakMap<FalseFriendEntry, { words: Set<string>; stems: Set<string> }>();
/** An entry's context words and their stems, computed once per entry. */
function contextOf(entry: FalseFriendEntry): { words: Set<string>; stems: Set<string> } | undefined {
  if (!entry.contextAny || entry.contextAny.length === 0) return undefined;
  let context = contexts.get(entry);
  if (!context) {
    context = { words: new Set(entry.contextAny), stems: new Set(entry.contextAny.map((word) => stemOfContextWord(word))) };
    contexts.set(entry, context);
  }
  return context;
}

/** Context words are stemmed like tokens (Porter), so both sides compare alike. */
function stemOfContextWord(word: string): string {
  return stemWord(word);
}

/**
 * Votes for the source language from unambiguous lexicon hits (phrases no native text
 * would use): one per hit, for `sourceLanguage: 'auto'`.
 */
export function lexiconLanguageVotes(document: Document): Map<SourceLanguage, number> {
  const votes = new Map<SourceLanguage, number>();
  for (const match of findLexiconPhrases(document)) {
    if (match.value.entry.ambiguous) continue;
    votes.set(match.value.language, (votes.get(match.value.language) ?? 0) + 1);
  }
  return votes;
}
