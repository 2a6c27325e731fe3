import type { Report } from '../report/types.js';
import type { FailOn } from './args.js';

const RANK: Readonly<Record<string, number>> = { info: 0, warning: 1, error: 2 };

/** Whether a divergence or an artefact is at `failOn` or worse. */
export function hasFindingsAtLeast(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const floor = RANK[failOn]!;
  return [...report.divergences, ...report.artefacts].some((finding) => (RANK[finding.severity] ?? 0) >= floor);
}
