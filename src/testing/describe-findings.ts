import type { Artefact } from '../artefacts/types.js';
import { diffSegments } from '../report/render/word-diff.js';
import { excerpt, oneLine } from '../report/render/plain-text.js';
import type { DiffOp, Divergence, QuoteMatch, Report } from '../report/types.js';
import type { SpanRef } from '../text/types.js';
import type { Quote } from '../quotes/types.js';

// Findings as short, greppable strings (`b 312-326 non-word "de-exclusation" → de-escalation`):
// what a failing matcher prints, and what a test can assert against.

const EXCERPT = 80;

/** `b 312-326 "text"`: a span with its source, offsets and (shortened) text. */
export function describeSpan(span: Pick<SpanRef, 'sourceId' | 'start' | 'end' | 'text'>): string {
  return `${span.sourceId} ${span.start}-${span.end} "${excerpt(span.text, EXCERPT)}"`;
}

/** `b 312-326 non-word "de-exclusation" → de-escalation` (the suggestion when there is one). */
export function describeArtefact(artefact: Artefact): string {
  const suggestion = artefact.suggestion ?? artefact.expected[0];
  return `${artefact.sourceId} ${artefact.start}-${artefact.end} ${artefact.ruleId} "${excerpt(artefact.text, EXCERPT)}"${suggestion === undefined ? '' : ` → ${oneLine(suggestion)}`}`;
}

/** `number error: a 88-93 "three" ↔ b 33-37 "five"`. */
export function describeDivergence(divergence: Divergence): string {
  const evidence = divergence.evidence.map(describeSpan).join(' ↔ ');
  return `${divergence.kind} ${divergence.severity}: ${evidence || oneLine(divergence.message)}`;
}

/** `a:q1 ↔ b:q1 partial 0.55: [-will reopen-] within [-three-]{+five+} days`. */
export function describeQuoteMatch(match: QuoteMatch): string {
  return `${match.quotes[0]} ↔ ${match.quotes[1]} ${match.relation} ${match.similarity.toFixed(2)}: ${describeDiff(match.diff)}`;
}

/** An inline word diff: `[-removed-]{+added+}`. */
export function describeDiff(ops: readonly DiffOp[]): string {
  return diffSegments(ops)
    .map((segment) => {
      const text = oneLine(segment.text);
      return segment.kind === 'equal' ? text : segment.kind === 'delete' ? `[-${text}-]` : `{+${text}+}`;
    })
    .join('')
    .trim();
}

/** `a:q3 [a 472-623] Jens Stoltenberg: "there is a real risk…"`. */
export function describeQuote(quote: Quote): string {
  return `${quote.id} [${quote.sourceId} ${quote.start}-${quote.end}] ${quote.speaker?.name ?? 'unattributed'}: "${excerpt(quote.text, EXCERPT)}"`;
}

/** The quote matches that concern a divergence (through its quotes or the match's list). */
export function matchesOf(report: Report, divergence: Divergence): QuoteMatch[] {
  const quotes = divergence.quotes ?? [];
  return report.quoteMatches.filter(
    (match) => match.divergences?.includes(divergence.id) || (quotes.length > 0 && match.quotes.every((id) => quotes.includes(id))),
  );
}
