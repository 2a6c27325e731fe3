import { FIRST_NAME_SEPARATOR, MASK_ALPHABET, isLatin1 } from './data/first-name-format.js';
import { FIRST_NAMES, FIRST_NAMES_WIDE } from './data/first-names.generated.js';

/** Which name tables call a first name male and which female (bit i = FIRST_NAME_LANGUAGES[i]). */
export interface FirstNameMasks {
  readonly male: number;
  readonly female: number;
}

/**
 * A front-coded, sorted table of first names (written by build-first-names.ts), searched in
 * place: a binary search over character offsets for the last entry written in full (a
 * "restart": its shared-prefix count is '0', at least every FIRST_NAME_BLOCK entries) whose
 * name is not after the one sought, then a walk that rebuilds each following name from the
 * prefix it shares with the one before. Nothing is built up front: a map of 67,000 names cost
 * a cold start about 150 ms, an index of the blocks still some 5 ms, and a compare looks up
 * a few dozen names.
 */
class FrontCodedNames {
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  get(name: string): FirstNameMasks | undefined {
    const text = this.text;
    if (text.length === 0) return undefined;
    // `low` is a restart whose name is not after `name` (or the first entry); no restart at
    // or after `high` is.
    let low = 0;
    let high = text.length;
    for (;;) {
      let probe = this.nextRestart(Math.max((low + high) >>> 1, low + 1));
      if (probe >= high) probe = this.nextRestart(low + 1);
      if (probe >= high) break;
      if (text.slice(probe + 3, this.entryEnd(probe)) <= name) low = probe;
      else high = probe;
    }
    let start = low;
    let end = this.entryEnd(start);
    let current = text.slice(start + 3, end);
    for (;;) {
      if (current === name) return masksAt(text, start);
      if (current > name || end >= text.length) return undefined;
      start = end + 1;
      end = this.entryEnd(start);
      current = current.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 3, end);
    }
  }

  /** The first restart entry starting at or after `from` (> 0), or the text's length. */
  private nextRestart(from: number): number {
    const separator = this.text.indexOf(RESTART, from - 1);
    return separator < 0 ? this.text.length : separator + 1;
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

const RESTART = `${FIRST_NAME_SEPARATOR}0`;

function masksAt(text: string, start: number): FirstNameMasks {
  return { male: MASK_ALPHABET.indexOf(text.charAt(start + 1)), female: MASK_ALPHABET.indexOf(text.charAt(start + 2)) };
}

const latin1Names = new FrontCodedNames(FIRST_NAMES);
const wideNames = new FrontCodedNames(FIRST_NAMES_WIDE);

/** The masks of a lower-case first name, or undefined when no table lists it. */
export function firstNameMasks(name: string): FirstNameMasks | undefined {
  return (isLatin1(name) ? latin1Names : wideNames).get(name);
}

/** Every name of the table with its masks: for tests that compare it with its source. */
export function* allFirstNames(): Generator<[string, FirstNameMasks]> {
  yield* latin1Names.entries();
  yield* wideNames.entries();
}
