/**
 * Writing systems that do not belong in English text: a run of them is untranslated
 * source text (or a name left in its own script). Each entry: the Unicode script name
 * (as in `\p{Script=…}`), and the languages it usually carries.
 */
export const FOREIGN_SCRIPTS: ReadonlyMap<string, string> = new Map([
  ['Han', 'Chinese, Japanese kanji'],
  ['Hiragana', 'Japanese'],
  ['Katakana', 'Japanese'],
  ['Hangul', 'Korean'],
  ['Cyrillic', 'Russian, Ukrainian, Bulgarian, Serbian'],
  ['Arabic', 'Arabic, Persian, Urdu'],
  ['Greek', 'Greek'],
  ['Hebrew', 'Hebrew, Yiddish'],
  ['Thai', 'Thai'],
  ['Devanagari', 'Hindi, Marathi, Nepali'],
  ['Bengali', 'Bengali'],
  ['Tamil', 'Tamil'],
  ['Georgian', 'Georgian'],
  ['Armenian', 'Armenian'],
  ['Ethiopic', 'Amharic, Tigrinya'],
  ['Khmer', 'Khmer'],
  ['Lao', 'Lao'],
  ['Myanmar', 'Burmese'],
  ['Sinhala', 'Sinhala'],
  ['Gujarati', 'Gujarati'],
  ['Gurmukhi', 'Punjabi'],
  ['Telugu', 'Telugu'],
  ['Kannada', 'Kannada'],
  ['Malayalam', 'Malayalam'],
  ['Tibetan', 'Tibetan'],
  ['Mongolian', 'Mongolian'],
]);
