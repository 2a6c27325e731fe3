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
