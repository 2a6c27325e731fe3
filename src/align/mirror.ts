import type { DiffOp } from '../report/types.js';

/** The same ops seen from the other side: insert ↔ delete, `a` ↔ `b`. */
export function mirrorOps(ops: readonly DiffOp[]): DiffOp[] {
  return ops.map((op): DiffOp => {
    const flipped = op.op === 'insert' ? 'delete' : op.op === 'delete' ? 'insert' : op.op;
    const result: { op: DiffOp['op']; a?: DiffOp['a']; b?: DiffOp['b'] } = { op: flipped };
    if (op.b) result.a = op.b;
    if (op.a) result.b = op.a;
    return result as DiffOp;
  });
}
