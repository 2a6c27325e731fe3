import type { Quote } from '../../src/quotes/types.js';

/**
 * One quote as a short, reviewable string:
 * `41-74 direct “The bridge will reopen in spring” «…” cue=said by=Laura Bianchi@Bianchi`.
 * Parts follow as `parts=41-60,75-90`; missing marks show as `∅`.
 */
export function formatQuote(quote: Quote): string {
  const marks = `${quote.open?.char ?? '∅'}…${quote.close?.char ?? '∅'}`;
  const speaker = quote.speaker ? `${quote.speaker.name}@${quote.speaker.mention.text}` : '∅';
  const parts = quote.parts ? ` parts=${quote.parts.map((part) => `${part.start}-${part.end}`).join(',')}` : '';
  return `${quote.start}-${quote.end} ${quote.kind} “${quote.text}” ${marks} cue=${quote.cue?.text ?? '∅'} by=${speaker}${parts}`;
}
