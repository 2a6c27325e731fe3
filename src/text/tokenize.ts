import { stem } from './stem.js';
import type { TokenKind } from './types.js';

/** A token in normalised coordinates, before mapping to the original text. */
export interface RawToken {
  start: number;
  end: number;
  norm: string;
  kind: TokenKind;
}

// One alternative per kind, each linear: separators inside numbers and words must be
// followed by a digit or letter, so no two quantifiers compete for the same characters.
const TOKEN_PATTERN = new RegExp(
  [
    // 1: numbers, with decimal or thousands separators, times, ordinals and "4-hour" compounds.
    String.raw`(\p{Nd}+(?:[.,:/]\p{Nd}+)*\p{L}*(?:-[\p{L}\p{Nd}]+)*)`,
    // 2: one CJK character is one word: these scripts do not separate words with spaces.
    String.raw`([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`,
    // 3: words, with inner apostrophes (don't) and hyphens (de-escalation).
    String.raw`(\p{L}[\p{L}\p{M}\p{Nd}]*(?:['\-][\p{L}\p{M}\p{Nd}]+)*)`,
    // 4: punctuation; an ellipsis of full stops stays one token.
    String.raw`(\.{2,}|\p{P})`,
    // 5: anything else visible: symbols, emoji, stray marks, lone surrogates.
    String.raw`(\S)`,
  ].join('|'),
  'gu',
);

const POSSESSIVE = /^(.+)'s$/u;

/** Splits normalised text into typed tokens. Possessive 's becomes its own token. */
export function tokenize(text: string, offset = 0): RawToken[] {
  const tokens: RawToken[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = offset + (match.index ?? 0);
    const norm = match[0];
    const end = start + norm.length;
    const kind: TokenKind =
      match[1] !== undefined
        ? 'number'
        : match[2] !== undefined || match[3] !== undefined
          ? 'word'
          : match[4] !== undefined
            ? 'punctuation'
            : 'symbol';
    const possessive = kind === 'word' ? POSSESSIVE.exec(norm) : null;
    if (possessive?.[1]) {
      const stemLength = possessive[1].length;
      tokens.push({ start, end: start + stemLength, norm: possessive[1], kind });
      tokens.push({ start: start + stemLength, end, norm: "'s", kind });
      continue;
    }
    tokens.push({ start, end, norm, kind });
  }
  return tokens;
}

/** Lowercase form and stem of a normalised token. */
export function lowerAndStem(norm: string, kind: TokenKind): { lower: string; stem: string } {
  const lower = norm.toLowerCase();
  return { lower, stem: stemOfLower(lower, kind) };
}

/** The stem of a token's lowercase form: Porter for words, the form itself otherwise. */
export function stemOfLower(lower: string, kind: TokenKind): string {
  return kind === 'word' ? stem(lower) : lower;
}
