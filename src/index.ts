export { createDocument } from './text/document.js';
export { normalizeText } from './text/normalize.js';
export type { Document, NormalizedText, Paragraph, Sentence, SourceInput, Span, SpanRef, Token, TokenKind } from './text/types.js';
export {
  CorroborateRangeError,
  CorroborateTypeError,
  formatErrorMessage,
  isCorroborateError,
  type CorroborateError,
  type CorroborateErrorCode,
  type CorroborateErrorDetails,
} from './errors.js';
export { DEFAULT_OPTIONS, SOURCE_LANGUAGES, SEVERITIES, type CorroborateOptions, type Severity, type SourceLanguage } from './options.js';
export { extractQuotes, extractQuotesWithLimit, type QuoteExtraction } from './quotes/index.js';
export type { Quote, QuoteKind, QuoteMark, QuotePart, Speaker, SpeakerKind, TextSpan } from './quotes/types.js';
export { buildEntityRegistry } from './entities/index.js';
export type { Entity, EntityKind, EntityRegistry, Gender, Mention, MentionKind } from './entities/types.js';
export { compare, createChecker, type Checker } from './report/compare.js';
export { compareMany } from './report/compare-many.js';
export type * from './report/many-types.js';
export { relate, type Relatedness } from './align/relate.js';
export { diffWords, type DiffInput, type DiffWordsOptions } from './diff/index.js';
export { detectArtefacts, RULES, type Artefact, type ArtefactFamily, type RuleMeta } from './artefacts/index.js';
export type * from './report/types.js';
export {
  renderHtml,
  renderMarkdown,
  renderText,
  type HtmlRenderOptions,
  type MarkdownRenderOptions,
  type RenderOptions,
  type RenderSource,
  type RenderSources,
  type TextRenderOptions,
} from './report/render/index.js';
