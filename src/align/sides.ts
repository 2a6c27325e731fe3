import { WordDiff } from '../diff/variants.js';
import type { FeatureSide } from './features.js';
import { countNegators } from './polarity.js';
import { toUnits, type TokenLike, type UnitOptions } from './units.js';

const tokenizer = new WordDiff();

/** Tokens of a standalone string, as the diff engine sees them (offsets from 0). */
export function tokenizeText(text: string): ReturnType<WordDiff['tokenize']> {
  return tokenizer.tokenize(text, 0);
}

/** The feature view of a token sequence. */
export function featureSide(text: string, tokens: readonly TokenLike[], options?: UnitOptions): FeatureSide {
  return { text, units: toUnits(tokens, options), negations: countNegators(tokens, options?.from, options?.to) };
}
