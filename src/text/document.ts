import { resolveOptions, validateOptions, type CorroborateOptions } from '../options.js';
import { toSourceRecord, type SourceRecord } from './input.js';
import { createLineIndex } from './line-index.js';
import { normalizeText } from './normalize.js';
import { segmentParagraphs } from './segment-paragraphs.js';
import { segmentSentences } from './segment-sentences.js';
import { stemOfLower, tokenize } from './tokenize.js';
import type { Document, Paragraph, Sentence, SourceInput, Span, SpanRef, Token } from './types.js';

/**
 * Builds the immutable document model that every stage reads: paragraphs, sentences and
 * tokens with offsets into the original text, and a normalised view mapped back to it.
 *
 * @throws {TypeError} when `input` is not a string or `{ text: string }`.
 * @throws {RangeError} when the text is longer than `options.maxLength`.
 */
export function createDocument(input: SourceInput, options?: CorroborateOptions): Document {
  const resolved = resolveOptions(validateOptions(options));
  return freezeLists(buildDocument(toSourceRecord(input, 'input', 'text', resolved.maxLength)));
}

/**
 * Freezes a document's lists, for callers outside the pipeline. The pipeline's own
 * documents keep them unfrozen (read-only by type): V8 iterates a frozen array several
 * times slower than a plain one, and every stage walks the tokens.
 */
function freezeLists(document: Document): Document {
  Object.freeze(document.paragraphs);
  Object.freeze(document.sentences);
  Object.freeze(document.tokens);
  return document;
}

/**
 * Whether a value is a {@link Document} built by `createDocument`, rather than a source.
 * Stages accept either, so callers can build a document once and pass it around.
 */
export function isDocument(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Document>;
  return (
    typeof candidate.text === 'string' &&
    Array.isArray(candidate.tokens) &&
    Array.isArray(candidate.sentences) &&
    typeof candidate.tokenIndexAt === 'function' &&
    typeof candidate.span === 'function'
  );
}

const WHITESPACE = /\s/u;

/**
 * Builds a document from an already validated source. The document and its items are
 * frozen; its lists are read-only by type only (see {@link createDocument}).
 */
export function buildDocument(record: SourceRecord): Document {
  const original = record.text;
  const normalized = normalizeText(original);
  const norm = normalized.text;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  for (const paragraphSpan of segmentParagraphs(norm)) {
    const paragraphIndex = paragraphs.length;
    const sentenceStart = sentences.length;
    for (const sentenceSpan of segmentSentences(norm, paragraphSpan)) {
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      for (const raw of tokenize(norm.slice(sentenceSpan.start, sentenceSpan.end), sentenceSpan.start)) {
        const span = normalized.toOriginal(raw.start, raw.end);
        const previousChar = raw.start > 0 ? norm.charAt(raw.start - 1) : ' ';
        const text = original.slice(span.start, span.end);
        // Normalisation rarely changes a token, nor lower-casing a lowercase word: one
        // string then serves as text, norm and lower.
        const tokenNorm = raw.norm === text ? text : raw.norm;
        const lower = tokenNorm.toLowerCase();
        tokens.push(
          Object.freeze({
            index: tokens.length,
            start: span.start,
            end: span.end,
            text,
            norm: tokenNorm,
            lower,
            stem: stemOfLower(lower, raw.kind),
            kind: raw.kind,
            sentence: sentenceIndex,
            spaceBefore: WHITESPACE.test(previousChar),
          }),
        );
      }
      const span = normalized.toOriginal(sentenceSpan.start, sentenceSpan.end);
      sentences.push(
        Object.freeze({
          index: sentenceIndex,
          paragraph: paragraphIndex,
          tokenStart,
          tokenEnd: tokens.length,
          start: span.start,
          end: span.end,
          text: original.slice(span.start, span.end),
        }),
      );
    }
    const span = normalized.toOriginal(paragraphSpan.start, paragraphSpan.end);
    paragraphs.push(
      Object.freeze({
        index: paragraphIndex,
        sentenceStart,
        sentenceEnd: sentences.length,
        start: span.start,
        end: span.end,
        text: original.slice(span.start, span.end),
      }),
    );
  }

  const lineColumn = createLineIndex(original);
  const document: Document = {
    id: record.id,
    text: original,
    title: record.title,
    language: record.language,
    normalized,
    paragraphs,
    sentences,
    tokens,
    span(start: number, end: number): SpanRef {
      return { sourceId: record.id, start, end, text: original.slice(start, end) };
    },
    sentenceIndexAt(offset: number): number {
      return lastIndexStartingAtOrBefore(sentences, offset);
    },
    tokenIndexAt(offset: number): number {
      let low = 0;
      let high = tokens.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (tokens[mid]!.end <= offset) low = mid + 1;
        else high = mid;
      }
      return low;
    },
    lineColumn,
  };
  return Object.freeze(document);
}

function lastIndexStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

