// Helpers that turn arbitrary input text into something safe to show on one line.

// A lone surrogate cannot be encoded as UTF-8; writers would replace it silently, so it is
// replaced here, where the replacement is visible and deliberate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// C0/C1 controls (except tab and line breaks) and the ESC that starts terminal escape
// sequences: input text must never move the cursor or recolour a terminal.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/gu;
const SPACE_RUN = /[ \t]+/gu;

/** Replaces lone surrogates with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Makes input text inert for a terminal or a one-line cell: no controls, no breaks. */
export function oneLine(text: string): string {
  return toWellFormed(text).replace(CONTROL, '\uFFFD').replace(LINE_BREAKS, ' ').replace(SPACE_RUN, ' ');
}

/** `oneLine`, then cut to `max` code units with an ellipsis, never inside a surrogate pair. */
export function excerpt(text: string, max: number): string {
  const flat = oneLine(text).trim();
  if (flat.length <= max) return flat;
  let cut = Math.max(1, max - 1);
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** `1234567` → `1,234,567`, independent of the machine's locale so output is stable. */
export function formatCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return value < 0 ? `-${grouped}` : grouped;
}

/** `0.913` → `91%`. */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
