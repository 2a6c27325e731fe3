import type { Document } from '../../text/types.js';

/** Punctuation after which a capital letter is expected rather than a sign of a name. */
const CLAUSE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', "'", '(', '[', '-', '–', '—', '…', '...', '•', '*', '|', '/']);

/**
 * Whether the token opens a sentence or a clause where English capitalises any word:
 * the first word of the sentence, or one after a quote mark, colon, bracket or dash.
 */
export function opensClause(document: Document, index: number): boolean {
  const token = document.tokens[index];
  if (!token) return false;
  const sentence = document.sentences[token.sentence];
  if (!sentence || index <= sentence.tokenStart) return true;
  const previous = document.tokens[index - 1]!;
  if (previous.kind === 'punctuation' || previous.kind === 'symbol') return CLAUSE_OPENERS.has(previous.norm);
  // A line break inside a sentence (a heading, a list) also starts afresh.
  return document.text.slice(previous.end, token.start).includes('\n');
}
