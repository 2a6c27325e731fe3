import type { SpanRef } from '../../text/types.js';

const MAX_QUOTED = 60;

/** A short quotable form of a span's text for messages. */
export function quoted(span: SpanRef | string): string {
  const text = (typeof span === 'string' ? span : span.text).replace(/\s+/gu, ' ').trim();
  return `"${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}"`;
}
