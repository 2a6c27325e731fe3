import type { Document, Token } from '../text/types.js';
import { trimContent } from './pair-marks.js';
import type { CueDraft, PartDraft, QuoteDraft } from './quote-draft.js';
import { endsClause, isCueToken, reportingLemma } from './reporting-verbs.js';

const DASHES = new Set(['\u2013', '\u2014', '-', '--']);
// Third-person pronouns only: "I think" inside a quote is the speaker's own aside, not a cue.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
// Verbs of opinion make asides ("…, I think, …"), not cues, inside a quotation.
const ASIDE_VERBS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'guess', 'suppose']);
// The longest cue clause that interrupts a quote ("– he continued –", ", the minister added,").
const MAX_CUE_WORDS = 8;

interface CueClause {
  cue: CueDraft;
  words: number;
}

/** The single reporting verb of a short clause of tokens `[from, to)`, or undefined. */
function cueClause(tokens: readonly Token[], from: number, to: number): CueClause | undefined {
  let verb: number | undefined;
  let words = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (endsClause(tokens, k)) return undefined;
    if (token.kind !== 'word') continue;
    if (ASIDE_VERBS.has(token.lower)) return undefined;
    words++;
    if (token.lower === 'that') return undefined; // "said that “…”" starts new reported speech
    if (isCueToken(tokens, k)) {
      if (verb !== undefined) return undefined;
      verb = k;
    }
  }
  if (verb === undefined || words > MAX_CUE_WORDS) return undefined;
  const token = tokens[verb]!;
  return { cue: { start: token.start, end: token.end, tokenStart: verb, tokenEnd: verb + 1, placement: 'between' }, words };
}

/** Joins `“…,” she said, “…”`: two quotes split by a cue clause ending in a comma or dash. */
function joinAcrossMarks(document: Document, first: QuoteDraft, second: QuoteDraft): boolean {
  if (first.parts.length !== 1 || second.parts.length !== 1 || first.paragraph !== second.paragraph) return false;
  const close = first.parts[0]!.close;
  const open = second.parts[0]!.open;
  if (!close || !open || open.start < close.end) return false;
  const text = document.text;
  const gap = text.slice(close.end, open.start).trim();
  const inside = text.slice(first.parts[0]!.end, close.start);
  const cutByComma = inside.includes(',') || /^[,\u2013\u2014-]/u.test(gap);
  if (!cutByComma || !/[,\u2013\u2014-]$/u.test(gap)) return false;
  const tokens = document.tokens;
  // The cue clause is a speaker and a verb: "she said, but despite …," is the writer's own sentence.
  if (/;/u.test(gap) || /\b(?:but|and|while|although|despite|though|yet|however)\b/iu.test(gap)) return false;
  const clause = cueClause(tokens, document.tokenIndexAt(close.end), document.tokenIndexAt(open.start));
  if (!clause) return false;
  first.parts.push(second.parts[0]!);
  first.cue = clause.cue;
  first.recovered ||= second.recovered;
  return true;
}

function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punctuation' && DASHES.has(token.norm) && token.spaceBefore;
}

/** Words that may name the speaker in a comma-enclosed cue inside the marks. */
function isSpeakerWord(token: Token): boolean {
  return SUBJECT_PRONOUNS.has(token.lower) || /^\p{Lu}/u.test(token.norm) || token.lower === 'the';
}

/**
 * Splits one pair of marks around a cue written inside it: `«… – he continued – …»`, or
 * `“…, he said, …”` with nothing but a pronoun or a name beside the verb.
 */
function splitInsideMarks(document: Document, quote: QuoteDraft): void {
  if (quote.parts.length !== 1 || quote.cue) return;
  const piece = quote.parts[0]!;
  const tokens = document.tokens;
  const text = document.text;
  const first = document.tokenIndexAt(piece.start);
  for (let k = first; k < tokens.length && tokens[k]!.end <= piece.end; k++) {
    const opener = tokens[k]!;
    const dashed = isDash(opener);
    if (!dashed && opener.norm !== ',') continue;
    for (let m = k + 2; m < tokens.length && m - k <= MAX_CUE_WORDS + 1 && tokens[m]!.end <= piece.end; m++) {
      const closer = tokens[m]!;
      const closes = dashed ? isDash(closer) : closer.norm === ',';
      if (!closes) continue;
      const clause = cueClause(tokens, k + 1, m);
      if (!clause) break;
      if (!dashed) {
        const words = tokens.slice(k + 1, m).filter((token) => token.kind === 'word');
        const others = words.filter((token) => reportingLemma(token.lower) === undefined);
        if (words.length > 4 || others.length === 0 || !others.every(isSpeakerWord)) break;
      }
      const before = trimContent(text, piece.start, opener.start);
      const after = trimContent(text, closer.end, piece.end);
      if (!before || !after) break;
      const parts: PartDraft[] = [
        { ...before, open: piece.open, close: null },
        { ...after, open: null, close: piece.close },
      ];
      quote.parts = parts;
      quote.cue = clause.cue;
      return;
    }
  }
}

/**
 * Makes one quote of a quotation interrupted by its own cue, keeping each quoted stretch
 * as a part. Fragments separated by the writer's own words (not a cue) stay separate.
 */
export function joinInterruptedParts(document: Document, quotes: QuoteDraft[]): QuoteDraft[] {
  const result: QuoteDraft[] = [];
  for (const quote of quotes) {
    const previous = result[result.length - 1];
    if (previous && !previous.cue && joinAcrossMarks(document, previous, quote)) continue;
    result.push(quote);
  }
  for (const quote of result) splitInsideMarks(document, quote);
  return result;
}
