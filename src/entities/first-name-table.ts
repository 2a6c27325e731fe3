import { FIRST_NAME_BLOCK, FIRST_NAME_SEPARATOR, MASK_ALPHABET, isLatin1 } from './data/first-name-format.js';
import { FIRST_NAMES, FIRST_NAMES_WIDE } from './data/first-names.generated.js';

/** Which name tables call a first name male and which female (bit i = FIRST_NAME_LANGUAGES[i]). */
export interface FirstNameMasks {
  readonly male: number;
  readonly female: number;
}

/**
 * A front-coded, sorted table of first names (written by build-first-names.ts), searched in
 * place: a binary search over the blocks' first names, then a walk through one block that
 * rebuilds each name from the prefix it shares with the one before. Far cheaper on a cold
 * start than building a map of 67,000 names; a compare looks up a few dozen.
 */
class FrontCodedNames {
  private readonly text: string;
  /** Offset of the first entry of each block, found in one pass on first use. */
  private blockStarts: Int32Array | undefined;

  constructor(text: string) {
    this.text = text;
  }

  load(): Int32Array {
    if (this.blockStarts) return this.blockStarts;
    const text = this.text;
    const starts: number[] = text.length > 0 ? [0] : [];
    let entry = 0;
    for (let at = text.indexOf(FIRST_NAME_SEPARATOR); at >= 0; at = text.indexOf(FIRST_NAME_SEPARATOR, at + 1)) {
      if (++entry % FIRST_NAME_BLOCK === 0) starts.push(at + 1);
    }
    this.blockStarts = Int32Array.from(starts);
    return this.blockStarts;
  }

  get(name: string): FirstNameMasks | undefined {
    const starts = this.load();
    const text = this.text;
    if (starts.length === 0) return undefined;
    // The last block whose first name is not after `name`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      const start = starts[mid]!;
      if (text.slice(start + 3, this.entryEnd(start)) <= name) low = mid;
      else high = mid - 1;
    }
    let start = starts[low]!;
    let end = this.entryEnd(start);
    let current = text.slice(start + 3, end);
    for (let entry = 0; ; ) {
      if (current === name) return masksAt(text, start);
      if (current > name || ++entry === FIRST_NAME_BLOCK || end >= text.length) return undefined;
      start = end + 1;
      end = this.entryEnd(start);
      current = current.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 3, end);
    }
  }

  *entries(): Generator<[string, FirstNameMasks]> {
    const text = this.text;
    let current = '';
    for (let start = 0; start < text.length; ) {
      const end = this.entryEnd(start);
      current = current.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 3, end);
      yield [current, masksAt(text, start)];
      start = end + 1;
    }
  }

  private entryEnd(start: number): number {
    const end = this.text.indexOf(FIRST_NAME_SEPARATOR, start);
    return end < 0 ? this.text.length : end;
  }
}

function masksAt(text: string, start: number): FirstNameMasks {
  return { male: MASK_ALPHABET.indexOf(text.charAt(start + 1)), female: MASK_ALPHABET.indexOf(text.charAt(start + 2)) };
}

const latin1Names = new FrontCodedNames(FIRST_NAMES);
const wideNames = new FrontCodedNames(FIRST_NAMES_WIDE);

/** Indexes the table's blocks, so that later lookups pay no loading cost. */
export function loadFirstNames(): void {
  latin1Names.load();
  wideNames.load();
}

/** The masks of a lower-case first name, or undefined when no table lists it. */
export function firstNameMasks(name: string): FirstNameMasks | undefined {
  return (isLatin1(name) ? latin1Names : wideNames).get(name);
}

/** Every name of the table with its masks: for tests that compare it with its source. */
export function* allFirstNames(): Generator<[string, FirstNameMasks]> {
  yield* latin1Names.entries();
  yield* wideNames.entries();
}
