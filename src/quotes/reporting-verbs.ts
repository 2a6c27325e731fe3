import type { Token } from '../text/types.js';
import { CUE_PHRASES, INFINITIVE_GOVERNORS, PHRASAL_CUES, REPORTING_VERBS } from './data/reporting-verbs.js';

let forms: Map<string, string> | undefined;
let nounForms: Map<string, string> | undefined;

/** Regular English inflections of a verb lemma: third person, past, -ing. */
function inflect(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/u.test(lemma)) return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/u.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** Every cue form (lower case) → its lemma; built once per process on first use. */
function reportingForms(): Map<string, string> {
  if (forms) return forms;
  forms = new Map();
  nounForms = new Map();
  for (const [lemma, verb] of REPORTING_VERBS) {
    const all = verb.forms ?? inflect(lemma);
    if (!verb.nounLike) forms.set(lemma, lemma);
    for (const form of all) {
      // A noun-like verb's -s form is usually its plural noun ("notes", "reports").
      if (verb.nounLike && (form === `${lemma}s` || form === `${lemma}es`)) nounForms.set(form, lemma);
      else forms.set(form, lemma);
    }
    if (verb.nounLike && !verb.forms) nounForms.set(`${lemma}s`, lemma);
  }
  return forms;
}

/**
 * The lemma of a noun-like verb's -s form ("notes", "states"), which is a cue only
 * where a noun cannot be: after a quote and its speaker, before punctuation ("Conway notes.").
 */
export function nounLikeLemma(lower: string): string | undefined {
  reportingForms();
  return nounForms?.get(lower);
}

/** The lemma of a reporting verb form (`"explained"` → `"explain"`), or undefined. */
export function reportingLemma(lower: string): string | undefined {
  return reportingForms().get(lower);
}

/** Length in tokens of the multi-word cue ("according to") starting at token `k`, or 0. */
export function cuePhraseAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k]?.lower;
  for (const phrase of CUE_PHRASES) {
    if (phrase[0] !== first) continue;
    let matches = true;
    for (let m = 1; m < phrase.length && matches; m++) matches = tokens[k + m]?.lower === phrase[m];
    if (matches) return phrase.length;
  }
  return 0;
}

// A base form after these is an infinitive or a modal construction ("to say", "should ask"), not a report.
const BEFORE_INFINITIVE = new Set(['to', 'will', 'would', 'should', 'shall', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'never', "n't", 'let', 'cannot']);
// A base form after these is a noun ("his reply", "a comment").
const BEFORE_NOUN = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'no', 'every', 'each', "'s"]);
// A participle after these is passive ("was reported in a …"): the subject is not the speaker.
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s"]);
const PARTICIPLES = new Set(['said', 'told', 'written', 'wrote', 'thought']);

/** The word before `k` in its sentence, past adverbs in -ly ("was widely reported"). */
function previousWord(tokens: readonly Token[], k: number): Token | undefined {
  let m = k - 1;
  while (m >= 0 && tokens[m]!.sentence === tokens[k]!.sentence) {
    const token = tokens[m]!;
    if (token.kind === 'word' && !(token.lower.endsWith('ly') && token.lower.length > 4)) return token;
    if (token.kind !== 'word') return undefined;
    m--;
  }
  return undefined;
}

/**
 * Whether the token at `k` is a reporting verb used as one: not an infinitive or modal
 * base form ("as if to say"), not a passive participle ("was reported in a …").
 */
export function isCueToken(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return false;
  // Words in capitals belong to headlines and labels ("TELLING OF THE CRISIS"), not to reports.
  if (token.norm.length > 1 && token.norm === token.norm.toUpperCase()) return false;
  const particle = PHRASAL_CUES.get(token.lower);
  if (particle !== undefined && tokens[k + 1]?.lower === particle) return true;
  const lemma = reportingLemma(token.lower);
  if (lemma === undefined) return false;
  const previous = previousWord(tokens, k);
  if (!previous) return true;
  if (token.lower === lemma && BEFORE_NOUN.has(previous.lower)) return false;
  if (token.lower === lemma && BEFORE_INFINITIVE.has(previous.lower)) {
    // "went on to say", "continued to say" still report.
    const governor = previous.lower === 'to' ? previousWord(tokens, previous.index) : undefined;
    return governor !== undefined && INFINITIVE_GOVERNORS.has(governor.lower);
  }
  const participle = token.lower.endsWith('ed') || PARTICIPLES.has(token.lower);
  return !(participle && PASSIVE_AUXILIARIES.has(previous.lower));
}

// Abbreviations whose full stop ends no clause ("Rep. Duncan Hunter", "U.S. officials").
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'prof', 'rev', 'sgt', 'capt', 'adm', 'vs', 'no', 'pres', 'atty', 'amb']);

/** Whether the token at `k` ends a clause: `. ! ? ;`, but not the full stop of an abbreviation or initial. */
export function endsClause(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.kind !== 'punctuation') return false;
  if (token.norm === '!' || token.norm === '?' || token.norm === ';') return true;
  if (token.norm !== '.') return false;
  // "(D-Wash.) said", "Inc., the company": what follows shows the sentence goes on.
  const after = tokens[k + 1];
  if (after && (after.norm === ')' || after.norm === ',' || after.norm === ';' || /^\p{Ll}/u.test(after.norm))) return false;
  const before = tokens[k - 1];
  if (!before || token.spaceBefore || before.kind !== 'word') return true;
  return !(before.norm.length === 1 || ABBREVIATED.has(before.lower));
}
