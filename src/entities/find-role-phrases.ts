import type { Document, Token } from '../text/types.js';
import { reportingLemma } from '../quotes/reporting-verbs.js';
import { BODY_NOUNS } from './data/organisations.js';
import { ROLE_ABBREVIATIONS, ROLE_NOUNS } from './data/role-nouns.js';
import { isCapitalised } from './find-name-runs.js';
import { isNonNameWord, isRoleModifier, placeLexicon, roleNoun } from './lexicon.js';

/** A common-noun phrase naming a role or a body: "the secretary general", "a spokesman for X". */
export interface RolePhrase {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  /** The role noun that heads the phrase (abbreviations expanded: "senator"). */
  readonly head: string;
  /** Lower-case words of the phrase without its determiner, demonyms folded ("moscow" → "russian"). */
  readonly words: readonly string[];
  readonly determiner: 'definite' | 'indefinite' | 'none';
  readonly plural: boolean;
  /** A body of people ("the delegation") rather than one person. */
  readonly body: boolean;
  readonly gender?: 'female' | 'male';
  /** Whether an "of"/"for" complement names whose role it is ("head of the delegation"). */
  readonly complement: boolean;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s"]);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other']);
const COMPLEMENT = new Set(['of', 'for', 'at', 'to']);

/**
 * Finds role and body phrases written in lower case ("the diplomat", "the Russian
 * delegation", "a spokesman for committee Democrats"). `claimed` marks tokens already
 * inside a capitalised run, which the run classifier handles.
 */
export function findRolePhrases(document: Document, claimed: Uint8Array): RolePhrase[] {
  const tokens = document.tokens;
  const phrases: RolePhrase[] = [];
  for (const sentence of document.sentences) {
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd) {
      const token = tokens[k]!;
      const candidate = !claimed[k] && token.kind === 'word' && headWords().has(token.lower);
      const phrase = candidate ? rolePhraseAt(tokens, k, sentence.tokenStart, sentence.tokenEnd, sentence.index) : undefined;
      if (phrase) {
        phrases.push(phrase);
        k = phrase.tokenEnd;
        continue;
      }
      k++;
    }
  }
  return phrases;
}

let heads: Set<string> | undefined;

/** Every word that can head a role or body phrase, for a one-lookup test per token. */
function headWords(): Set<string> {
  heads ??= new Set([...ROLE_NOUNS.keys(), ...ROLE_ABBREVIATIONS.keys(), ...BODY_NOUNS.keys()]);
  return heads;
}

function headInfo(token: Token): { head: string; plural: boolean; body: boolean; gender?: 'female' | 'male' } | undefined {
  if (token.kind !== 'word' || isCapitalised(token)) return undefined;
  const noun = roleNoun(token.lower);
  if (noun !== undefined) {
    const info = ROLE_NOUNS.get(noun);
    return { head: noun, plural: info?.plural === true, body: false, ...(info?.gender ? { gender: info.gender } : {}) };
  }
  const body = BODY_NOUNS.get(token.lower);
  if (body) return { head: token.lower.replace(/s$/u, ''), plural: body.plural === true, body: true };
  return undefined;
}

// Nouns that a role word modifies rather than heads ("official visit", "general election").
const COMPOUND_NOUNS = new Set([
  'election', 'elections', 'public', 'assembly', 'counsel', 'staff', 'office', 'visit', 'visits', 'statement',
  'business', 'position', 'level', 'role', 'status', 'policy', 'race', 'debate', 'debates', 'figure', 'figures',
  'data', 'results', 'account', 'accounts', 'language', 'record', 'records', 'documents', 'channels', 'trip',
  'residence', 'website', 'portrait', 'plane', 'seal', 'duties', 'salary', 'term', 'terms', 'powers', 'nominee',
]);
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ship|ance|ence)s?$/u;

/** Whether the noun at `k` heads its phrase: what follows does not continue the noun phrase. */
function isPhraseHead(tokens: readonly Token[], k: number, end: number): boolean {
  const next = k + 1 < end ? tokens[k + 1]! : undefined;
  if (!next || next.kind !== 'word') return true;
  if (isCapitalised(next) || isNonNameWord(next.lower) || next.norm === "'s") return true;
  if (reportingLemma(next.lower) !== undefined) return true;
  if (headInfo(next) !== undefined) return false;
  return !COMPOUND_NOUNS.has(next.lower) && !NOUN_SUFFIX.test(next.lower);
}

