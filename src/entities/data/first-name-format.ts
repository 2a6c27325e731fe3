/**
 * Shared by the generator of first-names.generated.ts and its reader: the order of the
 * gender-detection-from-name tables (bit i of a mask is table i), the block length of the
 * front coding, and the characters that stand for masks.
 */
export const FIRST_NAME_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/** Every this many lines a name is written in full, so a block decodes on its own. */
export const FIRST_NAME_BLOCK = 16;

/** One character per 6-bit mask; no quote or backslash, so the generated literal stays plain. */
export const MASK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';

/** Between entries: a character no name has, and not escaped in a string literal. */
export const FIRST_NAME_SEPARATOR = '|';

/** Whether every character of a name is Latin-1: which of the two tables holds it. */
export function isLatin1(name: string): boolean {
  return !/[^\u0000-\u00ff]/u.test(name);
}
