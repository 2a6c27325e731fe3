import { SUGGESTION_SUFFIXES } from '../data/affixes.js';
import { damerauDistance } from './edit-distance.js';
import { englishDictionary, frequencyRank, isEnglishWord, isListedWord } from './english-dictionary.js';
import { WordCache } from '../../text/word-cache.js';

/** What besides the dictionary can vouch for a candidate. */
export interface SuggestionContext {
  /** Lower-cased words of the other report: a translation of the same event reuses its words. */
  readonly otherVocabulary?: ReadonlySet<string>;
  /**
   * The prefix the word is attached to by a hyphen (`de` in "de-exclusation"): candidates
   * that the dictionary says take this prefix ("escalation" → "deescalation") come first.
   */
  readonly prefix?: string;
}

/** A suggestion with what it rests on. */
export interface Candidate {
  readonly word: string;
  /** Ranking cost: lower is better. */
  readonly cost: number;
  /** Damerau edit distance from the word. */
  readonly distance: number;
  /** Whether the prefix's word family or the other report vouches for it. */
  readonly vouched: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Rank of a word in the frequency list (0 = most frequent), or undefined. */
function rankOf(word: string): number | undefined {
  return frequencyRank(word);
}

/** Forms grouped by first letter, built one letter at a time on first need. */
const formsByLetter = new Map<string, readonly string[]>();
function formsStartingWith(letter: string): readonly string[] {
  const cached = formsByLetter.get(letter);
  if (cached) return cached;
  const dictionary = englishDictionary();
  const prefixFlags = dictionary.prefixes.filter((rule) => rule.add.startsWith(letter)).map((rule) => rule.flag);
  const forms = new Set<string>();
  // A form starting with the letter comes from a stem starting with it, or from a stem
  // taking a prefix that starts with it ("un" + "able").
  const stems = new Set([...dictionary.stems.startingWith(letter), ...(prefixFlags.length > 0 ? dictionary.stems.withAnyFlag(prefixFlags) : [])]);
  for (const stem of stems) {
    for (const form of dictionary.forms(stem)) if (form.startsWith(letter)) forms.add(form);
  }
  const result = [...forms];
  formsByLetter.set(letter, result);
  return result;
}

/**
 * Stems the dictionary lets a prefix attach to ("escalation" for `de`, because it lists
 * "deescalation"), found on first need. Empty for prefixes the dictionary has no rule for
 * (`non`, `anti`, …), which attach to almost anything.
 */
const stemsByPrefix = new Map<string, readonly string[]>();
function prefixStems(prefix: string): readonly string[] {
  const cached = stemsByPrefix.get(prefix);
  if (cached) return cached;
  const dictionary = englishDictionary();
  const flags = dictionary.prefixes.filter((rule) => rule.add === prefix && rule.strip === '').map((rule) => rule.flag);
  const stems = flags.length > 0 ? dictionary.stems.withAnyFlag(flags) : [];
  stemsByPrefix.set(prefix, stems);
  return stems;
}

/**
 * The forms of the prefix's stems (without the prefix) whose length is within `bound` of
 * `length`. Suffixes add at most a few letters, so stems far shorter or longer are skipped
 * before their forms are built.
 */
function prefixFamily(prefix: string, length: number, bound: number): string[] {
  const dictionary = englishDictionary();
  const family = new Set<string>();
  for (const stem of prefixStems(prefix)) {
    if (stem.length > length + bound || stem.length < length - bound - 6) continue;
    for (const form of dictionary.forms(stem, false)) if (Math.abs(form.length - length) <= bound) family.add(form);
  }
  return [...family];
}

/** How far a candidate may be from the word: longer words tolerate more garbling. */
function distanceBound(length: number): number {
  if (length <= 4) return 1;
  if (length <= 7) return 2;
  return 3;
}

function sharedSuffixLength(a: string, b: string): number {
  for (const suffix of SUGGESTION_SUFFIXES) if (a.endsWith(suffix) && b.endsWith(suffix)) return suffix.length;
  return 0;
}

/**
 * Scores a candidate (lower is better): edit distance, lowered when the candidate shares a
 * derivational suffix with the word, occurs in the other report, or is a frequent word.
 */
function costOf(word: string, candidate: string, distance: number, context: SuggestionContext): number {
  let cost = distance;
  if (context.otherVocabulary?.has(candidate)) cost -= 1.5;
  if (sharedSuffixLength(word, candidate) >= 3) cost -= 0.4;
  if (candidate.charAt(0) === word.charAt(0)) cost -= 0.2;
  const rank = rankOf(candidate);
  if (rank !== undefined) cost -= 0.5 * (1 - rank / 12_000);
  return cost;
}

function editsOne(word: string): string[] {
  const edits: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.push(head + tail.slice(1));
    if (tail.length > 1) edits.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) edits.push(head + letter + tail.slice(1));
      edits.push(head + letter + tail);
    }
  }
  return edits;
}

