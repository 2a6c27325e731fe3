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
  const sentence = document.sentences[first.sentence];
  if (!sentence) return false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (k >= match.startToken && k < match.endToken) continue;
    const token = document.tokens[k]!;
    if (context.words.has(token.lower) || context.stems.has(token.stem)) return true;
  }
  return false;
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
