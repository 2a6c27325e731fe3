import type { Document, Token } from '../text/types.js';
import { wordCount } from './count-words.js';
import type { AttributionContext } from './speaker-mentions.js';
import { outerEnd, outerStart, quoteEnd, quoteStart, type CueDraft, type QuoteDraft } from './quote-draft.js';
import { cuePhraseAt, endsClause, isCueToken, nounLikeLemma } from './reporting-verbs.js';

const LEADING_PUNCTUATION = new Set([',', '\u2013', '\u2014', '-', ':']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
// Words that start a new clause after a quote, not a speaker ("“…” and called for …").
const CLAUSE_STARTERS = new Set([
  'and', 'but', 'or', 'so', 'because', 'while', 'although', 'though', 'if', 'when', 'whether', 'which', 'where', 'to',
  'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'of', 'is', 'was', 'are', 'were', 'has', 'have',
  'had', 'will', 'would', 'be', 'been', 'being', 'that', 'this', 'these', 'those', 'into', 'about', 'over', 'after',
  'before', 'since', 'until', 'not', 'no', 'then', 'also', 'can', 'could', 'should', 'may', 'might', 'must', 'do',
  'does', 'did', 'all', 'more', 'most', 'such',
]);
// How far after a closing mark the cue of `“…,” a spokesman for the committee said` may stand.
const AFTER_WINDOW = 20;
// `“…,” Trump, the 2016 GOP presidential frontrunner …, said` may run longer after a named subject.
const NAMED_AFTER_WINDOW = 32;
// How far before an opening mark `X said on Tuesday in a statement that “…”` may reach.
const BEFORE_WINDOW = 30;
// Short quotes are scare quotes unless a cue governs them closely ("called it “…”").
const SHORT_QUOTE_BEFORE_WINDOW = 25;
const SHORT_QUOTE_WORDS = 4;

function cueAt(tokens: readonly Token[], index: number, placement: CueDraft['placement'], length = 1): CueDraft {
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  return { start: first.start, end: last.end, tokenStart: index, tokenEnd: index + length, placement };
}

/** Whether a line break separates two offsets (a short gap between tokens). */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * A cue after the quote: `“…”, said X` (inverted: the speaker follows the verb) or
 * `“…,” X said` (the speaker stands between). Stops at the next quote mark, at the end of
 * the clause, or at the paragraph's end.
 */
function cueAfter(context: AttributionContext, quote: QuoteDraft): CueDraft | undefined {
  const document = context.document;
  const tokens = document.tokens;
  const text = document.text;
  const end = outerEnd(quote);
  let k = document.tokenIndexAt(end);
  const sentence = tokens[k]?.sentence;
  if (sentence === undefined) return undefined;
  // A quote running over several paragraphs is followed by its cue in its last one.
  const paragraph = document.sentences[sentence]!.paragraph;
  if (paragraph !== document.sentences[document.sentenceIndexAt(end - 1)]?.paragraph) return undefined;
  // Punctuation inside the marks (`“…,” said`) or just after them (`”, explained`) ends the quote's clause.
  let punctuated = /[,.!?\u2013\u2014-]/u.test(text.slice(quoteEnd(quote), end));
  while (k < tokens.length && tokens[k]!.kind === 'punctuation' && LEADING_PUNCTUATION.has(tokens[k]!.norm)) {
    punctuated = true;
    k++;
  }
  const first = tokens[k];
  if (!first || first.kind !== 'word' || document.sentences[first.sentence]!.paragraph !== paragraph) return undefined;
  if (breaksLine(text, end, first.start)) return undefined;
  const phrase = cuePhraseAt(tokens, k);
  if (phrase > 0) return cueAt(tokens, k, 'after-inverted', phrase);
  if (isCueToken(tokens, k) && (punctuated || first.start - end <= 1)) return cueAt(tokens, k, 'after-inverted');
  if (CLAUSE_STARTERS.has(first.lower)) return undefined;
  // `“…” Cruz, who …, said`: without punctuation the speaker must be a name or a pronoun.
  const namedSubject = /^\p{Lu}/u.test(first.norm) || SUBJECT_PRONOUNS.has(first.lower);
  const window = namedSubject && punctuated ? NAMED_AFTER_WINDOW : AFTER_WINDOW;
  for (let n = k + 1; n < tokens.length && n - k < window; n++) {
    const token = tokens[n]!;
    if (document.sentences[token.sentence]!.paragraph !== paragraph) return undefined;
    if (context.marks.has(token.start) || endsClause(tokens, n)) return undefined;
    // A line break between the quote and a verb puts the verb in another block of text.
    if (breaksLine(text, tokens[n - 1]!.end, token.start)) return undefined;
    const nounLikeCue = nounLikeLemma(token.lower) !== undefined && tokens[n + 1]?.kind === 'punctuation';
    if ((isCueToken(tokens, n) || nounLikeCue) && !token.lower.endsWith('ing')) {
      if (!punctuated && !namedSubject && n - k > 3) return undefined;
      return cueAt(tokens, n, 'after');
    }
  }
  return undefined;
}

/**
 * A cue before the quote in its sentence: `X said: “…”`, `X said that “…”`, `according
 * to X, “…”`. Stops at another quotation's marks.
 */
function cueBefore(context: AttributionContext, quote: QuoteDraft): CueDraft | undefined {
  const document = context.document;
  const tokens = document.tokens;
  const start = outerStart(quote);
  const first = document.tokenIndexAt(start);
  const sentence = document.sentences[document.sentenceIndexAt(start)];
  if (!sentence) return undefined;
  const short = wordCount(document, quoteStart(quote), quoteEnd(quote)) <= SHORT_QUOTE_WORDS;
  const window = short ? SHORT_QUOTE_BEFORE_WINDOW : BEFORE_WINDOW;
  for (let n = first - 1; n >= sentence.tokenStart && first - n <= window; n--) {
    const token = tokens[n]!;
    if (context.marks.has(token.start)) return undefined;
    if (token.kind !== 'word') continue;
    const phrase = cuePhraseAt(tokens, n);
    if (phrase > 0 && n + phrase <= first) return cueAt(tokens, n, 'before-phrase', phrase);
    if (isCueToken(tokens, n)) return cueAt(tokens, n, 'before');
  }
  return undefined;
}

/**
 * `“…” about fixing inequality, said Marla Kilfoyle.`: the writer's words run on after the
 * quote and the sentence ends in a cue clause after a comma.
 */
function cueClosingSentence(context: AttributionContext, quote: QuoteDraft): CueDraft | undefined {
  const document = context.document;
  const tokens = document.tokens;
  const from = document.tokenIndexAt(outerEnd(quote));
  const sentence = tokens[from - 1]?.sentence;
  if (sentence === undefined || tokens[from]?.sentence !== sentence) return undefined;
  let lastComma = -1;
  let end = from;
  for (; end < tokens.length && tokens[end]!.sentence === sentence; end++) {
    const token = tokens[end]!;
    // Another quote or the end of the clause closes the stretch that may hold the cue.
    if (context.marks.has(token.start) || endsClause(tokens, end)) break;
    if (token.norm !== ',') continue;
    // `, said X, director of Y, a group that …`: a verb right after a comma opens the cue
    // clause even when the speaker's apposition brings more commas.
    const next = end + 1;
    if (isCueToken(tokens, next) && !tokens[next]!.lower.endsWith('ing')) return cueAt(tokens, next, 'after-inverted');
    lastComma = end;
  }
  if (lastComma < 0 || end - lastComma > 14) return undefined;
  for (let n = lastComma + 1; n < end; n++) {
    if (!isCueToken(tokens, n) || tokens[n]!.lower.endsWith('ing')) continue;
    if (n === lastComma + 1) return cueAt(tokens, n, 'after-inverted');
    return { ...cueAt(tokens, n, 'after'), clauseStart: lastComma + 1 };
  }
  return undefined;
}

/** `Moscow “said directly that …”`: the quote opens with the reporting verb itself. */
function cueInside(document: Document, quote: QuoteDraft): CueDraft | undefined {
  const tokens = document.tokens;
  const k = document.tokenIndexAt(quoteStart(quote));
  const token = tokens[k];
  if (!token || !isCueToken(tokens, k) || !quote.parts[0]!.open) return undefined;
  const before = tokens[document.tokenIndexAt(outerStart(quote)) - 1];
  if (!before || before.kind !== 'word' || before.sentence !== token.sentence) return undefined;
  return cueAt(tokens, k, 'inside');
}

/** Finds each quote's own reporting verb: after the quote first when it follows closely, then before, then inside. */
export function attachCues(context: AttributionContext, quotes: readonly QuoteDraft[]): void {
  for (const quote of quotes) {
    if (quote.cue) continue;
    const after = cueAfter(context, quote);
    const before = cueBefore(context, quote);
    // A quote that ends its sentence (`… “We will.” He added …`, `… “Why now?” Mills writes`) belongs to the cue before it.
    const endsSentence = /[.!?]$/u.test(context.document.text.slice(quoteStart(quote), quoteEnd(quote)));
    const preferBefore = before !== undefined && after?.placement === 'after' && endsSentence;
    quote.cue = (preferBefore ? before : (after ?? before)) ?? cueInside(context.document, quote) ?? cueClosingSentence(context, quote) ?? null;
  }
}
