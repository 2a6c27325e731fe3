/** Builders for table cells, so that no figure is ever shown without its counts or reason. */
import type { Cell } from '../benchmarks/types.js';

export function ratioCell(numerator: number, denominator: number, emptyReason = 'nothing to score'): Cell {
  if (denominator === 0) return { status: 'n/a', reason: emptyReason };
  return { status: 'ok', value: numerator / denominator, numerator, denominator };
}

/** Events per 1,000 units (flags per 1,000 words). */
export function ratePerThousandCell(events: number, units: number): Cell {
  if (units === 0) return { status: 'n/a', reason: 'no words' };
  return { status: 'ok', value: (events * 1000) / units, numerator: events, denominator: units };
}

/** A derived figure (F1); `detail` keeps the counts it came from for the JSON record. */
export function valueCell(value: number, detail?: Readonly<Record<string, number>>): Cell {
  if (!Number.isFinite(value)) return { status: 'n/a', reason: 'undefined value' };
  return detail ? { status: 'ok', value, detail } : { status: 'ok', value };
}

export function notImplemented(...missing: string[]): Cell {
  return { status: 'not implemented', missing };
}

export function errorCell(error: unknown): Cell {
  return { status: 'error', message: error instanceof Error ? error.message : String(error) };
}
