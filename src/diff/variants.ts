import { DiffEngine } from './engine.js';
import type { DiffToken } from './types.js';

/** Case-sensitive: "Alliance" and "alliance" differ. Keys are the normalised token. */
export class ExactWordDiff extends DiffEngine {
  override key(token: DiffToken): string {
    return token.norm;
  }
}

/** Case-insensitive (the base engine's key). */
export class WordDiff extends DiffEngine {}

/**
 * Inflection-insensitive: "differences" equals "difference", "comprised" equals
 * "comprise". Used to align wording, not to show it.
 */
export class StemDiff extends DiffEngine {
  override key(token: DiffToken): string {
    return token.kind === 'word' ? token.stem : token.lower;
  }
}
