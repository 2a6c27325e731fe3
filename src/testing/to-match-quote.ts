import { invalidType } from '../errors.js';
import { excerpt } from '../report/render/plain-text.js';
import type { Quote } from '../quotes/types.js';
import { normalizeText } from '../text/normalize.js';
import { describeQuote, describeQuoteMatch } from './describe-findings.js';
import { asReport, checkOptions } from './received.js';
import type { MatcherContext, MatcherResult, QuoteMatcherOptions } from './types.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** A partial overlap (the phrase runs past the quote's edge) must share this many words… */
const MIN_OVERLAP_WORDS = 3;
/** …and this share of the phrase. */
const MIN_OVERLAP_SHARE = 0.6;

/** Lower-cased words of the normalised text: quote marks, dashes and spacing do not count. */
export function words(text: string): string[] {
  return [...normalizeText(text).text.toLowerCase().matchAll(WORD)].map((match) => match[0]);
}

/** Length of the longest run of words the two lists share, in order and contiguous. */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = previous[j - 1]! + 1;
        if (current[j]! > best) best = current[j]!;
      }
    }
    previous = current;
  }
  return best;
}

/**
 * Whether a quote holds the phrase: the phrase's words stand in the quote in order, the
 * quote's words stand in the phrase (a short quote inside a longer phrase), or the two
 * overlap at an edge by at least 3 words and 60% of the phrase.
 */
export function quoteHolds(phrase: readonly string[], quote: readonly string[]): { holds: boolean; shared: number } {
  const shared = longestSharedRun(phrase, quote);
  const holds =
    phrase.length > 0 &&
    quote.length > 0 &&
    (shared === phrase.length || shared === quote.length || (shared >= MIN_OVERLAP_WORDS && shared >= MIN_OVERLAP_SHARE * phrase.length));
  return { holds, shared };
}

/**
 * `expect(report).toMatchQuote('real risk of an armed conflict')`: passes when a quote
 * match has, on either side, a quote that holds the phrase (see {@link quoteHolds}; case,
 * quote marks, punctuation and spacing are ignored). A failure says whether the phrase
 * is in a quote that found no partner, or shows the closest quotes.
 */
export function toMatchQuote(this: MatcherContext, received: unknown, phrase: string, options?: QuoteMatcherOptions): MatcherResult {
  const report = asReport(received);
  if (typeof phrase !== 'string') throw invalidType('phrase', 'a string', phrase);
  const phraseWords = words(phrase);
  if (phraseWords.length === 0) throw invalidType('phrase', 'a string with at least one word', phrase);
  const checked = checkOptions(options, 'options');
  if (checked.sourceId !== undefined && typeof checked.sourceId !== 'string') throw invalidType('options.sourceId', 'a string', checked.sourceId);
  const inScope = (quote: Quote | undefined): quote is Quote => quote !== undefined && (checked.sourceId === undefined || quote.sourceId === checked.sourceId);

  const quotes = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const scored = report.quotes.filter(inScope).map((quote) => ({ quote, ...quoteHolds(phraseWords, words(quote.text)) }));
  const holding = new Set(scored.filter((entry) => entry.holds).map((entry) => entry.quote.id));
  const matches = report.quoteMatches.filter((match) => match.quotes.some((id) => holding.has(id) && inScope(quotes.get(id))));
  const shown = `"${excerpt(phrase, 80)}"`;

  const failure = (): string => {
    const lines = [`expected a matched quote holding ${shown}, but none of the ${report.quoteMatches.length} quote matches has one.`];
    const unmatched = scored.filter((entry) => entry.holds);
    if (unmatched.length > 0) {
      lines.push('It is in quotes that were not matched to the other report:');
      for (const entry of unmatched) lines.push(`  ${describeQuote(entry.quote)}`);
    } else {
      const closest = scored.filter((entry) => entry.shared > 0).sort((x, y) => y.shared - x.shared).slice(0, 3);
      lines.push(closest.length > 0 ? 'Closest quotes (words shared in a row):' : 'No quote shares a word with it.');
      for (const entry of closest) {
        const partner = report.quoteMatches.find((match) => match.quotes.includes(entry.quote.id));
        lines.push(`  ${entry.shared}/${phraseWords.length}  ${describeQuote(entry.quote)}${partner ? `\n        in ${describeQuoteMatch(partner)}` : ''}`);
      }
    }
    return lines.join('\n');
  };
  return {
    pass: matches.length > 0,
    message: () =>
      matches.length > 0
        ? `expected no matched quote holding ${shown}, but found:\n${matches.map((match) => `  ${describeQuoteMatch(match)}`).join('\n')}`
        : failure(),
    actual: matches.map(describeQuoteMatch),
    expected: phrase,
  };
}
