import { SOURCE_LANGUAGES, type SourceLanguage } from '../../options.js';
import type { Document, Token } from '../../text/types.js';
import { NAME_PARTICLES } from '../data/function-words.js';
import { FOREIGN_SCRIPTS } from '../data/scripts.js';
import { LANGUAGE_NAMES } from '../data/languages.js';
import { isCommonEnglishWord, isEnglishWord } from '../lexicon/english-dictionary.js';
import { findLexiconPhrases } from '../lexicon/false-friends.js';
import type { ArtefactDraft, ArtefactRule, RuleContext, RuleMeta } from '../rule.js';
import { isForeignFunctionWord, isSourceFunctionWord } from '../source-language.js';
import { isAllCaps } from '../text/word-shape.js';
import { tokensInBorrowedPhrases } from '../text/borrowed.js';
import { opensClause } from '../text/clause.js';
import { tokensInMachineStrings } from '../text/unspaced-chunks.js';
import { isUntranslatedName } from './false-friend.js';

export const UNTRANSLATED_FUNCTION_WORDS: RuleMeta = {
  id: 'untranslated/function-word',
  family: 'untranslated',
  severity: 'warning',
  description:
    'Source-language function words left in the English ("the summit della NATO"). Words that are also English ("come", "con", "die", "son") and name particles ("de Gaulle", "Los Angeles") count only next to an unmistakable one.',
  example: { text: 'The ministers said che the talks would continue.', finding: 'untranslated/function-word "che"' },
};

export const UNTRANSLATED_SCRIPT: RuleMeta = {
  id: 'untranslated/script',
  family: 'untranslated',
  severity: 'warning',
  description: 'A run of another writing system in English text (Chinese, Cyrillic, Arabic, Greek, Hebrew, Thai, …): one finding per run.',
  example: { text: 'the blogger 芳芳一人食 posted a video', finding: 'untranslated/script "芳芳一人食"' },
};

export const UNTRANSLATED_WORD: RuleMeta = {
  id: 'untranslated/word',
  family: 'untranslated',
  severity: 'warning',
  description:
    'A source-language name the lexicon knows, left untranslated ("Mosca" for Moscow, "Bruxelles" for Brussels). Warning when `sourceLanguage` names its language, info otherwise.',
  example: { text: 'talks in Bruxelles and Mosca', finding: 'untranslated/word "Mosca" → Moscow (with sourceLanguage: "it")' },
};

const FOREIGN_SCRIPT = new RegExp(`[${[...FOREIGN_SCRIPTS.keys()].map((name) => `\\p{Script=${name}}`).join('')}]`, 'u');
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

function isForeignScriptToken(token: Token): boolean {
  // Latin, digits and punctuation sit below U+0370 (Greek): skip the script test for them.
  const text = token.text;
  let beyondLatin = false;
  for (let i = 0; i < text.length && !beyondLatin; i++) beyondLatin = text.charCodeAt(i) >= 0x370;
  return beyondLatin && FOREIGN_SCRIPT.test(text);
}

/** Runs of foreign-script tokens with nothing Latin between them: one finding each. */
function findScriptRuns(document: Document): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const { tokens, text } = document;
  let k = 0;
  while (k < tokens.length) {
    if (!isForeignScriptToken(tokens[k]!)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < tokens.length) {
      const next = tokens[end]!;
      if (isForeignScriptToken(next)) {
        const gap = text.slice(tokens[end - 1]!.end, next.start);
        if (LATIN_OR_DIGIT.test(gap) || gap.includes('\n')) break;
        end++;
        continue;
      }
      // Punctuation inside the run ("芳芳，一人食") joins it when foreign script follows.
      const after = tokens[end + 1];
      if (next.kind === 'punctuation' && after && isForeignScriptToken(after) && !text.slice(tokens[end - 1]!.end, after.start).includes('\n')) {
        end += 2;
        continue;
      }
      break;
    }
    const first = tokens[k]!;
    const last = tokens[end - 1]!;
    const span = text.slice(first.start, last.end);
    // A lone Greek letter is a symbol (α, β, Δ), not untranslated text.
    if (!(end - k === 1 && [...span].length === 1 && /\p{Script=Greek}/u.test(span))) {
      drafts.push({
        ruleId: UNTRANSLATED_SCRIPT.id,
        family: 'untranslated',
        start: first.start,
        end: last.end,
        expected: [],
        message: `"${span}" is written in another script and was left untranslated.`,
        severity: 'warning',
        confidence: 0.9,
      });
    }
    k = end;
  }
  return drafts;
}

/** How a token counts towards a run of untranslated words. */
type Standing = 'strong' | 'weak' | 'none';

const NONE: { standing: Standing; languages: SourceLanguage[] } = { standing: 'none', languages: [] };

