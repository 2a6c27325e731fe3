/**
 * brat standoff (`.ann`) parsing, as PolNeAR uses it. brat counts offsets in Unicode code
 * points; JavaScript strings count UTF-16 code units, so offsets are converted against the
 * article text (they differ only when the text holds characters outside the BMP).
 */

export interface BratFragment {
  readonly start: number;
  readonly end: number;
}

export interface BratTextBound {
  readonly id: string;
  readonly type: string;
  /** One fragment, or several for a discontinuous annotation (`2103 2168;2170 2425`). */
  readonly fragments: readonly BratFragment[];
}

export interface BratEvent {
  readonly id: string;
  /** `[role, textBoundId]` in file order, e.g. `['Attribution', 'T4'], ['Content', 'T3']`. */
  readonly arguments: readonly (readonly [string, string])[];
}

export interface BratAnnotation {
  readonly textBounds: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
}

/**
 * Reads `T` and `E` lines and skips everything else: notes (`#`), attributes, and the
 * continuation lines brat writes when an annotated text itself spans a newline.
 */
export function parseBrat(content: string, articleText?: string): BratAnnotation {
  const toUtf16 = articleText === undefined ? (offset: number) => offset : codePointToUtf16(articleText);
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  for (const line of content.split(/\r?\n/u)) {
    const [id = '', body = ''] = line.split('\t');
    if (/^T\d+$/u.test(id)) {
      const textBound = parseTextBound(id, body, toUtf16);
      if (textBound) textBounds.set(id, textBound);
    } else if (/^E\d+$/u.test(id)) {
      const args = body
        .trim()
        .split(' ')
        .filter((part) => part.includes(':'))
        .map((part): [string, string] => {
          const colon = part.indexOf(':');
          return [part.slice(0, colon).replace(/\d+$/u, ''), part.slice(colon + 1)];
        });
      events.push({ id, arguments: args });
    }
  }
  return { textBounds, events };
}

function parseTextBound(id: string, body: string, toUtf16: (offset: number) => number): BratTextBound | undefined {
  const space = body.indexOf(' ');
  if (space === -1) return undefined;
  const fragments: BratFragment[] = [];
  for (const range of body.slice(space + 1).split(';')) {
    const [start, end] = range.trim().split(' ').map(Number);
    if (start === undefined || end === undefined || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
    fragments.push({ start: toUtf16(start), end: toUtf16(end) });
  }
  return { id, type: body.slice(0, space), fragments };
}

/** Maps code-point offsets of `text` to UTF-16 offsets; the identity for BMP-only text. */
export function codePointToUtf16(text: string): (offset: number) => number {
  // Without the `u` flag the class sees code units, so this finds any surrogate.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const utf16At: number[] = [];
  let unit = 0;
  for (const character of text) {
    utf16At.push(unit);
    unit += character.length;
  }
  utf16At.push(unit);
  return (offset) => utf16At[offset] ?? unit;
}
