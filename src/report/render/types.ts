/** One source text a report was made from, as the renderers need it. */
export interface RenderSource {
  readonly id: string;
  readonly text: string;
  /** Shown instead of the id in headings, when given. */
  readonly title?: string;
}

/**
 * The texts a report was made from: a list of sources, or a record of source id to text.
 * Renderers use them for `line:column` positions and (HTML) to show the full texts.
 */
export type RenderSources = readonly RenderSource[] | Readonly<Record<string, string>>;

export interface RenderOptions {
  /**
   * The texts the report was made from. Without them, positions are shown as offsets
   * (`b @212`) instead of `line:column`. Required by `renderHtml`.
   * @default undefined
   */
  sources?: RenderSources;
  /**
   * A heading for the report.
   * @default 'corroborate report: <id A> ↔ <id B>'
   */
  title?: string;
}

export interface TextRenderOptions extends RenderOptions {
  /**
   * Colour the output with ANSI escapes (deletions red, insertions green, severities
   * coloured). Off by default so that files and pipes stay plain; the CLI turns it on
   * for a terminal unless `NO_COLOR` is set.
   * @default false
   */
  color?: boolean;
  /**
   * Wrap long lines at this many columns; `0` or `Infinity` turns wrapping off.
   * @default 100
   */
  width?: number;
}

export interface MarkdownRenderOptions extends RenderOptions {
  /**
   * A section with more rows than this is folded into a `<details>` element, so a long
   * report does not flood an issue or pull-request comment.
   * @default 10
   */
  collapseAfter?: number;
}

export interface HtmlRenderOptions extends RenderOptions {
  /** The texts the report was made from; the page shows them side by side. */
  sources: RenderSources;
}