function standing(document: Document, token: Token, skip: Uint8Array): { standing: Standing; languages: SourceLanguage[] } {
  if (token.kind !== 'word' || skip[token.index]) return NONE;
  const lower = token.lower;
  // The common case: an English word no source language lists.
  if (!isSourceFunctionWord(lower) && isEnglishWord(lower)) return NONE;
  if (isAllCaps(token.norm)) return NONE;
  // Names are the entity rules' business: "Monique Dalle", "Der Spiegel".
  if (/^\p{Lu}/u.test(token.norm) && !opensClause(document, token.index)) return { standing: 'none', languages: [] };
  if (NAME_PARTICLES.has(lower)) return { standing: 'weak', languages: [] };
  const languages = SOURCE_LANGUAGES.filter((language) => isForeignFunctionWord(lower, language));
  if (languages.length > 0) return { standing: 'strong', languages };
  // "per", "con", "come": function words English shares count inside a run only.
  if (isSourceFunctionWord(lower)) return { standing: 'weak', languages: [] };
  // A lower-case word no English dictionary knows may be a foreign content word in the run.
  if (/^\p{Ll}+$/u.test(token.norm) && !isEnglishWord(lower)) return { standing: 'weak', languages: [] };
  return { standing: 'none', languages: [] };
}

function isEdgeEnglish(token: Token, skip: Uint8Array, document: Document): boolean {
  return standing(document, token, skip).standing !== 'strong' && isCommonEnglishWord(token.lower);
}

function findFunctionWordRuns(context: RuleContext): ArtefactDraft[] {
  const { document } = context;
  const { tokens, text } = document;
  const skip = tokensInMachineStrings(document);
  const borrowed = tokensInBorrowedPhrases(document);
  for (let k = 0; k < borrowed.length; k++) if (borrowed[k]) skip[k] = 1;
  const drafts: ArtefactDraft[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = standing(document, tokens[k]!, skip);
    if (first.standing === 'none') {
      k++;
      continue;
    }
    let end = k + 1;
    const votes = new Map<SourceLanguage, number>();
    const count = (languages: readonly SourceLanguage[]): void => {
      for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
    };
    count(first.languages);
    let strong = first.standing === 'strong' ? 1 : 0;
    while (end < tokens.length) {
      const next = tokens[end]!;
      const gap = text.slice(tokens[end - 1]!.end, next.start);
      if (gap.trim() !== '' && gap !== "'") break;
      const info = standing(document, next, skip);
      if (info.standing === 'none') break;
      if (info.standing === 'strong') strong++;
      count(info.languages);
      end++;
    }
    let start = k;
    k = end;
    if (strong === 0) continue;
    // Shared words at the edges ("as", "a") belong to the English around the run.
    while (start < end - 1 && isEdgeEnglish(tokens[start]!, skip, document)) start++;
    while (end - 1 > start && isEdgeEnglish(tokens[end - 1]!, skip, document)) end--;
    const after = tokens[end];
    const last = tokens[end - 1]!;
    // "della Francesca", "von der Leyen": particles before a capitalised name.
    if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.norm) && !text.slice(last.end, after.start).trim()) {
      if (end - start === strong && strong === 1) continue;
    }
    // A lone capitalised word opening a sentence is more likely a name or a fragment.
    if (end - start === 1 && /^\p{Lu}/u.test(tokens[start]!.norm)) continue;
    const language = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    const span = text.slice(tokens[start]!.start, last.end);
    const multiple = end - start >= 2;
    drafts.push({
      ruleId: UNTRANSLATED_FUNCTION_WORDS.id,
      family: 'untranslated',
      start: tokens[start]!.start,
      end: last.end,
      expected: [],
      message: `"${span}" looks like untranslated ${language ? LANGUAGE_NAMES[language] : 'source-language'} text.`,
      severity: 'warning',
      confidence: multiple ? 0.85 : 0.6,
    });
  }
  return drafts;
}

function findUntranslatedNames(context: RuleContext): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const seen = new Set<number>();
  for (const match of findLexiconPhrases(context.document)) {
    if (!isUntranslatedName(match) || seen.has(match.start)) continue;
    seen.add(match.start);
    const { entry, language } = match.value;
    const own = context.sourceLanguage === language;
    const text = context.document.text.slice(match.start, match.end);
    drafts.push({
      ruleId: UNTRANSLATED_WORD.id,
      family: 'untranslated',
      start: match.start,
      end: match.end,
      expected: entry.meant,
      message: `"${text}" is the ${LANGUAGE_NAMES[language]} name, left untranslated${entry.meant[0] ? `; English uses "${entry.meant[0]}"` : ''}.`,
      severity: own ? 'warning' : 'info',
      confidence: own ? 0.85 : 0.6,
    });
  }
  return drafts;
}

export const untranslatedRule: ArtefactRule = {
  meta: [UNTRANSLATED_FUNCTION_WORDS, UNTRANSLATED_SCRIPT, UNTRANSLATED_WORD],
  detect(context, enabled) {
    return [
      ...(enabled(UNTRANSLATED_FUNCTION_WORDS.id) ? findFunctionWordRuns(context) : []),
      ...(enabled(UNTRANSLATED_SCRIPT.id) ? findScriptRuns(context.document) : []),
      ...(enabled(UNTRANSLATED_WORD.id) ? findUntranslatedNames(context) : []),
    ];
  },
};
