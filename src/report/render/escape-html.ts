import { toWellFormed } from './plain-text.js';

const HTML_SPECIAL = /[&<>"']/gu;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// NUL and the other C0/C1 controls HTML forbids in text; tab, LF, CR and FF are allowed.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Escapes text for an HTML element or a quoted attribute value. Everything that could
 * start markup or end an attribute becomes an entity, so input text can never inject a
 * tag or a script; lone surrogates and forbidden controls become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return toWellFormed(text).replace(FORBIDDEN_CONTROL, '\uFFFD').replace(HTML_SPECIAL, (char) => ENTITY[char] ?? char);
}
