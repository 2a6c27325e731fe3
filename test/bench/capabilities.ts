/**
 * Which of the measured entry points the built package exports today. The harness measures
 * what exists and prints "not implemented" for the rest, so it picks up each function the
 * day it lands without edits here.
 */

export const MEASURED_EXPORTS = ['compare', 'createChecker', 'compareMany', 'extractQuotes', 'detectArtefacts'] as const;
export type MeasuredExport = (typeof MEASURED_EXPORTS)[number];
export type Capabilities = Readonly<Record<MeasuredExport, boolean>>;

export function detectCapabilities(exports: Readonly<Record<string, unknown>>): Capabilities {
  const found = {} as Record<MeasuredExport, boolean>;
  for (const name of MEASURED_EXPORTS) found[name] = typeof exports[name] === 'function';
  return found;
}
