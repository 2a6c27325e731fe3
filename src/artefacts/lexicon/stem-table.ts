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
    if (flags.length === 0) return [];
    // One pass of a compiled regular expression over the whole table measures several times
    // faster on a cold start than a loop over its characters: an entry's stem, its `/` or
    // `*`, flags other than these, then one of these.
    const set = flags.map((flag) => flag.replace(/[\\\]^-]/gu, '\\$&')).join('');
    const pattern = new RegExp(`(?:^| )([^ /*]+)[/*][^ ${set}]*[${set}]`, 'gu');
    return Array.from(this.text.matchAll(pattern), (match) => match[1]!);
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
    let end = start;
    while (this.text.charCodeAt(end) !== SLASH && this.text.charCodeAt(end) !== STAR) end++;
    return this.text.slice(start, end);
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
