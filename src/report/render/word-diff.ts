import type { DiffOp } from '../types.js';

export type DiffSegmentKind = 'equal' | 'delete' | 'insert';

/** A run of text that is kept, only in the first text, or only in the second. */
export interface DiffSegment {
  readonly kind: DiffSegmentKind;
  readonly text: string;
}

const SPACE = /\s/u;

/**
 * Flattens diff ops into segments for display. Each op's span owns the whitespace after
 * it; that whitespace is moved out of deletions and insertions into a kept segment, so a
 * reader sees `[-three-]{+five+} days`, not `[-three -]{+five +}days`.
 */
export function diffSegments(ops: readonly DiffOp[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegmentKind, text: string): void => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) segments[segments.length - 1] = { kind, text: last.text + text };
    else segments.push({ kind, text });
  };
  for (const op of ops) {
    if (op.op === 'equal') {
      push('equal', (op.b ?? op.a)?.text ?? '');
      continue;
    }
    const removed = op.op === 'insert' ? undefined : splitEdges(op.a?.text ?? '');
    const added = op.op === 'delete' ? undefined : splitEdges(op.b?.text ?? '');
    const lead = added?.lead || removed?.lead || '';
    const trail = added?.trail || removed?.trail || '';
    push('equal', lead);
    if (removed) push('delete', removed.core);
    if (added) push('insert', added.core);
    push('equal', trail);
  }
  return segments;
}

function splitEdges(text: string): { lead: string; core: string; trail: string } {
  let from = 0;
  let to = text.length;
  while (from < to && SPACE.test(text.charAt(from))) from++;
  while (to > from && SPACE.test(text.charAt(to - 1))) to--;
  return { lead: text.slice(0, from), core: text.slice(from, to), trail: text.slice(to) };
}

/** Whether the ops hold any change at all. */
export function hasChanges(ops: readonly DiffOp[]): boolean {
  return ops.some((op) => op.op !== 'equal');
}
