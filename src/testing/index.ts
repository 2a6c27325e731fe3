// Brings vitest's declarations into any program that includes this file (and the built
// .d.ts), so that the augmentation below has a module to merge into. Types only.
/// <reference types="vitest" />
/**
 * `corroborate/vitest`: matchers for reports, for vitest.
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { corroborateMatchers } from 'corroborate/vitest';
 * expect.extend(corroborateMatchers);
 *
 * expect(report).toHaveNoArtefacts({ minSeverity: 'warning' });
 * expect(report).toMatchQuote('real risk of an armed conflict');
 * expect(report).toAttributeQuote('real risk of an armed conflict', 'Stoltenberg');
 * expect(report).toHaveNoDivergence({ kinds: ['number', 'attribution'] });
 * await expect(textB).toCorroborate(textA, { sourceLanguage: 'it' });
 * ```
 *
 * vitest is an optional peer dependency of this entry point only: nothing here imports it
 * at run time (the matchers read the `this` context vitest passes them), and the types
 * below extend vitest's `Assertion` through declaration merging.
 */
import type { SourceInput } from '../text/types.js';
import { toCorroborate } from './to-corroborate.js';
import { toHaveNoArtefacts } from './to-have-no-artefacts.js';
import { toHaveNoDivergence } from './to-have-no-divergence.js';
import { toAttributeQuote } from './to-attribute-quote.js';
import { toMatchQuote } from './to-match-quote.js';
import type { ArtefactMatcherOptions, CorroborateMatcherOptions, DivergenceMatcherOptions, QuoteMatcherOptions } from './types.js';

/** Pass to `expect.extend`. */
export const corroborateMatchers = { toHaveNoArtefacts, toMatchQuote, toAttributeQuote, toHaveNoDivergence, toCorroborate };

/** The matchers as they appear on `expect(…)`. */
export interface CorroborateMatchers<R = unknown> {
  /** Passes when no artefact is at `minSeverity` or worse (received: a report or a list of artefacts). */
  toHaveNoArtefacts(options?: ArtefactMatcherOptions): R;
  /** Passes when a quote match has a quote, on either side, holding `phrase` (normalised). */
  toMatchQuote(phrase: string, options?: QuoteMatcherOptions): R;
  /**
   * Passes when a quote holding `phrase` (matched or not) is attributed to `speaker`: every
   * word of it in the speaker's name or mention, or a RegExp that matches either (received:
   * a report or the quotes `extractQuotes` returns).
   */
  toAttributeQuote(phrase: string, speaker: string | RegExp, options?: QuoteMatcherOptions): R;
  /** Passes when no divergence of the given kinds is at `minSeverity` or worse. */
  toHaveNoDivergence(options?: DivergenceMatcherOptions): R;
  /**
   * Compares `reference` (a) with the received text (b); passes when `event.sameEvent`
   * reaches `minSameEvent` (0.5) and no divergence is at `failOn` (`error`) or worse. Await it.
   */
  toCorroborate(reference: SourceInput, options?: CorroborateMatcherOptions): Promise<R>;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends CorroborateMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends CorroborateMatchers {}
}

export { describeArtefact, describeDiff, describeDivergence, describeQuote, describeQuoteMatch, describeSpan } from './describe-findings.js';
export { DEFAULT_MIN_SAME_EVENT } from './to-corroborate.js';
export type { ArtefactMatcherOptions, CorroborateMatcherOptions, DivergenceMatcherOptions, MatcherResult, QuoteMatcherOptions } from './types.js';
export { toAttributeQuote, toCorroborate, toHaveNoArtefacts, toHaveNoDivergence, toMatchQuote };
