/** The performance targets of issue #8, printed beside each figure. */

export interface Target {
  readonly comparison: 'at most' | 'at least';
  readonly limit: number;
  /** How the limit is written in the table, e.g. `≤ 300 ms`. */
  readonly label: string;
}

export const TARGETS = {
  coldStartMs: { comparison: 'at most', limit: 300, label: '≤ 300 ms' },
  warmCompareMs: { comparison: 'at most', limit: 5, label: '≤ 5 ms' },
  largestTimeMs: { comparison: 'at most', limit: 2000, label: '≤ 2 s' },
  largestRssMb: { comparison: 'at most', limit: 512, label: '≤ 512 MB' },
  growthExponent: { comparison: 'at most', limit: 1.2, label: '≤ 1.2' },
  speedupOverPeer: { comparison: 'at least', limit: 20, label: '≥ 20× faster' },
  compareManyMs: { comparison: 'at most', limit: 1000, label: '≤ 1 s' },
} as const satisfies Record<string, Target>;

export type Verdict = 'pass' | 'fail' | '—';

/** `—` when there is no number to judge (not implemented, not measured, failed to run). */
export function verdict(target: Target, value: number | undefined): Verdict {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const met = target.comparison === 'at most' ? value <= target.limit : value >= target.limit;
  return met ? 'pass' : 'fail';
}
