export { DiffEngine, toDiffOps, tokenRangeSpan, type DiffOptions } from './engine.js';
export { ExactWordDiff, StemDiff, WordDiff } from './variants.js';
export { diffWords, type DiffWordsOptions } from './diff-words.js';
export type { DiffInput, DiffToken, TokenizedSpan, TokenOp } from './types.js';
