import type { EntityRegistry } from '../entities/types.js';
import type { ResolvedOptions, Severity, SourceLanguage } from '../options.js';
import type { Document, SpanRef } from '../text/types.js';
import type { Artefact, ArtefactFamily } from './types.js';

/** What a rule is, for the README, for `options.rules` validation and for tooling. */
export interface RuleMeta {
  /** Stable id, e.g. `non-word` or `typography/mismatched-quote`. */
  readonly id: string;
  readonly family: ArtefactFamily;
  /** Severity of a typical finding; a rule may lower it case by case. */
  readonly severity: Severity;
  readonly description: string;
  /** A short text that triggers the rule, and what the finding says. */
  readonly example: { readonly text: string; readonly finding: string };
}

/** Everything a rule may read. Expensive views are computed on first use and shared. */
export interface RuleContext {
  readonly document: Document;
  readonly options: ResolvedOptions;
  /** The other report, inside `compare()`. */
  readonly other: Document | undefined;
  readonly registry: EntityRegistry | undefined;
  readonly otherRegistry: EntityRegistry | undefined;
  /** The source language: given, guessed for `'auto'`, or `undefined`. */
  readonly sourceLanguage: SourceLanguage | undefined;
  /**
   * The source text the span at `offset` was translated from (`options.sourceText`, line
   * by line when the lines align), or `undefined` when the caller gave none.
   */
  sourceAt(offset: number): string | undefined;
  /** Lower-cased word forms of the document. */
  vocabulary(): ReadonlySet<string>;
  /** Lower-cased word forms of the other report, if there is one. */
  otherVocabulary(): ReadonlySet<string> | undefined;
  /**
   * Lower-cased words seen capitalised in the middle of a sentence in either report:
   * names and acronyms, which spelling rules leave alone even where they open a sentence.
   */
  properNames(): ReadonlySet<string>;
}

/** What a rule reports; the engine adds the source id and the span's text. */
export interface ArtefactDraft {
  readonly ruleId: string;
  readonly family: ArtefactFamily;
  readonly start: number;
  readonly end: number;
  readonly actual?: string;
  readonly expected: readonly string[];
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: number;
  readonly evidence?: readonly SpanRef[];
}

export interface ArtefactRule {
  readonly meta: readonly RuleMeta[];
  /** Runs every rule id of this module whose switch `enabled(id)` leaves on. */
  detect(context: RuleContext, enabled: (ruleId: string) => boolean): ArtefactDraft[];
}

/** Turns a draft into an artefact of `document`, with its exact text and suggestions. */
export function toArtefact(document: Document, draft: ArtefactDraft): Artefact {
  const text = document.text.slice(draft.start, draft.end);
  const expected = [...new Set(draft.expected)];
  const best = expected[0];
  return {
    ruleId: draft.ruleId,
    family: draft.family,
    sourceId: document.id,
    start: draft.start,
    end: draft.end,
    text,
    actual: draft.actual ?? text,
    expected,
    message: draft.message,
    ...(best !== undefined ? { suggestion: best, suggestions: expected } : {}),
    severity: draft.severity,
    confidence: Math.round(Math.min(1, Math.max(0, draft.confidence)) * 100) / 100,
    ...(draft.evidence && draft.evidence.length > 0 ? { evidence: draft.evidence } : {}),
  };
}
