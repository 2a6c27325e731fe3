/**
 * Words and snippets the adversarial generators stitch together. Plain news vocabulary, so
 * the stress comes from the structure the generators impose, not from odd words.
 */

/** Common news words, mixed case so capitalised tokens (possible names) occur too. */
export const FILLER_WORDS: readonly string[] = [
  'the', // most frequent function word
  'minister', // a speaker noun, so cue detection has something to look at
  'said', // the commonest reporting verb
  'talks', // event noun
  'would', // modal, relevant to modality divergences
  'not', // negation
  'continue', // plain verb
  'in', // preposition
  'Rome', // a place name
  'Stoltenberg', // a person name
  'on', // preposition
  'Tuesday', // a date word
  'according', // part of the cue "according to"
  'to', // preposition
  'officials', // a group speaker
  'about', // preposition
  '2,500', // a number with a thousands separator
  'troops', // plural noun
  'explained', // reporting verb
  'guarantees', // abstract noun
  'NATO', // an acronym organisation
];

/** Quotation marks of the conventions corroborate must read (English, Italian, German, French). */
export const QUOTE_MARKS: readonly string[] = [
  '"', // ASCII double quote, ambiguous between opening and closing
  "'", // ASCII apostrophe, also an apostrophe
  '\u201C', // “ left double
  '\u201D', // ” right double
  '\u2018', // ‘ left single
  '\u2019', // ’ right single, also the typographic apostrophe
  '\u00AB', // « guillemet (Italian, French)
  '\u00BB', // » guillemet
  '\u2039', // ‹ single guillemet
  '\u203A', // › single guillemet
  '\u201E', // „ German low opening quote
  '\u201A', // ‚ German low single opening quote
];

/** Opening marks paired with their closers, for nesting. */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['\u201C', '\u201D'], // “ ”
  ['\u2018', '\u2019'], // ‘ ’
  ['\u00AB', '\u00BB'], // « »
  ['"', '"'], // ASCII, same mark both ways
  ['\u201E', '\u201C'], // „ “ German
  ['\u2039', '\u203A'], // ‹ ›
];

/** Right-to-left words: Hebrew and Arabic ("peace", "minister", "said"). */
export const RTL_WORDS: readonly string[] = [
  '\u05E9\u05DC\u05D5\u05DD', // Hebrew shalom
  '\u05E9\u05E8', // Hebrew sar (minister)
  '\u0633\u0644\u0627\u0645', // Arabic salam
  '\u0648\u0632\u064A\u0631', // Arabic wazir (minister)
  '\u0642\u0627\u0644', // Arabic qala (said)
];

/** Invisible or direction-changing code points that sit between letters. */
export const FORMAT_CHARACTERS: readonly string[] = [
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u202C', // pop directional formatting
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner on its own
  '\uFEFF', // byte order mark in mid-text
  '\u00AD', // soft hyphen
  '\uFE0F', // emoji variation selector on its own
];

/** Emoji that are several code points: ZWJ families, flags, skin tones, keycaps. */
export const EMOJI_SEQUENCES: readonly string[] = [
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', // family: woman, woman, girl, boy
  '\u{1F3F3}\uFE0F\u200D\u{1F308}', // rainbow flag
  '\u{1F44D}\u{1F3FD}', // thumbs up, medium skin tone
  '\u{1F1EE}\u{1F1F9}', // flag of Italy (regional indicators)
  '1\uFE0F\u20E3', // keycap one
  '\u{1F9D1}\u{1F3FF}\u200D\u{1F692}', // firefighter, dark skin tone
];

/** Surrogate halves that do not form a pair; lone surrogates are valid JavaScript strings. */
export const LONE_SURROGATES: readonly string[] = [
  '\uD800', // high surrogate with nothing after it
  '\uDC00', // low surrogate with nothing before it
  '\uDBFF', // last high surrogate
  '\uDFFF', // last low surrogate
  '\uDC00\uD800', // a pair in the wrong order
];

/** Combining marks stacked onto a base letter. */
export const COMBINING_MARKS: readonly string[] = [
  '\u0301', // acute accent
  '\u0300', // grave accent
  '\u0308', // diaeresis
  '\u0327', // cedilla
  '\u0336', // long stroke overlay
  '\u20DD', // enclosing circle
];
