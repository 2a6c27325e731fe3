/**
 * The Sentence_Break property of Unicode Standard Annex #29 (Unicode Text Segmentation),
 * which the sentence-boundary rules in `../sentence-boundaries.ts` read. JavaScript regexes
 * cannot ask for Sentence_Break itself, so each class is rebuilt from the properties its
 * UAX #29 definition names (General_Category, Lowercase, Sentence_Terminal, …), which V8
 * reads from the same ICU data as `Intl.Segmenter`. Where a definition rests on a property
 * regexes lack (Line_Break), the class spells out the code points that property adds.
 *
 * Every code point was checked against the classes ICU gives (Node 20, ICU 78, Unicode 17;
 * test/text/sentence-boundaries.test.ts keeps checking them): the code points that the plain
 * definitions would misplace are listed below, each marked "ICU:". Each pattern is tested
 * on one code point; the first class in this order whose pattern matches wins, which is how
 * the definitions' "and not …" clauses are applied. Code points of no class are Other.
 */
export type SentenceBreakClass =
  | 'CR'
  | 'LF'
  | 'Sep'
  | 'Extend'
  | 'Format'
  | 'Numeric'
  | 'Sp'
  | 'Lower'
  | 'Upper'
  | 'OLetter'
  | 'ATerm'
  | 'STerm'
  | 'Close'
  | 'SContinue';

export const SENTENCE_BREAK_CLASSES: ReadonlyArray<readonly [SentenceBreakClass, RegExp]> = [
  ['CR', /^\r$/u],
  ['LF', /^\n$/u],
  // Paragraph separators besides CR and LF: next line (NEL), line separator, paragraph separator.
  ['Sep', /^[\u0085\u2028\u2029]$/u],
  // Combining and spacing marks, variation selectors and the zero-width (non-)joiner: they
  // belong to the character before them. Tested before Lower and OLetter, which exclude them.
  ['Extend', /^[\p{Grapheme_Extend}\p{Mc}\u200d]$/u],
  // Line_Break=Numeric: decimal digits and the Arabic decimal and thousands separators.
  // ICU: also U+19DA New Tai Lue Tham digit one (a No, not an Nd), and the prepended
  // concatenation marks that introduce a number (Arabic number sign U+0600..U+0605, end of
  // ayah U+06DD, U+0890..U+0891, U+08E2, Kaithi U+110BD, U+110CD), which are Format
  // characters by category; hence tested before Format.
  ['Numeric', /^[\p{Nd}\u066b\u066c\u19da\u0600-\u0605\u06dd\u0890\u0891\u08e2\u{110bd}\u{110cd}]$/u],
  // Invisible format controls (soft hyphen, bidi marks, zero-width space, word joiner, BOM),
  // ignored like Extend. ZWNJ is Grapheme_Extend and ZWJ is listed there, so both are Extend.
  ['Format', /^\p{Cf}$/u],
  // White space that does not end a paragraph (space, tab, no-break and typographic spaces).
  ['Sp', /^[\p{White_Space}]$/u],
  // ICU: Georgian Mkhedruli (U+10D0..U+10FA, U+10FD..U+10FF) and Mtavruli (U+1C90..U+1CBF)
  // are cased since Unicode 11, but their Sentence_Break stayed OLetter; the older Georgian
  // scripts are Lower and Upper.
  ['Lower', /^(?![\u10d0-\u10fa\u10fd-\u10ff])\p{Lowercase}$/u],
  ['Upper', /^(?![\u1c90-\u1cbf])[\p{Uppercase}\p{Lt}]$/u],
  // Other letters: uncased scripts (CJK, Arabic, Hebrew, Indic, Thai…), and the Hebrew geresh.
  ['OLetter', /^[\p{Alphabetic}\u05f3]$/u],
  // Full stops, which may also end an abbreviation or sit in a number: full stop, one dot
  // leader, small and fullwidth full stops.
  ['ATerm', /^[.\u2024\ufe52\uff0e]$/u],
  // Other sentence terminals: ! ? … and their counterparts in other scripts (danda, ideographic
  // full stop, Arabic question mark…).
  ['STerm', /^\p{Sentence_Terminal}$/u],
  // Brackets and quotation marks that may follow a terminal. Line_Break=Quotation adds the
  // ASCII quotes, the ornamental quotes U+275B..U+2760, U+1F676..U+1F678 and the New Testament
  // editorial marks U+2E00..U+2E0D, U+2E1C..U+2E1D, U+2E20..U+2E21 to the Ps/Pe/Pi/Pf marks.
  ['Close', /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275b-\u2760\u2e00-\u2e0d\u2e1c\u2e1d\u2e20\u2e21\u{1f676}-\u{1f678}]$/u],
  // Marks after which a sentence goes on: commas, hyphens and dashes, colons and semicolons
  // (with the Greek question mark, a semicolon), in their ASCII, CJK, fullwidth, small and
  // vertical forms, and the Armenian, Arabic, N'Ko and Mongolian commas.
  [
    'SContinue',
    /^[,\-:;\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]$/u,
  ],
];

/**
 * Every code point of class ATerm, STerm, CR, LF or Sep: the only ones after which a sentence
 * can end (Sentence_Terminal holds every ATerm and STerm).
 */
export const TERMINAL_OR_SEPARATOR = /[\p{Sentence_Terminal}\r\n\u0085\u2028\u2029]/u;
