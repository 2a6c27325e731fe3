import { FIRST_NAME_BLOCK, MASK_ALPHABET } from './data/first-name-format.js';
import { FIRST_NAMES } from './data/first-names.generated.js';

/** Which name tables call a first name male and which female (bit i = FIRST_NAME_LANGUAGES[i]). */
export interface FirstNameMasks {
  readonly male: number;
  readonly female: number;
}

let blockStarts: Int32Array | undefined;

/**
 * Offsets of the first line of each block of the front-coded table, found in one pass on
 * first use: far cheaper than building a map of 67,000 names at start-up.
 */
export function loadFirstNames(): Int32Array {
  if (blockStarts) return blockStarts;
  const text = FIRST_NAMES;
  const starts: number[] = [0];
  let line = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++line % FIRST_NAME_BLOCK === 0) starts.push(at + 1);
  }
  blockStarts = Int32Array.from(starts);
  return blockStarts;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function masksAt(text: string, start: number): FirstNameMasks {
  return { male: MASK_ALPHABET.indexOf(text.charAt(start + 1)), female: MASK_ALPHABET.indexOf(text.charAt(start + 2)) };
}

/**
 * The masks of a lower-case first name, or undefined when no table lists it: a binary
 * search over the blocks' first names, then a walk through one block, rebuilding each name
 * from the prefix it shares with the one before.
 */
export function firstNameMasks(name: string): FirstNameMasks | undefined {
  const starts = loadFirstNames();
  const text = FIRST_NAMES;
  // The last block whose first name is not after `name`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const start = starts[mid]!;
    if (text.slice(start + 3, lineEnd(text, start)) <= name) low = mid;
    else high = mid - 1;
  }
  let start = starts[low]!;
  let end = lineEnd(text, start);
  let current = text.slice(start + 3, end);
  for (let line = 0; ; ) {
    if (current === name) return masksAt(text, start);
    if (current > name || ++line === FIRST_NAME_BLOCK || end >= text.length) return undefined;
    start = end + 1;
    end = lineEnd(text, start);
    current = current.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 3, end);
  }
}

/** Every name of the table with its masks, in order: for tests that compare it with its source. */
export function* allFirstNames(): Generator<[string, FirstNameMasks]> {
  const text = FIRST_NAMES;
  let current = '';
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    current = current.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 3, end);
    yield [current, masksAt(text, start)];
    start = end + 1;
  }
}
