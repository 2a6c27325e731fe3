import { SOURCE_LANGUAGES } from '../../options.js';
import type { Token } from '../../text/types.js';
import { CLITICS, HYPHEN_PREFIXES } from '../data/affixes.js';
import { isEnglishWord } from '../lexicon/english-dictionary.js';
import { rankedCandidates } from '../lexicon/suggest.js';
import type { ArtefactDraft, ArtefactRule, RuleContext, RuleMeta } from '../rule.js';
import { isForeignFunctionWord } from '../source-language.js';
import { tokensInBorrowedPhrases } from '../text/borrowed.js';
import { opensClause } from '../text/clause.js';
import { tokensInMachineStrings } from '../text/unspaced-chunks.js';
import { hasInnerCapital, isAllCaps, isPlainLatinWord, startsUpper } from '../text/word-shape.js';

export const NON_WORD: RuleMeta = {
  id: 'non-word',
  family: 'non-word',
  severity: 'warning',
  description:
    'A word no English dictionary knows, such as a garbled machine-translation output. Hyphenated compounds are checked part by part; names, acronyms, numbers and web addresses are left alone.',
  example: { text: 'not enough to take steps towards de-exclusation.', finding: 'non-word "de-exclusation" → de-escalation' },
};

/** One checked stretch of a token: the whole word, or one part of a hyphenated compound. */
interface Part {
  readonly text: string;
  readonly offset: number;
}

function splitParts(word: string): Part[] {
  const parts: Part[] = [];
  let offset = 0;
  for (const text of word.split('-')) {
    parts.push({ text, offset });
    offset += text.length + 1;
  }
  return parts;
}

/** "what're" → "what", "Russia's" → "Russia": the word without an English clitic. */
function withoutClitic(word: string): string {
  const lower = word.toLowerCase();
  for (const clitic of CLITICS) {
    if (lower.endsWith(clitic) && lower.length > clitic.length) return word.slice(0, word.length - clitic.length);
  }
  return word;
}

/** Whether one part is English, or something the rule must not judge (names, acronyms…). */
function isAcceptablePart(part: string, isFirstOfSeveral: boolean, names: ReadonlySet<string>): boolean {
  if (part.length === 0) return true;
  if (!isPlainLatinWord(part)) return true;
  if (isAllCaps(part) || hasInnerCapital(part)) return true;
  const lower = part.toLowerCase();
  if (startsUpper(part) && names.has(lower)) return true;
  if (isFirstOfSeveral && HYPHEN_PREFIXES.has(lower)) return true;
  if (lower.length === 1) return true;
  const bare = withoutClitic(lower);
  return isEnglishWord(lower) || isEnglishWord(bare) || isEnglishWord(bare.replace(/'/gu, ''));
}

function matchCase(model: string, word: string): string {
  return startsUpper(model) && !startsUpper(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function hasTripledLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word.charAt(i) === word.charAt(i - 1) && word.charAt(i) === word.charAt(i - 2) && /\p{L}/u.test(word.charAt(i))) return true;
  }
  return false;
}

/** Plain lower-case ASCII letters: the common case, settled by one dictionary lookup. */
function isPlainLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return word.length > 0;
}

