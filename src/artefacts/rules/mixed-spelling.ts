import type { Token } from '../../text/types.js';
import { WordCache } from '../../text/word-cache.js';
import { AMERICAN_MARKERS, CLEARLY_BRITISH_REWRITES } from '../data/american-spellings.js';
import { BRITISH_SPELLINGS } from '../data/british-spellings.js';
import { englishDictionary } from '../lexicon/english-dictionary.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../rule.js';

export const MIXED_SPELLING: RuleMeta = {
  id: 'non-word/mixed-variety',
  family: 'non-word',
  severity: 'warning',
  description:
    'A British spelling in a text that elsewhere spells American ("organised" where the text also has "organized", "neighbouring" beside "traveling"): one writer keeps one variety, a machine translation mixes them. A text wholly in British English is left alone, and so are capitalised words ("Historic Centre of Macao") and forms American writers use too ("judgement", "cancelled").',
  example: { text: 'The group organized a tour and then organised a second one.', finding: 'non-word/mixed-variety "organised" → organized' },
};

const BRITISH_REWRITES = BRITISH_SPELLINGS.filter((rewrite) => CLEARLY_BRITISH_REWRITES.has(rewrite.british));

/** The American spelling of a word the en_US dictionary lacks, when one British rewrite gives a known word. */
function findAmericanSpelling(lower: string): string | undefined {
  const known = englishDictionary();
  // Most words hold no British pattern at all, so the dictionary is asked about the word
  // itself only once one occurs.
  let unknown = false;
  for (const rewrite of BRITISH_REWRITES) {
    for (let at = lower.indexOf(rewrite.british); at >= 0; at = lower.indexOf(rewrite.british, at + 1)) {
      if (!unknown) {
        if (known.has(lower)) return undefined;
        unknown = true;
      }
      const american = lower.slice(0, at) + rewrite.american + lower.slice(at + rewrite.british.length);
      if (known.has(american)) return american;
    }
  }
  return undefined;
}

// Both depend on the word alone and run on every word of every text: cached per process.
const americanSpellings = new WordCache<string | undefined>();
const americanMarkers = new WordCache<boolean>();

function americanOf(lower: string): string | undefined {
  return americanSpellings.get(lower, findAmericanSpelling);
}

function isAmericanMarker(lower: string): boolean {
  return americanMarkers.get(lower, matchesAmericanMarker);
}

function matchesAmericanMarker(lower: string): boolean {
  return AMERICAN_MARKERS.some((marker) => marker.pattern.test(lower));
}

/**
 * Only lower-case words are judged: a capital makes a name ("Historic Centre of Macao",
 * "Labour Party") or may open a sentence with one ("Hogue said").
 */
function isLowerCase(token: Token): boolean {
  return token.norm === token.lower;
}

export const mixedSpellingRule: ArtefactRule = {
  meta: [MIXED_SPELLING],
  detect(context, enabled) {
    if (!enabled(MIXED_SPELLING.id)) return [];
    const british: { token: Token; american: string }[] = [];
    let americanEvidence: Token | undefined;
    for (const token of context.document.tokens) {
      if (token.kind !== 'word' || !/^[\p{L}-]+$/u.test(token.norm)) continue;
      const parts = token.lower.split('-');
      for (const part of parts) {
        if (part.length < 4) continue;
        if (!americanEvidence && isAmericanMarker(part)) americanEvidence = token;
        if (!isLowerCase(token)) continue;
        const american = americanOf(part);
        if (american !== undefined && parts.length === 1) british.push({ token, american });
      }
    }
    if (!americanEvidence || british.length === 0) return [];
    const evidence = { sourceId: context.document.id, start: americanEvidence.start, end: americanEvidence.end, text: americanEvidence.text };
    return british.map(({ token, american }): ArtefactDraft => ({
      ruleId: MIXED_SPELLING.id,
      family: 'non-word',
      start: token.start,
      end: token.end,
      expected: [american],
      message: `"${token.text}" is British spelling, but the text spells American elsewhere ("${americanEvidence!.text}"): the varieties are mixed.`,
      severity: 'warning',
      confidence: 0.6,
      evidence: [evidence],
    }));
  },
};
