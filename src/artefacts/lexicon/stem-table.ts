import type { StemLookup } from './hunspell.js';

const SLASH = 0x2f;
const STAR = 0x2a;
const SPACE = 0x20;

/**
 * The stems of a Hunspell dictionary stored as one string, searched in place: one entry per
 * lower-cased stem in code-unit order, `stem/flags`, or `stem*flags` for a stem listed only
 * with a capital, separated by spaces (an escaped line break would slow the literal's
 * compilation). Written by build-english-stems.ts; the frequency ranks (build-frequency-ranks.ts)
 * use the same format, a rank in place of the flags.
 *
 * Building a map of 48,000 stems cost a cold start some 60 ms (mostly allocation and garbage
 * collection), and even an index of entry offsets some 8 ms; a binary search over character
 * offsets, which finds each probe's entry by looking back for its separator, costs nothing
 * up front, and a compare looks up only a few hundred stems.
 */
export class StemTable implements StemLookup {
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  get(stem: string): string | undefined {
    const start = this.find(stem);
    return start < 0 ? undefined : this.text.slice(start + stem.length + 1, this.entryEnd(start));
  }

  isProper(stem: string): boolean {
    const start = this.find(stem);
    return start >= 0 && this.text.charCodeAt(start + stem.length) === STAR;
  }

  withAnyFlag(flags: readonly string[]): string[] {
    // Jumping from one occurrence of a flag to the next with indexOf measures several times
    // faster on a cold start than a loop over the table's characters (a prefix's flag is
    // rare); an occurrence counts when it lies after its entry's stem.
    const text = this.text;
    const starts = new Set<number>();
    for (const flag of flags) {
      for (let at = text.indexOf(flag); at >= 0; at = text.indexOf(flag, at + 1)) {
        const start = text.lastIndexOf(' ', at) + 1;
        if (this.stemEnd(start) < at) starts.add(start);
      }
    }
    return [...starts].sort((a, b) => a - b).map((start) => this.stemAt(start));
  }

  startingWith(start: string): string[] {
    const text = this.text;
    const result: string[] = [];
    // Stems starting with `start` are one run of entries, from the first one not before it.
    for (let at = this.lowerBound(start); at < text.length; at = this.entryEnd(at) + 1) {
      const stem = this.stemAt(at);
      if (!stem.startsWith(start)) break;
      result.push(stem);
    }
    return result;
  }

  private stemAt(start: number): string {
    return this.text.slice(start, this.stemEnd(start));
  }

  /** Where the stem of the entry at `start` ends: at its `/` or `*`. */
  private stemEnd(start: number): number {
    let end = start;
    while (this.text.charCodeAt(end) !== SLASH && this.text.charCodeAt(end) !== STAR) end++;
    return end;
  }

  private entryEnd(start: number): number {
    const end = this.text.indexOf(' ', start);
    return end < 0 ? this.text.length : end;
  }

  /**
   * The start of the first entry whose stem is not before `key` (the text's length when
   * there is none). `low` is always an entry start; a probe between `low` and `high` reads
   * the entry that holds the character before it.
   */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = mid > low ? this.text.lastIndexOf(' ', mid - 1) + 1 : low;
      if (this.compareStem(start, key) < 0) low = this.entryEnd(start) + 1;
      else high = start;
    }
    return Math.min(low, this.text.length);
  }

  /** The start of the entry of `stem`, or -1. */
  private find(stem: string): number {
    const start = this.lowerBound(stem);
    return start < this.text.length && this.compareStem(start, stem) === 0 ? start : -1;
  }

  /**
   * The order of the stem of the entry at `start` against `key` (negative: the stem comes
   * first), in code-unit order, without slicing the stem out: a stem ends at its `/` or `*`.
   */
  private compareStem(start: number, key: string): number {
    const text = this.text;
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
