import type { Severity } from '../../options.js';
import type { ArtefactFamily } from '../types.js';
import { LANGUAGE_NAMES } from '../data/languages.js';
import { NUMBER_WORDS } from '../data/number-words.js';
import { isEnglishWord } from '../lexicon/english-dictionary.js';
import { findLexiconPhrases, hasContext, type LexiconEntry } from '../lexicon/false-friends.js';
import type { ArtefactDraft, ArtefactRule, RuleContext, RuleMeta } from '../rule.js';
import type { PhraseMatch } from '../text/phrase-matcher.js';
import { stem as stemWord } from '../../text/stem.js';
import type { Token } from '../../text/types.js';

export const FALSE_FRIEND: RuleMeta = {
  id: 'false-friend',
  family: 'false-friend',
  severity: 'warning',
  description:
    'An English word chosen for its likeness to a source-language word that means something else (Italian "confronto" → "confrontation" for a discussion). Warning when `sourceLanguage` names the lexicon\'s language, info otherwise; entries that are ordinary English elsewhere need the language and a context word.',
  example: { text: 'The frankness of the confrontation also made room for threats.', finding: 'false-friend "confrontation" → comparison (with sourceLanguage: "it")' },
};

export const CALQUE: RuleMeta = {
  id: 'calque',
  family: 'calque',
  severity: 'warning',
  description: 'A phrase translated word for word ("doing the possible" for Italian "facendo il possibile"), with the idiomatic English.',
  example: { text: 'we are doing the possible to avoid it', finding: 'calque "doing the possible" → do everything possible' },
};

export const EXONYM: RuleMeta = {
  id: 'exonym',
  family: 'false-friend',
  severity: 'warning',
  description:
    'A place or institution under its source-language or outdated name where English uses another ("Moldavia" for Moldova). Family `false-friend`: like a false friend, it is a real English word used for the wrong referent. Names left wholly untranslated ("Mosca") are `untranslated/word`.',
  example: { text: 'Russian troops are still stationed in Transnistria, in eastern Moldavia.', finding: 'exonym "Moldavia" → Moldova (with sourceLanguage: "it")' },
};

const RULE_OF_KIND = { 'false-friend': FALSE_FRIEND, calque: CALQUE, exonym: EXONYM } as const;

/** An exonym that is no English word at all ("Mosca") is an untranslated word, not an exonym. */
export function isUntranslatedName(match: PhraseMatch<LexiconEntry>): boolean {
  const { entry } = match.value;
  return entry.kind === 'exonym' && !entry.english.includes(' ') && !isEnglishWord(entry.english);
}

/**
 * Picks, among the entries matching one span, the one to report and its severity:
 * the source language's own entry at `warning` (at `info` when it is ordinary English
 * elsewhere and has no context words to confirm it); another language's at `info`;
 * ambiguous entries only with a language given, and their context words present.
 */
/**
 * How many words either side of an ambiguous entry its context word must stand. A word
 * anywhere in the sentence let ordinary English through ("a heated argument with
 * Keyworth, who attacked …" for "discussione"); the translation sense shows in a
 * collocation ("the firms collected", "shares and actions"), not across a long sentence.
 * @see FalseFriendEntry.contextWindow for entries that need another width.
 */
const CONTEXT_WINDOW = 6;

/**
 * Marks that end the window: what follows a colon, semicolon, dash or bracket is another
 * clause ("the mayor intervened: if Sanders would debate …").
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([':', ';', '—', '–', '(', ')']);

const contextWords = new WeakMap<LexiconEntry['entry'], ReadonlyMap<string, readonly string[]>>();

/** The entry's context words by stem, computed once per entry. */
function contextKeys(entry: LexiconEntry['entry']): ReadonlyMap<string, readonly string[]> {
  let keys = contextWords.get(entry);
  if (!keys) {
    const byStem = new Map<string, string[]>();
    for (const word of entry.contextAny ?? []) {
      const key = stemWord(word);
      byStem.set(key, [...(byStem.get(key) ?? []), word]);
    }
    contextWords.set(entry, (keys = byStem));
  }
  return keys;
}

/**
 * Whether a token is a context word or an inflection that extends it or that it extends
 * ("frankness" for "frank", "judge" for "judges"). A shared stem alone is not enough: it
 * lets "defended" stand for "defendant", "defensive" for "defence", "filing" for "filed".
 */
function isContextWord(token: Token, keys: ReadonlyMap<string, readonly string[]>): boolean {
  const words = keys.get(token.stem);
  return words !== undefined && words.some((word) => token.lower.startsWith(word) || word.startsWith(token.lower));
}

/**
 * Whether a context word of an entry stands within its window of the match, in the same
 * sentence, outside the match itself. Entries without context words always pass.
 */
