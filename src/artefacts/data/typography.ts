/**
 * Words after which a hyphen and a space are a suspended compound ("medium- and
 * shorter-range", "pre- and post-war", "18- to 25-year-olds"), not a broken one.
 * Each entry: the word, and an example.
 */
export const SUSPENDED_HYPHEN_CONTINUATIONS: ReadonlyMap<string, string> = new Map([
  ['and', 'medium- and shorter-range'],
  ['or', 'short- or long-term'],
  ['nor', 'neither short- nor long-term'],
  ['to', '18- to 25-year-olds'],
  ['through', 'first- through third-graders'],
  ['versus', 'pre- versus post-war'],
  ['vs', 'pre- vs. post-war'],
  ['as', 'long- as well as short-range'],
]);

/**
 * Closed-class words that English never capitalises mid-sentence. Written with a capital
 * after a lower-case word and no punctuation ("other housing stock The discount"), they
 * show a sentence break the translation lost. Each entry: the word, and what it is.
 */
export const LOWERCASE_FUNCTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['the', 'definite article'],
  ['a', 'indefinite article'],
  ['an', 'indefinite article'],
  ['in', 'preposition'],
  ['on', 'preposition'],
  ['at', 'preposition'],
  ['of', 'preposition'],
  ['for', 'preposition'],
  ['with', 'preposition'],
  ['from', 'preposition'],
  ['and', 'conjunction'],
  ['but', 'conjunction'],
  ['or', 'conjunction'],
  ['it', 'pronoun'],
  ['they', 'pronoun'],
  ['we', 'pronoun'],
  ['there', 'existential there'],
  ['this', 'demonstrative'],
  ['these', 'demonstrative'],
  ['however', 'adverb'],
  ['meanwhile', 'adverb'],
]);

/**
 * Windows-1252 characters at bytes 0x80–0x9F: UTF-8 text decoded as Windows-1252 turns
 * its continuation bytes into these ("â€™" for ’). Each entry: character, byte.
 */
export const WINDOWS_1252_HIGH: ReadonlyMap<string, number> = new Map([
  ['\u20ac', 0x80], // €
  ['\u201a', 0x82], // ‚
  ['\u0192', 0x83], // ƒ
  ['\u201e', 0x84], // „
  ['\u2026', 0x85], // …
  ['\u2020', 0x86], // †
  ['\u2021', 0x87], // ‡
  ['\u02c6', 0x88], // ˆ
  ['\u2030', 0x89], // ‰
  ['\u0160', 0x8a], // Š
  ['\u2039', 0x8b], // ‹
  ['\u0152', 0x8c], // Œ
  ['\u017d', 0x8e], // Ž
  ['\u2018', 0x91], // ‘
  ['\u2019', 0x92], // ’
  ['\u201c', 0x93], // “
  ['\u201d', 0x94], // ”
  ['\u2022', 0x95], // •
  ['\u2013', 0x96], // –
  ['\u2014', 0x97], // —
  ['\u02dc', 0x98], // ˜
  ['\u2122', 0x99], // ™
  ['\u0161', 0x9a], // š
  ['\u203a', 0x9b], // ›
  ['\u0153', 0x9c], // œ
  ['\u017e', 0x9e], // ž
  ['\u0178', 0x9f], // Ÿ
]);

/**
 * Verbs that introduce speech without quotation marks ("said, It's hard"): after them a
 * comma may open a sentence of its own, capital and all. Lower case; each entry: the form.
 */
export const UNQUOTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', // everyone said, It's hard
  'says',
  'say',
  'asked', // he asked, Why now?
  'asks',
  'thought', // she thought, This is it
  'wondered',
  'wrote', // he wrote, The decision …
  'replied',
  'added',
  'tweeted',
]);