/**
 * Suggestions for a lower-cased non-word, best first. Candidates come from single edits,
 * from dictionary forms that share the first letter (scanned with a bounded edit distance,
 * so cost stays proportional to one letter's share of the vocabulary), from the other
 * report's vocabulary, and from the prefix's word family when there is a prefix.
 */
export function suggest(word: string, context: SuggestionContext = {}, limit = 5): string[] {
  return rankedCandidates(word, context, limit).map((candidate) => candidate.word);
}

/** A dictionary word near the non-word, before the context scores it. */
interface Near {
  readonly word: string;
  readonly distance: number;
}

/**
 * What the dictionary offers for a word: the prefix's word family when it has members
 * (`family`), else single edits, split words and same-letter forms. It depends on the
 * word and prefix only, so it is cached per process; the other report's vocabulary, new
 * with every comparison, is applied afterwards by {@link rankedCandidates}.
 */
interface DictionaryOffer {
  readonly family: boolean;
  readonly near: readonly Near[];
}

const offerCache = new WordCache<DictionaryOffer>(20_000);

/** Like {@link suggest}, with each candidate's distance and backing. */
export function rankedCandidates(word: string, context: SuggestionContext = {}, limit = 5): Candidate[] {
  if (word.length < 2 || word.length > 40) return [];
  const key = `${context.prefix ?? ''}|${word}`;
  let offer = offerCache.peek(key);
  if (!offer) {
    offer = dictionaryOffer(word, context.prefix);
    offerCache.remember(key, offer);
  }
  if (offer.family) {
    const family = new Map<string, Candidate>();
    for (const { word: member, distance } of offer.near) {
      family.set(member, { word: member, cost: costOf(word, member, distance, context), distance, vouched: true });
    }
    return ranked(family, limit);
  }

  const candidates = new Map<string, Candidate>();
  const consider = (candidate: string, distance: number): void => {
    const cost = costOf(word, candidate, distance, context);
    const existing = candidates.get(candidate);
    const vouched = context.otherVocabulary?.has(candidate) ?? false;
    if (!existing || existing.cost > cost) candidates.set(candidate, { word: candidate, cost, distance, vouched });
  };
  for (const { word: candidate, distance } of offer.near) consider(candidate, distance);
  if (context.otherVocabulary) {
    const otherBound = Math.max(distanceBound(word.length), Math.floor(word.length * 0.4));
    for (const other of context.otherVocabulary) {
      if (Math.abs(other.length - word.length) > otherBound || !isEnglishWord(other)) continue;
      const distance = damerauDistance(word, other, otherBound);
      if (distance <= otherBound) consider(other, distance);
    }
  }
  return ranked(candidates, limit);
}

function dictionaryOffer(word: string, prefix: string | undefined): DictionaryOffer {
  const bound = distanceBound(word.length);
  if (prefix) {
    // A prefix the dictionary has rules for only attaches to its own word family, so a
    // candidate outside it would make another non-word ("de-exclamation"). The family is
    // small, so a wider net stays precise: "exclusation" is four edits from "escalation".
    const familyBound = Math.max(bound, Math.floor(word.length * 0.4));
    const family: Near[] = [];
    for (const member of prefixFamily(prefix, word.length, familyBound)) {
      const distance = damerauDistance(word, member, familyBound);
      if (distance <= familyBound) family.push({ word: member, distance });
    }
    if (family.length > 0) return { family: true, near: family };
  }

  // Several routes can reach one word; the context's cost is monotone in the distance, so
  // the shortest distance is the one that can win.
  const near = new Map<string, number>();
  const offer = (candidate: string, distance: number): void => {
    const known = near.get(candidate);
    if (known === undefined || distance < known) near.set(candidate, distance);
  };
  for (const edit of editsOne(word)) if (isListedWord(edit)) offer(edit, 1);
  // Two words run together ("alot"), each part a real word of two letters or more.
  for (let i = 2; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (rankOf(left) !== undefined && rankOf(right) !== undefined) offer(`${left} ${right}`, 1.2);
  }
  const first = word.charAt(0);
  if (LETTERS.includes(first)) {
    for (const form of formsStartingWith(first)) {
      if (Math.abs(form.length - word.length) > bound) continue;
      const distance = damerauDistance(word, form, bound);
      if (distance <= bound) offer(form, distance);
    }
  }
  return { family: false, near: [...near].map(([candidate, distance]) => ({ word: candidate, distance })) };
}

function ranked(candidates: ReadonlyMap<string, Candidate>, limit: number): Candidate[] {
  return [...candidates.values()].sort((x, y) => x.cost - y.cost || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0)).slice(0, limit);
}
