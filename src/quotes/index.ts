export { extractQuotes, extractQuotesWithLimit, isDocument, type QuoteExtraction } from './extract-quotes.js';
export type * from './types.js';