function rolePhraseAt(tokens: readonly Token[], k: number, start: number, end: number, sentence: number): RolePhrase | undefined {
  const info = headInfo(tokens[k]!);
  if (!info) return undefined;
  // Compound titles ("secretary general", "deputy chief") take the last noun as head.
  let headAt = k;
  while (headAt + 1 < end && headInfo(tokens[headAt + 1]!) && !headInfo(tokens[headAt + 1]!)!.body) headAt++;
  const head = headInfo(tokens[headAt]!)!;
  if (!isPhraseHead(tokens, headAt, end) && !COMPLEMENT.has(tokens[headAt + 1]?.lower ?? '')) return undefined;

  let left = k;
  while (left > start) {
    const before = tokens[left - 1]!;
    if (before.kind !== 'word' && before.kind !== 'number') break;
    const lower = before.lower;
    if (DEFINITE.has(lower) || INDEFINITE.has(lower)) break;
    if (isRoleModifier(lower) || roleNoun(lower) !== undefined || placeLexicon().has(lower) || /^[\p{Ll}]+-[\p{Ll}]+$/u.test(lower)) {
      left--;
      continue;
    }
    if (isCapitalised(before) && !isNonNameWord(lower)) {
      left--;
      continue;
    }
    break;
  }
  let determiner: RolePhrase['determiner'] = 'none';
  const det = left > start ? tokens[left - 1]! : undefined;
  if (det && DEFINITE.has(det.lower)) {
    determiner = 'definite';
    left--;
    // "Trump's spokesman", "the ad's narrator": the owner belongs to the phrase.
    if (det.norm === "'s") {
      const owner = tokens[left - 1];
      if (owner && !isCapitalised(owner) && owner.kind === 'word') {
        left--;
        if (left > start && DEFINITE.has(tokens[left - 1]!.lower)) left--;
      }
      while (left > start && isCapitalised(tokens[left - 1]!)) left--;
    }
  } else if (det && INDEFINITE.has(det.lower)) {
    determiner = 'indefinite';
    left--;
  }

  let right = headAt + 1;
  let complement = false;
  if (right + 1 < end && COMPLEMENT.has(tokens[right]!.lower) && !head.body) {
    let probe = right + 1;
    if (tokens[probe]?.lower === 'the') probe++;
    const complementStart = probe;
    let lowerSeen = false;
    while (probe < end && probe - complementStart < 5) {
      const word = tokens[probe]!;
      if (word.kind !== 'word') break;
      const lower = word.lower;
      // "secretary of state Hillary Clinton": the capitals after the complement are a name.
      if (isCapitalised(word) && lowerSeen) break;
      if (!isCapitalised(word)) lowerSeen = true;
      if (isCapitalised(word) || isRoleModifier(lower) || BODY_NOUNS.has(lower) || placeLexicon().has(lower)) {
        probe++;
        continue;
      }
      break;
    }
    if (probe > complementStart) {
      right = probe;
      complement = true;
    }
  }
  // A bare singular role noun is a role only as a title before a name ("lawyer Asab Tabchi").
  if (determiner === 'none' && left === k && !head.plural && !complement && !beforeName(tokens, right, end)) return undefined;

  const words: string[] = [];
  for (let m = left; m < right; m++) {
    const lower = tokens[m]!.lower;
    if (DEFINITE.has(lower) || INDEFINITE.has(lower)) continue;
    const place = placeLexicon().get(lower);
    words.push(place?.country && place.kind === 'capital' ? place.country.demonym.toLowerCase() : lower);
  }
  return {
    tokenStart: left,
    tokenEnd: right,
    sentence,
    head: head.head,
    words,
    determiner,
    plural: head.plural,
    body: head.body,
    ...(head.gender ? { gender: head.gender } : {}),
    complement,
  };
}

/** Whether token `k` opens a name: a capitalised word that is not a common word written at a sentence's start. */
function beforeName(tokens: readonly Token[], k: number, end: number): boolean {
  const token = k < end ? tokens[k] : undefined;
  return token !== undefined && token.kind === 'word' && isCapitalised(token) && !isNonNameWord(token.lower) && roleNoun(token.lower) === undefined;
}
