import type { DivergenceKind } from '../report/types.js';
import type { CorroborateOptions, Severity } from '../options.js';

/**
 * The part of vitest's matcher context the matchers read. Declared here, not imported,
 * so that nothing from vitest is needed at run time.
 */
export interface MatcherContext {
  readonly isNot?: boolean;
}

export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

export interface ArtefactMatcherOptions {
  /**
   * Only artefacts of this severity or worse count.
   * @default 'info' (every artefact counts)
   */
  minSeverity?: Severity;
  /** Only artefacts with these rule ids (or families) count. @default undefined (all) */
  rules?: readonly string[];
  /** Only artefacts in this source count. @default undefined (all sources) */
  sourceId?: string;
}

export interface QuoteMatcherOptions {
  /** Only look at quotes of this source. @default undefined (either side of a match) */
  sourceId?: string;
}

export interface DivergenceMatcherOptions {
  /** Only divergences of these kinds count. @default undefined (every kind) */
  kinds?: readonly DivergenceKind[];
  /**
   * Only divergences of this severity or worse count.
   * @default 'info' (every divergence counts)
   */
  minSeverity?: Severity;
}

export interface CorroborateMatcherOptions extends CorroborateOptions {
  /**
   * Lowest `event.sameEvent` score that counts as the same event.
   * @default 0.6
   */
  minSameEvent?: number;
  /**
   * Divergences of this severity or worse make the matcher fail; `'none'` ignores them.
   * @default 'error'
   */
  failOn?: Severity | 'none';
}
