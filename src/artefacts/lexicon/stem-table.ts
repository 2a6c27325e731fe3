import type { StemLookup } from './hunspell.js';

const SLASH = 0x2f;
const STAR = 0x2a;
const SPACE = 0x20;

/**
 * The stems of a Hunspell dictionary stored as one string, searched in place: one entry per
 * lower-cased stem in code-unit order, `stem/flags`, or `stem*flags` for a stem listed only
 * with a capital, separated by spaces (an escaped line break would slow the literal's
 * compilation). Building a map of 48,000 stems cost a cold start some 60 ms (mostly
 * allocation and garbage collection); a line index and binary search cost about 1 ms, and a
 * compare looks up only a few hundred stems. Written by build-english-stems.ts.
 */
export class StemTable implements StemLookup {
  private readonly text: string;
  /** Offset of each entry (called lines below). */
  private readonly starts: Int32Array;

  constructor(text: string) {
    this.text = text;
    let count = text.length > 0 ? 1 : 0;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) starts[line++] = at + 1;
    this.starts = starts;
  }

  get(stem: string): string | undefined {
    const line = this.find(stem);
    if (line < 0) return undefined;
    const flagsStart = this.starts[line]! + stem.length + 1;
    return this.text.slice(flagsStart, this.lineEnd(line));
  }

  isProper(stem: string): boolean {
    const line = this.find(stem);
    return line >= 0 && this.text.charCodeAt(this.starts[line]! + stem.length) === STAR;
  }

  withAnyFlag(flags: readonly string[]): string[] {
    const codes = flags.map((flag) => flag.charCodeAt(0));
    const text = this.text;
    const result: string[] = [];
    for (let line = 0; line < this.starts.length; line++) {
      const start = this.starts[line]!;
      const end = this.lineEnd(line);
      let stemEnd = start;
      while (stemEnd < end && text.charCodeAt(stemEnd) !== SLASH && text.charCodeAt(stemEnd) !== STAR) stemEnd++;
      for (let at = stemEnd + 1; at < end; at++) {
        if (codes.includes(text.charCodeAt(at))) {
          result.push(text.slice(start, stemEnd));
          break;
        }
      }
    }
    return result;
  }

  startingWith(start: string): string[] {
    const result: string[] = [];
    // Stems starting with `start` are one run of lines, from the first one not before it.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compareStem(mid, start) < 0) low = mid + 1;
      else high = mid;
    }
    for (let line = low; line < this.starts.length; line++) {
      const stem = this.stemAt(line);
      if (!stem.startsWith(start)) break;
      result.push(stem);
    }
    return result;
  }

  private stemAt(line: number): string {
    const start = this.starts[line]!;
    let end = start;
    while (this.text.charCodeAt(end) !== SLASH && this.text.charCodeAt(end) !== STAR) end++;
    return this.text.slice(start, end);
  }

  private lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
  }

  /** The line holding `stem`, or -1. */
  private find(stem: string): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const order = this.compareStem(mid, stem);
      if (order === 0) return mid;
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return -1;
  }

  /**
   * The order of the line's stem against `key` (negative: the stem comes first), in code-unit
   * order, without slicing the stem out: a stem ends at its `/` or `*`.
   */
  private compareStem(line: number, key: string): number {
    const text = this.text;
    const start = this.starts[line]!;
    for (let k = 0; ; k++) {
      const code = text.charCodeAt(start + k);
      const stemEnded = code === SLASH || code === STAR || code === SPACE || Number.isNaN(code);
      if (k === key.length) return stemEnded ? 0 : 1;
      if (stemEnded) return -1;
      const difference = code - key.charCodeAt(k);
      if (difference !== 0) return difference;
    }
  }
}
