import type { Artefact } from '../artefacts/types.js';
import { invalidType } from '../errors.js';
import type { Report } from '../report/types.js';
import { SEVERITIES, type Severity } from '../options.js';

/** Throws unless the matcher's subject is a report v1. */
export function asReport(received: unknown): Report {
  const report = received as Partial<Report> | null;
  if (typeof report !== 'object' || report === null || report.schemaVersion !== 1 || !Array.isArray(report.quoteMatches)) {
    throw invalidType('received', 'a corroborate report (the result of compare())', received);
  }
  return report as Report;
}

/** A report, or a bare list of artefacts (what `detectArtefacts` returns). */
export function asArtefacts(received: unknown): readonly Artefact[] {
  if (Array.isArray(received)) return received as Artefact[];
  return asReport(received).artefacts;
}

export function checkSeverity(value: unknown, argument: string): Severity | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
    throw invalidType(argument, `one of ${SEVERITIES.join(', ')}`, value);
  }
  return value as Severity;
}

export function checkOptions(value: unknown, argument: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidType(argument, 'an options object or undefined', value);
  return value as Record<string, unknown>;
}

