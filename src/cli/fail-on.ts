import { atLeast } from '../options.js';
import type { Report } from '../report/types.js';
import type { FailOn } from './args.js';

/** Whether a divergence or an artefact is at `failOn` or worse. */
export function hasFindingsAtLeast(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return [...report.divergences, ...report.artefacts].some((finding) => atLeast(finding.severity, failOn));
}
