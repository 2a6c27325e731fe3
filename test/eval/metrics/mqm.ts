/** MQM artefact metrics: precision against any annotated error, recall per error category. */
import type { MqmDocument } from '../loaders/mqm.js';
import { overlaps, spanLength, type Range } from './spans.js';

/** The categories whose recall is reported: the ones an artefact detector is meant to catch. */
export const MQM_RECALL_CATEGORIES = [
  'Fluency/Spelling',
  'Accuracy/Source language fragment',
  'Accuracy/Gender Mismatch',
  'Fluency/Grammar',
] as const;

export interface MqmTally {
  flags: number;
  /** Flags overlapping at least one annotated error span (any category, any rater). */
  flagsOnErrors: number;
  /** Per category: annotated spans, and how many of them some flag overlaps. */
  categories: Map<string, { spans: number; hit: number }>;
}

export function emptyMqmTally(): MqmTally {
  return { flags: 0, flagsOnErrors: 0, categories: new Map(MQM_RECALL_CATEGORIES.map((category) => [category, { spans: 0, hit: 0 }])) };
}

/**
 * Adds one document. `flags` are the system's findings at the reported severity, in
 * document offsets. Zero-length error spans (an annotator marking a missing character)
 * cannot be overlapped and are left out of both sides.
 */
export function tallyMqmDocument(tally: MqmTally, document: MqmDocument, flags: readonly Range[]): void {
  const errors = document.errors.filter((error) => spanLength(error) > 0);
  for (const flag of flags) {
    tally.flags += 1;
    if (errors.some((error) => overlaps(flag, error))) tally.flagsOnErrors += 1;
  }
  for (const error of errors) {
    const counts = tally.categories.get(error.category);
    if (!counts) continue;
    counts.spans += 1;
    if (flags.some((flag) => overlaps(flag, error))) counts.hit += 1;
  }
}
