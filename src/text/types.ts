/** A half-open range `[start, end)` of UTF-16 code units in a caller's original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span in a named source, with its text, so that a finding can be shown and checked. */
export interface SpanRef {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** Exactly `source.text.slice(start, end)`. */
  readonly text: string;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

export interface Token {
  /** Position in `Document.tokens`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The original text of the token. */
  readonly text: string;
  /** The normalised form: curly quotes straightened, ligatures expanded, and so on. */
  readonly norm: string;
  /** `norm` in lower case. */
  readonly lower: string;
  /** Porter stem of `lower` for words (per part for hyphenated compounds); `lower` otherwise. */
  readonly stem: string;
  readonly kind: TokenKind;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
  /** Whether whitespace separates this token from the previous one (or it opens the text). */
  readonly spaceBefore: boolean;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
  /** Tokens `[tokenStart, tokenEnd)` of `Document.tokens`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Sentences `[sentenceStart, sentenceEnd)` of `Document.sentences`. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/**
 * The text with typographic variation folded away, and a map back to the original.
 * Normalised code unit `i` came from `original.slice(originalStart(i), originalEnd(i))`.
 */
export interface NormalizedText {
  readonly text: string;
  /** Original offset where normalised code unit `i` begins; `i === text.length` maps to the original length. */
  originalStart(index: number): number;
  /** Original offset just past the code units that produced normalised unit `index - 1`; `0` maps to 0. */
  originalEnd(index: number): number;
  /** Maps a normalised `[start, end)` to the smallest original span that produced it. */
  toOriginal(start: number, end: number): Span;
}

/** An input text: a bare string, or a string with an id and metadata. */
export type SourceInput =
  | string
  | {
      /** Names the source in findings. @default 'a' / 'b' by position in `compare` */
      id?: string;
      text: string;
      title?: string;
      /** BCP 47 tag of the text's own language (normally `en`). */
      language?: string;
    };

export interface Document {
  readonly id: string;
  /** The caller's original text, untouched. Every offset points into it. */
  readonly text: string;
  readonly title: string | undefined;
  readonly language: string | undefined;
  readonly normalized: NormalizedText;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** A {@link SpanRef} into this document. */
  span(start: number, end: number): SpanRef;
  /** Index of the sentence containing `offset`, or of the nearest sentence before it; -1 before the first. */
  sentenceIndexAt(offset: number): number;
  /** Index of the first token whose end is after `offset` (tokens.length when none). */
  tokenIndexAt(offset: number): number;
  /** 1-based line and column (column in UTF-16 code units) of an offset. */
  lineColumn(offset: number): { line: number; column: number };
}