function checkToken(token: Token, context: RuleContext, clauseStart: boolean): ArtefactDraft | undefined {
  const word = token.norm;
  if (isPlainLowercase(word) && isEnglishWord(word)) return undefined;
  // Digits ("G7", "COVID19") mark codes and names; a leading apostrophe marks a clitic token ("'s").
  if (/\p{Nd}/u.test(word) || word.startsWith("'")) return undefined;
  // A capitalised word inside a sentence is a name, whatever the dictionary says.
  if (startsUpper(word) && !clauseStart) return undefined;
  if (isAllCaps(word) || hasInnerCapital(word)) return undefined;
  // Letters drawn out for effect ("whoooa", "yuuuge") are spelled that way on purpose.
  if (hasTripledLetter(word)) return undefined;
  const names = context.properNames();
  const parts = splitParts(word);
  // A compound on a name ("pro-Rubio", "al-Qaeda") is named, not misspelled.
  if (parts.length > 1 && parts.slice(1).some((part) => startsUpper(part.text))) return undefined;
  const bad = parts.filter((part, index) => !isAcceptablePart(part.text, index < parts.length - 1 && parts.length > 1, names));
  if (bad.length === 0) return undefined;
  const lower = word.toLowerCase();
  // A source-language word left in the text is the untranslated rule's finding.
  if (SOURCE_LANGUAGES.some((language) => isForeignFunctionWord(lower, language))) return undefined;
  // "Lyin'", "goin'": a dropped g marked by an apostrophe.
  const next = context.document.text.charAt(token.end);
  if ((next === "'" || next === '\u2019') && lower.endsWith('in') && isEnglishWord(`${lower}g`)) return undefined;
  // Both reports using the word makes it a term of the story, not a slip of one translator.
  if (context.otherVocabulary()?.has(lower)) return undefined;

  const otherVocabulary = context.otherVocabulary();
  let expected: string[] = [];
  let closeSuggestion = false;
  if (bad.length === 1) {
    const part = bad[0]!;
    const index = parts.indexOf(part);
    const prefix = index > 0 ? parts[index - 1]!.text.toLowerCase() : undefined;
    const candidates = rankedCandidates(part.text.toLowerCase(), {
      ...(otherVocabulary ? { otherVocabulary } : {}),
      ...(prefix && HYPHEN_PREFIXES.has(prefix) ? { prefix } : {}),
    });
    expected = candidates.map((candidate) => word.slice(0, part.offset) + matchCase(part.text, candidate.word) + word.slice(part.offset + part.text.length));
    const best = candidates[0];
    closeSuggestion = best !== undefined && (best.vouched || best.distance <= 2);
  }
  const repeats = context.vocabulary().has(lower) ? countOccurrences(context, lower) : 1;
  // A word used again and again is more likely a term the dictionary lacks than a slip.
  let confidence = closeSuggestion ? 0.85 : 0.6;
  if (repeats > 2) confidence -= 0.25;
  // Reported, but only as info: a capital at the start of a sentence may be an unknown
  // name; three letters or fewer are as often an abbreviation or a fragment; and a word
  // nothing English resembles is more often a rare real word than a garbled one.
  const severity = startsUpper(word) || word.length <= 3 || !closeSuggestion ? 'info' : 'warning';
  return {
    ruleId: NON_WORD.id,
    family: 'non-word',
    start: token.start,
    end: token.end,
    expected,
    message:
      expected.length > 0
        ? `"${token.text}" is not an English word; did the translation mean "${expected[0]}"?`
        : `"${token.text}" is not an English word.`,
    severity,
    confidence,
  };
}

const occurrenceCounts = new WeakMap<object, Map<string, number>>();
function countOccurrences(context: RuleContext, lower: string): number {
  let counts = occurrenceCounts.get(context.document);
  if (!counts) {
    counts = new Map();
    for (const token of context.document.tokens) if (token.kind === 'word') counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
    occurrenceCounts.set(context.document, counts);
  }
  return counts.get(lower) ?? 0;
}

export const nonWordRule: ArtefactRule = {
  meta: [NON_WORD],
  detect(context, enabled) {
    if (!enabled(NON_WORD.id)) return [];
    const { tokens } = context.document;
    const skip = tokensInMachineStrings(context.document);
    const borrowed = tokensInBorrowedPhrases(context.document);
    const drafts: ArtefactDraft[] = [];
    for (const token of tokens) {
      if (token.kind !== 'word' || skip[token.index] || borrowed[token.index]) continue;
      // "@handle" and "#tag" glued to their sign.
      const previous = tokens[token.index - 1];
      if (previous && !token.spaceBefore && (previous.text === '@' || previous.text === '#')) continue;
      const draft = checkToken(token, context, token.index === 0 || opensClause(context.document, token.index));
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};
