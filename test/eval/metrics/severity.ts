import type { Severity } from '../../../src/options.js';

/** Findings at `warning` or `error`: the ones a user is asked to look at. */
export function isWarningOrAbove(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}
