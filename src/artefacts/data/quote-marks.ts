import { QUOTE_MARKS } from '../../quotes/data/quote-marks.js';

const ROLE_OF_SHAPE = { open: 'opener', close: 'closer', neutral: 'either' } as const;

/**
 * Double quotation marks and how they pair. A pair is written opener + closer; any pair
 * not listed (an Italian « closed by an English “) is a mismatch. Straight `"` pairs with
 * anything: it is the fallback of every keyboard, not a style. The glyphs and their usual
 * direction come from the quote extractor's table, so both stages see the same marks.
 */
export const DOUBLE_QUOTE_MARKS: ReadonlyMap<string, 'opener' | 'closer' | 'either'> = new Map([
  ...[...QUOTE_MARKS].filter(([, info]) => info.family === 'double').map(([mark, info]) => [mark, ROLE_OF_SHAPE[info.shape]] as const),
  // ″ double prime: typed for a quote mark often enough to check its pairing, but the
  // extractor does not open quotes on it, because it is also the inch sign (12″).
  ['\u2033', 'either'],
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
