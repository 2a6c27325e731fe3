import type { SpanRef } from '../../text/types.js';

const MAX_QUOTED = 60;

/** A short quotable form of a span's text for messages. */
export function quoted(span: SpanRef | string): string {
  const text = (typeof span === 'string' ? span : span.text).replace(/\s+/gu, ' ').trim();
  return `"${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}"`;
}

/** A message that names both sources, written once the caller's argument order is known. */
export type MessageFor = (order: readonly string[]) => string;

/**
 * Renders a two-sided message with the caller's first source first, whatever order the
 * pipeline ran in, so that `compare(b, a)` reads as the mirror of `compare(a, b)`.
 */
export function bothSides<T extends { readonly sourceId: string }>(x: T, y: T, render: (first: T, second: T) => string): MessageFor {
  return (order) => {
    const swap = order.indexOf(y.sourceId) < order.indexOf(x.sourceId) && order.indexOf(y.sourceId) >= 0;
    return swap ? render(y, x) : render(x, y);
  };
}
