import { buildEntityRegistry } from '../entities/build-entity-registry.js';
import { invalidType } from '../errors.js';
import { resolveOptions, validateOptions, type CorroborateOptions } from '../options.js';
import { buildDocument, isDocument } from '../text/document.js';
import { toSourceRecord } from '../text/input.js';
import type { Document, SourceInput } from '../text/types.js';
import { attachCues } from './attach-cues.js';
import { attributeSpeakers } from './attribute-speakers.js';
import type { AttributionContext } from './speaker-mentions.js';
import { classifyKinds } from './classify-kind.js';
import { documentMarks, type FoundMark } from './find-marks.js';
import { joinInterruptedParts } from './join-interrupted-parts.js';
import { copyQuote, documentQuotes } from './pair-marks.js';
import type { QuoteDraft } from './quote-draft.js';
import type { Quote, QuoteMark, QuotePart } from './types.js';

/** The quotes of a document, and how many `maxQuotes` cut off. */
export interface QuoteExtraction {
  readonly quotes: Quote[];
  /** True when quotes past `maxQuotes` were dropped. */
  readonly truncated: boolean;
  /** How many quotes were dropped. */
  readonly dropped: number;
}

/**
 * Extracts the quotations of one text: each with its marks (or `null` where a mark is
 * missing), its parts when the cue interrupts it, its reporting verb and its speaker,
 * resolved to the canonical name in the document's entity registry.
 *
 * @throws {TypeError} when `input` is neither a source nor a document, or an option has the wrong type.
 * @throws {RangeError} when an option is out of range or the text is longer than `maxLength`.
 */
export function extractQuotes(input: SourceInput | Document, options?: CorroborateOptions): Quote[] {
  return extractQuotesWithLimit(input, options).quotes;
}

/**
 * {@link extractQuotes}, also reporting whether `maxQuotes` cut the list short and how many
 * quotes it dropped: without it a caller who sets `maxQuotes` cannot tell a short list from a
 * truncated one.
 *
 * @throws {TypeError} when `input` is neither a source nor a document, or an option has the wrong type.
 * @throws {RangeError} when an option is out of range or the text is longer than `maxLength`.
 */
export function extractQuotesWithLimit(input: SourceInput | Document, options?: CorroborateOptions): QuoteExtraction {
  const resolved = resolveOptions(validateOptions(options));
  const document = isDocument(input) ? input : buildDocument(toSourceRecord(checkInput(input), 'input', 'text', resolved.maxLength));
  const { quotes, found } = runPipeline(document, resolved.maxQuotes);
  const kept = quotes.slice(0, resolved.maxQuotes);
  return { quotes: kept.map((quote, index) => toQuote(document, quote, index)), truncated: kept.length < found, dropped: found - kept.length };
}

function checkInput(input: unknown): SourceInput {
  if (typeof input === 'string' || (typeof input === 'object' && input !== null && !Array.isArray(input))) return input as SourceInput;
  throw invalidType('input', 'a string, an object { text: string, id?, title?, language? }, or a Document', input);
}

/**
 * The extraction pipeline: each step reads and refines the quote drafts of the one before.
 * Quotes past `maxQuotes` are counted but not attributed (one more is kept, so that the
 * last kept quote still sees its neighbour).
 */
function runPipeline(document: Document, maxQuotes: number): { quotes: QuoteDraft[]; found: number } {
  const marks = documentMarks(document);
  const joined = joinInterruptedParts(document, documentQuotes(document).map(copyQuote));
  const quotes = joined.slice(0, maxQuotes + 1);
  const context: AttributionContext = {
    document,
    registry: buildEntityRegistry(document),
    marks: markOffsets(marks, quotes),
    // Parts, not whole quotes: the cue that interrupts a quote stands outside its words.
    quoted: quotes.flatMap((quote) => quote.parts.map((part) => ({ start: part.open?.start ?? part.start, end: part.close?.end ?? part.end }))),
  };
  attachCues(context, quotes);
  attributeSpeakers(context, quotes);
  classifyKinds(document, quotes);
  return { quotes, found: joined.length };
}

/** Offsets of every double mark and of single marks that pair into quotes (not apostrophes). */
function markOffsets(marks: readonly FoundMark[], quotes: readonly QuoteDraft[]): Set<number> {
  const offsets = new Set<number>();
  for (const mark of marks) if (mark.info.family === 'double') offsets.add(mark.start);
  for (const quote of quotes) {
    for (const part of quote.parts) {
      if (part.open) offsets.add(part.open.start);
      if (part.close) offsets.add(part.close.start);
    }
  }
  return offsets;
}

function toMark(mark: FoundMark | null): QuoteMark | null {
  return mark ? Object.freeze({ start: mark.start, end: mark.end, char: mark.char }) : null;
}

function toQuote(document: Document, draft: QuoteDraft, index: number): Quote {
  const text = document.text;
  const first = draft.parts[0]!;
  const last = draft.parts[draft.parts.length - 1]!;
  const parts: QuotePart[] | undefined =
    draft.parts.length > 1
      ? draft.parts.map((part) => Object.freeze({ start: part.start, end: part.end, text: text.slice(part.start, part.end), open: toMark(part.open), close: toMark(part.close) }))
      : undefined;
  const marked = (first.open ? 1 : 0) + (last.close ? 1 : 0);
  const confidence = draft.recovered ? 0.5 : marked === 2 ? (draft.kind === 'phrase' ? 0.8 : 0.95) : 0.6;
  return Object.freeze({
    id: `${document.id}:q${index + 1}`,
    sourceId: document.id,
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    kind: draft.kind,
    open: toMark(first.open),
    close: toMark(last.close),
    ...(parts ? { parts: Object.freeze(parts) } : {}),
    speaker: draft.speaker ? Object.freeze({ ...draft.speaker, mention: Object.freeze({ ...draft.speaker.mention }) }) : null,
    cue: draft.cue ? Object.freeze({ start: draft.cue.start, end: draft.cue.end, text: text.slice(draft.cue.start, draft.cue.end) }) : null,
    confidence,
  });
}
