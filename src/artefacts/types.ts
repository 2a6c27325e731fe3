import type { Severity } from '../options.js';
import type { SpanRef } from '../text/types.js';

export type ArtefactFamily =
  | 'non-word'
  | 'repetition'
  | 'false-friend'
  | 'calque'
  | 'pronoun-gender'
  | 'untranslated'
  | 'typography';

/** A translation artefact: data in the manner of vfile-message. */
export interface Artefact {
  /** Stable rule id, listed in the README (e.g. `non-word`, `typography/unbalanced-quote`). */
  readonly ruleId: string;
  readonly family: ArtefactFamily;
  /** Which source the span is in. */
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
  /** What was found, as the text has it (vfile-message's `actual`). */
  readonly actual: string;
  /** What was probably meant, best first (vfile-message's `expected`); empty when unknown. */
  readonly expected: readonly string[];
  /** One sentence for a human. */
  readonly message: string;
  /** The best replacement, when there is one. */
  readonly suggestion?: string;
  /** Every replacement considered, best first. */
  readonly suggestions?: readonly string[];
  readonly severity: Severity;
  /** 0–1. */
  readonly confidence: number;
  /** Other spans that support the finding (the antecedent of a pronoun, the other report's word). */
  readonly evidence?: readonly SpanRef[];
}
