import { NEGATORS } from './data/negators.js';

let negators: ReadonlySet<string> | undefined;

/** Whether a lower-case word reverses polarity ("not", "never", "doesn't"). */
export function isNegator(lower: string): boolean {
  negators ??= new Set(NEGATORS);
  return negators.has(lower) || lower.endsWith("n't");
}

/** Number of negators among tokens `[from, to)`. */
export function countNegators(tokens: readonly { readonly lower: string; readonly kind: string }[], from = 0, to = tokens.length): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.kind === 'word' && isNegator(token.lower)) count++;
  }
  return count;
}
