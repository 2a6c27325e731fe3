/** Sentence alignment between two line-aligned renderings (WMT21 references). */
import type { ParallelBlock } from '../loaders/wmt.js';
import type { EvalSentenceMatch } from '../systems/types.js';
import { lineIndexAt, lineStarts, type Range } from './spans.js';

export interface AlignmentTally {
  matches: number;
  correct: number;
  lines: number;
  /** Lines of A with at least one correct match. */
  linesMatched: number;
}

export function emptyAlignmentTally(): AlignmentTally {
  return { matches: 0, correct: 0, lines: 0, linesMatched: 0 };
}

/** The line a sentence belongs to: the one its midpoint falls in. */
export function lineOfSpan(starts: readonly number[], span: Range): number {
  return lineIndexAt(starts, Math.floor((span.start + span.end) / 2));
}

/** A match is correct when both sentences sit in the same line number of their block. */
export function tallyBlock(tally: AlignmentTally, block: ParallelBlock, matches: readonly EvalSentenceMatch[]): void {
  const startsA = lineStarts(block.a);
  const startsB = lineStarts(block.b);
  const matchedLines = new Set<number>();
  for (const match of matches) {
    tally.matches += 1;
    const lineA = lineOfSpan(startsA, match.a);
    if (lineA === lineOfSpan(startsB, match.b)) {
      tally.correct += 1;
      matchedLines.add(lineA);
    }
  }
  tally.lines += block.lineCount;
  tally.linesMatched += matchedLines.size;
}