export function hasNearContext(document: RuleContext['document'], match: PhraseMatch<LexiconEntry>): boolean {
  const { entry } = match.value;
  if (!entry.contextAny || entry.contextAny.length === 0) return true;
  const keys = contextKeys(entry);
  const sentence = document.tokens[match.startToken]?.sentence;
  const window = entry.contextWindow ?? CONTEXT_WINDOW;
  const near = (from: number, step: 1 | -1): boolean => {
    let words = 0;
    for (let index = from; words < window; index += step) {
      const token = document.tokens[index];
      if (!token || token.sentence !== sentence || CLAUSE_BREAKS.has(token.norm)) return false;
      if (token.kind !== 'word') continue;
      words += 1;
      if (isContextWord(token, keys)) return true;
    }
    return false;
  };
  return near(match.startToken - 1, -1) || near(match.endToken, 1);
}

function judge(matches: readonly PhraseMatch<LexiconEntry>[], context: RuleContext): { match: PhraseMatch<LexiconEntry>; severity: Severity; confidence: number } | undefined {
  const language = context.sourceLanguage;
  const usable = matches.filter((match) => hasContext(context.document, match) && hasNearContext(context.document, match) && (!match.value.entry.ambiguous || language !== undefined));
  const own = usable.find((match) => match.value.language === language);
  if (own) {
    const { entry } = own.value;
    // An everyday English word ("actually", "billion") with no context word to confirm the
    // translation sense stays a hint even when the source language is known.
    const confirmed = !entry.ambiguous || (entry.contextAny?.length ?? 0) > 0;
    return { match: own, severity: confirmed ? 'warning' : 'info', confidence: entry.ambiguous ? 0.7 : 0.85 };
  }
  const other = usable.find((match) => !match.value.entry.ambiguous) ?? usable[0];
  if (!other) return undefined;
  return { match: other, severity: 'info', confidence: other.value.entry.ambiguous ? 0.5 : 0.65 };
}

function describe(match: PhraseMatch<LexiconEntry>, text: string): string {
  const { entry, language } = match.value;
  const name = LANGUAGE_NAMES[language];
  const meant = entry.meant[0];
  switch (entry.kind) {
    case 'calque':
      return `"${text}" renders ${name} "${entry.source}" word for word${meant ? `; English says "${meant}"` : ''}.`;
    case 'exonym':
      return `"${text}" is the ${name} or outdated name${meant ? `; English uses "${meant}"` : ''}.`;
    default:
      return `"${text}" looks like ${name} "${entry.source}", which means${meant ? ` "${meant}"` : ' something else'} (${entry.note}).`;
  }
}

/** "the thirty Western allies": a phrase ending in a number word, followed by the noun it counts. */
function numberBeforeNoun(document: RuleContext['document'], match: PhraseMatch<LexiconEntry>): boolean {
  const last = document.tokens[match.endToken - 1];
  const next = document.tokens[match.endToken];
  return last !== undefined && NUMBER_WORDS.has(last.lower) && next !== undefined && next.kind === 'word' && next.sentence === last.sentence;
}

/**
 * "Corinthian Colleges", "League Championship Series": an everyday word written with a
 * capital inside a sentence is part of a name, which a translator copies rather than
 * chooses. Exonyms are names by nature and stay.
 */
function insideName(document: RuleContext['document'], match: PhraseMatch<LexiconEntry>): boolean {
  const { entry } = match.value;
  if (!entry.ambiguous || entry.kind === 'exonym') return false;
  const first = document.tokens[match.startToken];
  if (!first || first.norm.charAt(0) === first.lower.charAt(0)) return false;
  for (let index = match.startToken - 1; index >= 0; index--) {
    const token = document.tokens[index]!;
    if (token.sentence !== first.sentence) return false;
    if (token.kind === 'word') return true;
  }
  return false;
}

export const falseFriendRule: ArtefactRule = {
  meta: [FALSE_FRIEND, CALQUE, EXONYM],
  detect(context, enabled) {
    const { document } = context;
    const bySpan = new Map<string, PhraseMatch<LexiconEntry>[]>();
    for (const match of findLexiconPhrases(document)) {
      if (isUntranslatedName(match) || numberBeforeNoun(document, match) || insideName(document, match)) continue;
      const key = `${match.start}:${match.end}`;
      const list = bySpan.get(key) ?? [];
      list.push(match);
      bySpan.set(key, list);
    }
    const drafts: ArtefactDraft[] = [];
    // Longest spans first: "according to what reported" wins over "according to".
    const spans = [...bySpan.values()].sort((x, y) => y[0]!.end - y[0]!.start - (x[0]!.end - x[0]!.start) || x[0]!.start - y[0]!.start);
    const taken: { start: number; end: number }[] = [];
    for (const matches of spans) {
      const verdict = judge(matches, context);
      if (!verdict) continue;
      if (taken.some((span) => span.start <= verdict.match.start && verdict.match.end <= span.end)) continue;
      taken.push(verdict.match);
      const { match, severity, confidence } = verdict;
      const rule = RULE_OF_KIND[match.value.entry.kind];
      if (!enabled(rule.id)) continue;
      const text = document.text.slice(match.start, match.end);
      drafts.push({
        ruleId: rule.id,
        family: rule.family as ArtefactFamily,
        start: match.start,
        end: match.end,
        expected: match.value.entry.meant,
        message: describe(match, text),
        severity,
        confidence,
      });
    }
    return drafts;
  },
};
