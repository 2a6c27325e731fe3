import { outOfTime, type CompareState, type CompareStep } from './state.js';
import { alignQuotes } from './steps/align-quotes.js';
import { alignSentences } from './steps/align-sentences.js';
import { detectArtefacts } from './steps/detect-artefacts.js';
import { extractQuotes } from './steps/extract-quotes.js';
import { fingerprintEvent } from './steps/fingerprint-event.js';
import { resolveEntities } from './steps/resolve-entities.js';
import { typeDivergences } from './steps/type-divergences.js';
import { weighWords } from './steps/weigh-words.js';

/** The stages of `compare()`, in order. Each reads what the ones before it filled in. */
export const COMPARE_STEPS: readonly CompareStep[] = [
  extractQuotes,
  resolveEntities,
  weighWords,
  alignQuotes,
  alignSentences,
  typeDivergences,
  fingerprintEvent,
  detectArtefacts,
];

/**
 * Runs the stages in order until one finishes after `state.deadline` (a
 * `performance.now()` time); the rest are skipped and the state is flagged truncated. A
 * partial report is still a valid report: skipped stages leave their lists empty.
 * `steps` lets a caller that already ran the early stages (compareMany) run the rest.
 */
export function runSteps(state: CompareState, now: () => number, steps: readonly CompareStep[] = COMPARE_STEPS): void {
  for (const step of steps) {
    if (outOfTime(state)) return;
    const started = now();
    step.run(state);
    state.timings[step.name] = now() - started;
  }
}
