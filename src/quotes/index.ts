export { extractQuotes, extractQuotesWithLimit, type QuoteExtraction } from './extract-quotes.js';
export type * from './types.js';
