/**
 * Quotation marks corroborate recognises. `shape` is what the glyph usually does in
 * English, Italian, French and German typography; the context around a mark in the
 * text decides first, the shape only breaks ties. Reversed and mismatched marks are
 * common in machine-translated copy, so no glyph is trusted on its own.
 */
export interface QuoteMarkInfo {
  readonly family: 'double' | 'single';
  readonly shape: 'open' | 'close' | 'neutral';
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMarkInfo> = new Map<string, QuoteMarkInfo>([
  ['"', { family: 'double', shape: 'neutral' }], // straight double quote: direction from context only
  ['\u201c', { family: 'double', shape: 'open' }], // “ English opener; German closer
  ['\u201d', { family: 'double', shape: 'close' }], // ” English closer; Swedish uses it both ways
  ['\u201e', { family: 'double', shape: 'open' }], // „ German and Polish opener
  ['\u201f', { family: 'double', shape: 'open' }], // ‟ rare reversed opener
  ['\u00ab', { family: 'double', shape: 'open' }], // « Italian and French opener; German closer
  ['\u00bb', { family: 'double', shape: 'close' }], // » Italian and French closer; German opener
  ['\u301d', { family: 'double', shape: 'open' }], // 〝 East Asian opener
  ['\u301e', { family: 'double', shape: 'close' }], // 〞 East Asian closer
  ['\uff02', { family: 'double', shape: 'neutral' }], // ＂ fullwidth straight quote
  ["'", { family: 'single', shape: 'neutral' }], // straight single quote, also the apostrophe
  ['\u2018', { family: 'single', shape: 'open' }], // ‘ English single opener
  ['\u2019', { family: 'single', shape: 'close' }], // ’ English single closer, also the apostrophe
  ['\u201a', { family: 'single', shape: 'open' }], // ‚ German single opener
  ['\u201b', { family: 'single', shape: 'open' }], // ‛ rare reversed single opener
  ['\u2039', { family: 'single', shape: 'open' }], // ‹ French single opener
  ['\u203a', { family: 'single', shape: 'close' }], // › French single closer
]);

/**
 * Words that begin with an apostrophe standing for dropped letters ('em, 'til), so the
 * mark before them opens no quotation. Lower case, without the apostrophe.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set([
  'em', // them
  'til', // until
  'till', // until
  'cause', // because
  'cos', // because
  'bout', // about
  'round', // around
  'tis', // it is
  'twas', // it was
  'n', // "rock 'n' roll"
  'nuff', // enough
  'ol', // old
  's', // the possessive after a closing mark, or "'s" for "is"
]);
