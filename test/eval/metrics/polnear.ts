/**
 * PolNeAR quote metrics: which quoted stretches are gold direct quotes, whether a system
 * recalled them, and whether it named the right speaker.
 */
import { PRONOUN_SOURCES } from '../data/pronouns.js';
import type { BratAnnotation, BratFragment } from '../loaders/brat.js';
import type { EvalQuote } from '../systems/types.js';
import { shareCapitalisedNameWord } from './names.js';
import { pairDoubleQuotes } from './quote-marks.js';
import { coversShareOf, overlapLength, overlapsAny, type Range } from './spans.js';

export interface GoldSource {
  readonly fragments: readonly BratFragment[];
  /** The Source's text; fragments of a discontinuous Source joined by a space. */
  readonly text: string;
}

export interface PolnearGoldQuote extends Range {
  /** The Content annotation the quote lies in. */
  readonly contentId: string;
  /** `null` for an attribution without a Source (`Attribution-no-source`). */
  readonly source: GoldSource | null;
}

/** A gold quote counts as recalled when a prediction covers this share of it. */
export const RECALL_OVERLAP_SHARE = 0.5;

/**
 * Gold direct quotes: every quoted stretch that lies entirely inside a Content span (every
 * non-whitespace character of it within the Content's fragments). When Contents nest, the
 * smallest one wins, since the innermost attribution is the one that utters the words.
 * Its Source is the Source of the first event that names that Content.
 */
export function goldDirectQuotes(text: string, annotation: BratAnnotation): PolnearGoldQuote[] {
  const contents = [...annotation.textBounds.values()].filter((bound) => bound.type === 'Content');
  if (contents.length === 0) return [];
  const sourceIdOfContent = new Map<string, string>();
  for (const event of annotation.events) {
    const source = event.arguments.find(([role]) => role === 'Source')?.[1];
    if (source === undefined) continue;
    for (const [role, id] of event.arguments) {
      if (role === 'Content' && !sourceIdOfContent.has(id)) sourceIdOfContent.set(id, source);
    }
  }
  const quotes: PolnearGoldQuote[] = [];
  for (const stretch of pairDoubleQuotes(text)) {
    let best: { id: string; size: number } | undefined;
    for (const content of contents) {
      if (!liesInside(text, stretch, content.fragments)) continue;
      const size = content.fragments.reduce((sum, fragment) => sum + fragment.end - fragment.start, 0);
      if (!best || size < best.size) best = { id: content.id, size };
    }
    if (!best) continue;
    const sourceBound = annotation.textBounds.get(sourceIdOfContent.get(best.id) ?? '');
    const source = sourceBound
      ? { fragments: sourceBound.fragments, text: sourceBound.fragments.map((f) => text.slice(f.start, f.end)).join(' ') }
      : null;
    quotes.push({ start: stretch.start, end: stretch.end, contentId: best.id, source });
  }
  return quotes;
}

function liesInside(text: string, span: Range, fragments: readonly BratFragment[]): boolean {
  const first = fragments.reduce((min, fragment) => Math.min(min, fragment.start), Infinity);
  const last = fragments.reduce((max, fragment) => Math.max(max, fragment.end), -Infinity);
  if (span.start < first || span.end > last) return false;
  for (let index = span.start; index < span.end; index += 1) {
    if (/\s/u.test(text.charAt(index))) continue;
    if (!fragments.some((fragment) => fragment.start <= index && index < fragment.end)) return false;
  }
  return true;
}

export function isPronounSource(sourceText: string): boolean {
  return PRONOUN_SOURCES.has(sourceText.trim().toLowerCase());
}

export interface QuoteTally {
  goldQuotes: number;
  recalled: number;
  /** Recalled gold quotes whose Source is present and not a pronoun. */
  attributable: number;
  attributedCorrectly: number;
}

export function emptyQuoteTally(): QuoteTally {
  return { goldQuotes: 0, recalled: 0, attributable: 0, attributedCorrectly: 0 };
}

/**
 * Adds one article's counts. The prediction that covers a gold quote most is the one whose
 * speaker is judged. A speaker is right when its mention overlaps the gold Source or its
 * name shares a capitalised name word with the Source text.
 */
export function tallyQuotes(tally: QuoteTally, gold: readonly PolnearGoldQuote[], predicted: readonly EvalQuote[]): void {
  for (const quote of gold) {
    tally.goldQuotes += 1;
    let best: EvalQuote | undefined;
    let bestOverlap = 0;
    for (const candidate of predicted) {
      if (!coversShareOf(quote, candidate, RECALL_OVERLAP_SHARE)) continue;
      const overlap = overlapLength(quote, candidate);
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    if (!best) continue;
    tally.recalled += 1;
    if (!quote.source || isPronounSource(quote.source.text)) continue;
    tally.attributable += 1;
    if (speakerMatchesSource(best, quote.source)) tally.attributedCorrectly += 1;
  }
}

export function speakerMatchesSource(quote: EvalQuote, source: GoldSource): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  if (speaker.mention && overlapsAny(speaker.mention, source.fragments)) return true;
  return shareCapitalisedNameWord(speaker.name, source.text);
}
