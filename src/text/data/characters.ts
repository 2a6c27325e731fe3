/**
 * How the normalised view folds typographic variants. Each entry maps one code point to
 * its replacement; an empty replacement removes the character. Folding is only for
 * matching: offsets always map back to the original text.
 */
export const CHARACTER_FOLDS: ReadonlyMap<number, string> = new Map<number, string>([
  // Double quotation marks of every style fold to ASCII ", so that quotes match across styles.
  [0x201c, '"'], // “ left double quotation mark
  [0x201d, '"'], // ” right double quotation mark
  [0x201e, '"'], // „ double low-9 quotation mark (German, Polish opener)
  [0x201f, '"'], // ‟ double high-reversed-9 quotation mark
  [0x00ab, '"'], // « left-pointing double angle quotation mark (Italian, French)
  [0x00bb, '"'], // » right-pointing double angle quotation mark
  [0x2033, '"'], // ″ double prime, often typed for a quote mark
  [0x301d, '"'], // 〝 reversed double prime quotation mark
  [0x301e, '"'], // 〞 double prime quotation mark
  [0xff02, '"'], // ＂ fullwidth quotation mark
  // Single quotation marks and apostrophes fold to ASCII '.
  [0x2018, "'"], // ‘ left single quotation mark
  [0x2019, "'"], // ’ right single quotation mark, also the typographic apostrophe
  [0x201a, "'"], // ‚ single low-9 quotation mark
  [0x201b, "'"], // ‛ single high-reversed-9 quotation mark
  [0x2039, "'"], // ‹ single left-pointing angle quotation mark
  [0x203a, "'"], // › single right-pointing angle quotation mark
  [0x2032, "'"], // ′ prime, often typed for an apostrophe
  [0x02bc, "'"], // ʼ modifier letter apostrophe
  [0x0060, "'"], // ` grave accent used as an opening quote in plain text
  [0x00b4, "'"], // ´ acute accent used as an apostrophe
  [0xff07, "'"], // ＇ fullwidth apostrophe
  // Hyphens fold to ASCII hyphen-minus; dashes keep their width class.
  [0x2010, '-'], // ‐ hyphen
  [0x2011, '-'], // ‑ non-breaking hyphen
  [0x2212, '-'], // − minus sign
  [0xfe63, '-'], // ﹣ small hyphen-minus
  [0xff0d, '-'], // － fullwidth hyphen-minus
  [0x2012, '–'], // ‒ figure dash
  [0x2015, '—'], // ― horizontal bar, used as a quotation dash
  // Spaces of every width fold to one ASCII space, so that tokens split the same way.
  [0x0009, ' '], // tab
  [0x000b, ' '], // vertical tab
  [0x000c, ' '], // form feed
  [0x00a0, ' '], // no-break space
  [0x1680, ' '], // ogham space mark
  [0x2000, ' '], // en quad
  [0x2001, ' '], // em quad
  [0x2002, ' '], // en space
  [0x2003, ' '], // em space
  [0x2004, ' '], // three-per-em space
  [0x2005, ' '], // four-per-em space
  [0x2006, ' '], // six-per-em space
  [0x2007, ' '], // figure space
  [0x2008, ' '], // punctuation space
  [0x2009, ' '], // thin space
  [0x200a, ' '], // hair space
  [0x202f, ' '], // narrow no-break space (French punctuation spacing)
  [0x205f, ' '], // medium mathematical space
  [0x3000, ' '], // ideographic space
  // Line breaks fold to \n; CRLF is handled as a pair by the normaliser.
  [0x000d, '\n'], // carriage return (lone CR, old Mac line ending)
  [0x0085, '\n'], // next line
  [0x2028, '\n'], // line separator
  [0x2029, '\n'], // paragraph separator
  // Invisible characters that split or glue words in copy-pasted text are removed.
  [0x00ad, ''], // soft hyphen: "de\u00adescalation" is one word
  [0x200b, ''], // zero-width space
  [0x2060, ''], // word joiner
  [0xfeff, ''], // byte order mark / zero-width no-break space
  // Ligatures and compatibility forms expand to their letters.
  [0xfb00, 'ff'], // ﬀ
  [0xfb01, 'fi'], // ﬁ
  [0xfb02, 'fl'], // ﬂ
  [0xfb03, 'ffi'], // ﬃ
  [0xfb04, 'ffl'], // ﬄ
  [0xfb05, 'st'], // ﬅ long s t
  [0xfb06, 'st'], // ﬆ
  [0x2026, '...'], // … horizontal ellipsis
  [0x2024, '.'], // ․ one dot leader
  [0x2044, '/'], // ⁄ fraction slash
]);
