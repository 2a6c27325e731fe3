import { invalidType } from '../errors.js';
import { excerpt } from '../report/render/plain-text.js';
import type { Quote } from '../quotes/types.js';
import { describeQuote } from './describe-findings.js';
import { asReport, checkOptions } from './received.js';
import { quoteHolds, words } from './to-match-quote.js';
import type { MatcherContext, MatcherResult, QuoteMatcherOptions } from './types.js';

/** The quotes a matcher reads: a report's, or a bare list (what `extractQuotes` returns). */
function asQuotes(received: unknown): readonly Quote[] {
  if (Array.isArray(received)) {
    if (received.every((item) => typeof item === 'object' && item !== null && typeof (item as Quote).text === 'string')) return received as Quote[];
    throw invalidType('received', 'a corroborate report or an array of quotes (the result of extractQuotes())', received);
  }
  return asReport(received).quotes;
}

/**
 * Whether a speaker is the one named: every word of `speaker` is a word of the speaker's
 * canonical name or of its mention in the text ("Stoltenberg" names "Jens Stoltenberg",
 * "the secretary general" names the mention "the NATO secretary general"); a RegExp is
 * tried on both.
 */
function names(speaker: Quote['speaker'], expected: string | RegExp): boolean {
  if (!speaker) return false;
  const candidates = [speaker.name, speaker.mention?.text ?? ''];
  // search() ignores the pattern's lastIndex and global flag, so a /g pattern tests both candidates alike.
  if (expected instanceof RegExp) return candidates.some((text) => text.search(expected) !== -1);
  const wanted = words(expected);
  return candidates.some((text) => {
    const have = new Set(words(text));
    return wanted.every((word) => have.has(word));
  });
}

/**
 * `expect(report).toAttributeQuote('real risk of an armed conflict', 'Stoltenberg')`:
 * passes when a quote holding the phrase (as {@link toMatchQuote} reads it, matched or
 * not) is attributed to the speaker named. The subject is a report or the quotes
 * `extractQuotes` returns. A failure lists every quote holding the phrase with its speaker.
 */
export function toAttributeQuote(this: MatcherContext, received: unknown, phrase: string, speaker: string | RegExp, options?: QuoteMatcherOptions): MatcherResult {
  const quotes = asQuotes(received);
  if (typeof phrase !== 'string') throw invalidType('phrase', 'a string', phrase);
  const phraseWords = words(phrase);
  if (phraseWords.length === 0) throw invalidType('phrase', 'a string with at least one word', phrase);
  if (!(speaker instanceof RegExp) && (typeof speaker !== 'string' || words(speaker).length === 0)) {
    throw invalidType('speaker', 'a name with at least one word, or a RegExp', speaker);
  }
  const checked = checkOptions(options, 'options');
  if (checked.sourceId !== undefined && typeof checked.sourceId !== 'string') throw invalidType('options.sourceId', 'a string', checked.sourceId);

  const holding = quotes.filter(
    (quote) => (checked.sourceId === undefined || quote.sourceId === checked.sourceId) && quoteHolds(phraseWords, words(quote.text)).holds,
  );
  const attributed = holding.filter((quote) => names(quote.speaker, speaker));
  const shownPhrase = `"${excerpt(phrase, 80)}"`;
  const shownSpeaker = speaker instanceof RegExp ? String(speaker) : `"${speaker}"`;
  const list = (found: readonly Quote[]): string => found.map((quote) => `  ${describeQuote(quote)}`).join('\n');
  return {
    pass: attributed.length > 0,
    message: () => {
      if (attributed.length > 0) return `expected no quote holding ${shownPhrase} to be attributed to ${shownSpeaker}, but found:\n${list(attributed)}`;
      if (holding.length === 0) return `expected a quote holding ${shownPhrase} attributed to ${shownSpeaker}, but no quote holds the phrase.`;
      return `expected a quote holding ${shownPhrase} attributed to ${shownSpeaker}, but the quotes holding it are attributed otherwise:\n${list(holding)}`;
    },
    actual: holding.map((quote) => quote.speaker?.name ?? null),
    expected: String(speaker),
  };
}
