/**
 * Double quotation marks and how they pair. A pair is written opener + closer; any pair
 * not listed (an Italian « closed by an English “) is a mismatch. Straight `"` pairs with
 * anything: it is the fallback of every keyboard, not a style.
 */
export const DOUBLE_QUOTE_MARKS: ReadonlyMap<string, 'opener' | 'closer' | 'either'> = new Map([
  ['\u201c', 'opener'], // “ English opener; German closer
  ['\u201d', 'closer'], // ” English closer; Swedish both
  ['\u201e', 'opener'], // „ German and Polish opener
  ['\u00ab', 'opener'], // « French, Italian opener; Danish closer
  ['\u00bb', 'closer'], // » French, Italian closer; Danish opener
  ['"', 'either'], // straight quote
  ['\u201f', 'opener'], // ‟ reversed opener
  ['\u2033', 'either'], // ″ double prime typed for a quote mark
  ['\u301d', 'opener'], // 〝 CJK opener
  ['\u301e', 'closer'], // 〞 CJK closer
  ['\uff02', 'either'], // ＂ fullwidth straight quote
]);

/** Opener + closer pairs that some language's typography uses. */
export const QUOTE_PAIRS: ReadonlySet<string> = new Set([
  '\u201c\u201d', // “…” English, Italian, Spanish
  '\u00ab\u00bb', // «…» French, Italian, Spanish, Russian
  '\u00bb\u00ab', // »…« Danish, German books
  '\u201e\u201c', // „…“ German, Czech
  '\u201e\u201d', // „…” Polish, Hungarian, Romanian
  '\u201d\u201d', // ”…” Swedish, Finnish
  '\u201f\u201d', // ‟…” rare English variant
  '\u301d\u301e', // 〝…〞 CJK
]);
