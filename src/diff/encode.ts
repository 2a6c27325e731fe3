/**
 * Maps token keys to single code points so that a character diff (fast-diff) becomes a
 * token diff. Private-use code points never occur in the keys' meaning, and they are
 * used only inside the engine, so any distinct code point would do; private use first
 * keeps the encoded strings in the BMP (one code unit per token) for typical inputs.
 */

const BMP_PRIVATE_USE_START = 0xe000;
const BMP_PRIVATE_USE_SIZE = 0xf8ff - 0xe000 + 1; // 6,400
// Beyond the BMP block, planes 15 and 16 are private use; past them, any supplementary
// code point works because the strings never leave the engine.
const SUPPLEMENTARY_START = 0xf0000;
const SUPPLEMENTARY_FALLBACK_START = 0x20000;
const SUPPLEMENTARY_FALLBACK_END = 0xeffff;
const LAST_CODE_POINT = 0x10ffff;

/** Assigns each distinct key a code point, shared by both sides of one diff. */
export class KeyEncoder {
  private readonly codes = new Map<string, string>();
  private readonly overflowA: string;
  private readonly overflowB: string;

  constructor() {
    // Two reserved code points for keys past the last available one: overflowing tokens
    // of A never equal those of B, which is the safe answer for pathological input.
    this.overflowA = String.fromCodePoint(SUPPLEMENTARY_FALLBACK_END - 1);
    this.overflowB = String.fromCodePoint(SUPPLEMENTARY_FALLBACK_END);
  }

  /** The code point (as a string of one or two code units) for `key`. */
  encode(key: string, side: 'a' | 'b'): string {
    const known = this.codes.get(key);
    if (known !== undefined) return known;
    const code = codePointFor(this.codes.size);
    if (code === undefined) return side === 'a' ? this.overflowA : this.overflowB;
    const char = String.fromCodePoint(code);
    this.codes.set(key, char);
    return char;
  }
}

function codePointFor(index: number): number | undefined {
  if (index < BMP_PRIVATE_USE_SIZE) return BMP_PRIVATE_USE_START + index;
  const supplementary = index - BMP_PRIVATE_USE_SIZE;
  const privateUseCount = LAST_CODE_POINT - SUPPLEMENTARY_START + 1;
  if (supplementary < privateUseCount) {
    return SUPPLEMENTARY_START + supplementary;
  }
  const fallback = SUPPLEMENTARY_FALLBACK_START + (supplementary - privateUseCount);
  return fallback < SUPPLEMENTARY_FALLBACK_END - 1 ? fallback : undefined;
}
