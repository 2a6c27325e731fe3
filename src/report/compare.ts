import { relate as relateTexts, type Relatedness } from '../align/relate.js';
import { loadLexicon } from '../align/lexicon.js';
import { loadArtefactResources, validateRuleSwitches } from '../artefacts/index.js';
import { resolveOptions, validateOptions, type CorroborateOptions, type ResolvedOptions } from '../options.js';
import { buildDocument } from '../text/document.js';
import { assertUniqueIds, toSourceRecord, type SourceRecord } from '../text/input.js';
import type { SourceInput } from '../text/types.js';
import { assembleReport } from './assemble.js';
import { runCompareMany, type compareMany } from './compare-many.js';
import type { ManyReport } from './many-types.js';
import { mirrorReport } from './mirror.js';
import { orientReport } from './assemble.js';
import { COMPARE_STEPS, runSteps } from './pipeline.js';
import type { CompareState, CompareStep, SideState } from './state.js';
import type { Report } from './types.js';

/** A comparer with its resources loaded: every call is synchronous. */
export interface Checker {
  /** The options the checker was created with (validated). */
  readonly options: Readonly<CorroborateOptions>;
  /**
   * {@link compare}, synchronously. Call options override the checker's options, which
   * override the defaults.
   */
  compare(a: SourceInput, b: SourceInput, options?: CorroborateOptions): Report;
  /** {@link compareMany}, synchronously, with the same option precedence as `compare`. */
  compareMany(sources: readonly SourceInput[], options?: CorroborateOptions): ManyReport;
  /** {@link relateTexts | relate}, with the checker's options as defaults. */
  relate(x: string, y: string, options?: CorroborateOptions): Relatedness;
}

function checkOptions(options: unknown, argument: string): CorroborateOptions {
  const validated = validateOptions(options, argument);
  validateRuleSwitches(validated.rules, `${argument}.rules`);
  return validated;
}

/** Parses the lexicons and dictionaries every comparison reads, once per process. */
function loadResources(options: ResolvedOptions): void {
  loadLexicon();
  if (options.artefacts) loadArtefactResources();
}

/**
 * Creates a checker: validates `options` and loads every lexicon and dictionary once,
 * so that `checker.compare()` is synchronous and pays no loading cost.
 *
 * @throws {TypeError} (rejects) on an unknown or mistyped option.
 * @throws {RangeError} (rejects) on an option out of range.
 */
export async function createChecker(options?: CorroborateOptions): Promise<Checker> {
  const base = checkOptions(options, 'options');
  loadResources(resolveOptions(base));
  return Object.freeze({
    options: Object.freeze({ ...base }),
    compare(a: SourceInput, b: SourceInput, callOptions?: CorroborateOptions): Report {
      return runCompare(a, b, resolveOptions(base, checkOptions(callOptions, 'options')));
    },
    compareMany(sources: readonly SourceInput[], callOptions?: CorroborateOptions): ManyReport {
      return runCompareMany(sources, resolveOptions(base, checkOptions(callOptions, 'options')));
    },
    relate(x: string, y: string, callOptions?: CorroborateOptions): Relatedness {
      return relateTexts(x, y, resolveOptions(base, checkOptions(callOptions, 'options')));
    },
  });
}

/**
 * Compares two reports of the same event: matches their quotes (one-to-one or
 * one-to-many) and sentences, types the divergences (attribution, numbers, dates, names,
 * polarity, modality, omissions, wording, pronouns), fingerprints the event and flags
 * translation artefacts. Every span carries offsets into the caller's original texts.
 *
 * Deterministic, and symmetric: `compare(b, a)` is the mirror image of `compare(a, b)`.
 *
 * @param a The first report: a string (id `a`) or `{ id?, text, title?, language? }`.
 * @param b The second report (id `b` by default).
 * @throws {TypeError} (rejects) on a bad argument or option, or when both sources have one id.
 * @throws {RangeError} (rejects) on an option out of range or a text longer than `maxLength`.
 */
export async function compare(a: SourceInput, b: SourceInput, options?: CorroborateOptions): Promise<Report> {
  const checker = await createChecker(options);
  return checker.compare(a, b);
}

/** The pipeline, run in a canonical orientation so that swapping the arguments mirrors the result exactly. */
function runCompare(a: unknown, b: unknown, options: ResolvedOptions): Report {
  return runComparison(a, b, options).report;
}

/** {@link runCompare} with the final pipeline state, for tests and calibration scripts. */
export function runComparison(a: unknown, b: unknown, options: ResolvedOptions): { report: Report; state: CompareState } {
  const started = performance.now();
  const deadline = options.timeBudgetMs === undefined ? undefined : started + options.timeBudgetMs;
  const recordA = toSourceRecord(a, 'a', 'a', options.maxLength);
  const recordB = toSourceRecord(b, 'b', 'b', options.maxLength);
  assertUniqueIds([recordA, recordB], ['a', 'b']);
  return runOriented(recordA, recordB, options, { started, deadline, side: freshSide, steps: COMPARE_STEPS });
}

/** How {@link runOriented} starts: when, until when, and from what per-source state. */
export interface OrientedRun {
  /** `performance.now()` when the call started. */
  readonly started: number;
  readonly deadline: number | undefined;
  /** The initial state of one source (a fresh one, or one whose quotes and entities are already known). */
  readonly side: (record: SourceRecord) => SideState;
  /** The stages still to run on that state. */
  readonly steps: readonly CompareStep[];
}

/**
 * Runs the stages on two validated sources in a canonical orientation (so that swapping
 * the arguments mirrors the result exactly) and faces the report to the caller's order.
 */
export function runOriented(recordA: SourceRecord, recordB: SourceRecord, options: ResolvedOptions, run: OrientedRun): { report: Report; state: CompareState } {
  const swapped = recordA.text > recordB.text || (recordA.text === recordB.text && recordA.id > recordB.id);
  const [first, second] = swapped ? [recordB, recordA] : [recordA, recordB];
  const state = initialState(run.side(first), run.side(second), options, run.deadline);
  state.timings.buildDocuments = performance.now() - run.started;
  runSteps(state, () => performance.now(), run.steps);
  const report = assembleReport(state, [recordA.id, recordB.id]);
  return { report: orientReport(swapped ? mirrorReport(report) : report, [recordA.id, recordB.id]), state };
}

function freshSide(record: SourceRecord): SideState {
  return { document: buildDocument(record), quotes: [], registry: undefined, sentenceViews: [], quoteViews: [] };
}

function initialState(a: SideState, b: SideState, options: ResolvedOptions, deadline: number | undefined): CompareState {
  return {
    options,
    a,
    b,
    context: undefined,
    quotePairs: [],
    alignedQuotes: [],
    quoteMatches: [],
    sentenceAlignment: undefined,
    alignedSentences: [],
    sentenceMatches: [],
    divergences: [],
    artefacts: [],
    event: undefined,
    truncated: false,
    deadline,
    timings: {},
  };
}
