import { invalidType } from '../errors.js';
import { CHARACTER_FOLDS } from './data/characters.js';
import type { NormalizedText, Span } from './types.js';

const COMBINING_MARK = /\p{M}/u;

/** Growable pair of offset arrays: where each normalised code unit came from. */
class OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }
  push(start: number, end: number, units: number): void {
    if (this.length + units > this.starts.length) {
      const capacity = Math.max(this.starts.length * 2, this.length + units);
      const starts = new Int32Array(capacity);
      const ends = new Int32Array(capacity);
      starts.set(this.starts.subarray(0, this.length));
      ends.set(this.ends.subarray(0, this.length));
      this.starts = starts;
      this.ends = ends;
    }
    for (let k = 0; k < units; k++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }
}

function foldCodePoint(code: number, char: string): string {
  const folded = CHARACTER_FOLDS.get(code);
  if (folded !== undefined) return folded;
  // Fullwidth ASCII variants (common in text pasted from CJK sources).
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Control characters would break tokenisation; they become spaces, keeping offsets.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return ' ';
  return char;
}

/**
 * Builds the normalised view of `original` with a map back to original offsets.
 * Runs in one pass, linear in the input length.
 *
 * @throws {TypeError} when `original` is not a string.
 */
export function normalizeText(original: string): NormalizedText {
  if (typeof original !== 'string') throw invalidType('original', 'a string', original);
  const map = new OffsetMap(original.length + 8);
  const parts: string[] = [];
  let asciiRunStart = -1;
  const flushAscii = (upTo: number): void => {
    if (asciiRunStart < 0) return;
    parts.push(original.slice(asciiRunStart, upTo));
    for (let k = asciiRunStart; k < upTo; k++) map.push(k, k + 1, 1);
    asciiRunStart = -1;
  };

  let i = 0;
  const length = original.length;
  while (i < length) {
    const code = original.charCodeAt(i);
    // Plain printable ASCII and \n need no folding: batch them.
    if ((code >= 0x20 && code < 0x7f && code !== 0x60) || code === 0x0a) {
      if (asciiRunStart < 0) asciiRunStart = i;
      i++;
      continue;
    }
    flushAscii(i);
    if (code === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
      parts.push('\n');
      map.push(i, i + 2, 1);
      i += 2;
      continue;
    }
    const codePoint = original.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    let clusterEnd = i + width;
    // A base followed by combining marks is composed (NFC) so that "e\u0301" matches "é".
    while (clusterEnd < length) {
      const next = original.codePointAt(clusterEnd) ?? 0;
      if (next < 0x300) break;
      const nextChar = String.fromCodePoint(next);
      if (!COMBINING_MARK.test(nextChar)) break;
      clusterEnd += nextChar.length;
    }
    if (clusterEnd > i + width) {
      const cluster = original.slice(i, clusterEnd);
      const composed = cluster.normalize('NFC');
      parts.push(composed);
      map.push(i, clusterEnd, composed.length);
      i = clusterEnd;
      continue;
    }
    const folded = foldCodePoint(codePoint, char);
    if (folded.length > 0) {
      parts.push(folded);
      map.push(i, i + width, folded.length);
    }
    i += width;
  }
  flushAscii(length);

  const text = parts.join('');
  const starts = map.starts;
  const ends = map.ends;
  const normalizedLength = text.length;

  const originalStart = (index: number): number => {
    if (index >= normalizedLength) return length;
    if (index <= 0) return normalizedLength === 0 ? length : (starts[0] ?? 0);
    return starts[index] ?? length;
  };
  const originalEnd = (index: number): number => {
    if (index <= 0) return 0;
    if (index > normalizedLength) return length;
    return ends[index - 1] ?? length;
  };
  const toOriginal = (start: number, end: number): Span => {
    if (end <= start) {
      const at = originalStart(start);
      return { start: at, end: at };
    }
    return { start: originalStart(start), end: originalEnd(end) };
  };
  return Object.freeze({ text, originalStart, originalEnd, toOriginal });
}
