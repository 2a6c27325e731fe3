export { renderText } from './text.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { escapeHtml } from './escape-html.js';
export type { HtmlRenderOptions, MarkdownRenderOptions, RenderOptions, RenderSource, RenderSources, TextRenderOptions } from './types.js';
