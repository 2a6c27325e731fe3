export { createDocument, buildDocument, isDocument } from './document.js';
export { normalizeText } from './normalize.js';
export { toSourceRecord, assertUniqueIds, type SourceRecord } from './input.js';
export type * from './types.js';
