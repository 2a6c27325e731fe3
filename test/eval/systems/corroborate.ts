/**
 * Adapts whatever `src/index.ts` exports today to the harness's `EvalSystem`. A capability
 * exists when its function is exported; until then the table says "not implemented". When
 * `createChecker` is exported, one checker is made and reused so resources load once.
 *
 * The module is imported dynamically so that a half-finished `src/` (someone mid-edit)
 * turns into an error line in the table instead of a crash of the whole run.
 */
import type { Relation } from '../../../src/report/types.js';
import type { Severity } from '../../../src/options.js';
import type {
  Capability,
  EvalArtefact,
  EvalCallOptions,
  EvalQuote,
  EvalReport,
  EvalSentenceMatch,
  EvalSource,
  EvalSpan,
  EvalSystem,
} from './types.js';

type AnyFunction = (...args: unknown[]) => unknown;
type Api = Record<string, unknown>;

const EXPORT_FOR: Record<Capability, string> = {
  relate: 'relate',
  extractQuotes: 'extractQuotes',
  detectArtefacts: 'detectArtefacts',
  compare: 'compare',
};

const RELATIONS: readonly string[] = ['identical', 'equivalent', 'partial', 'unrelated'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

export interface LoadedCorroborate {
  readonly system: EvalSystem;
  /** Exported names, for the JSON record. */
  readonly exports: readonly string[];
  /** Why the module (or its checker) could not be loaded. */
  readonly loadError?: string;
}

export async function loadCorroborate(): Promise<LoadedCorroborate> {
  let api: Api;
  try {
    api = (await import('../../../src/index.js')) as Api;
  } catch (error) {
    return { system: { name: 'corroborate', exportFor: EXPORT_FOR }, exports: [], loadError: describe(error) };
  }
  const exports = Object.keys(api).sort();
  try {
    return { system: await adapt(api), exports };
  } catch (error) {
    return { system: { name: 'corroborate', exportFor: EXPORT_FOR }, exports, loadError: `createChecker: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function exported(api: Api, name: string): AnyFunction | undefined {
  const value = api[name];
  return typeof value === 'function' ? (value as AnyFunction) : undefined;
}

/** Exposes the capabilities the API has, preferring the shared checker's methods. */
export async function adapt(api: Api): Promise<EvalSystem> {
  const createChecker = exported(api, 'createChecker');
  // createChecker resolves once its resources are loaded; its methods are then synchronous.
  const checker = createChecker ? ((await createChecker()) as Api | null) : undefined;
  const implementation = (name: string): AnyFunction | undefined => {
    const topLevel = exported(api, name);
    if (!topLevel) return undefined;
    const method = checker ? exported(checker, name) : undefined;
    return method ? method.bind(checker) : topLevel;
  };

  const relate = implementation('relate');
  const extractQuotes = implementation('extractQuotes');
  const detectArtefacts = implementation('detectArtefacts');
  const compare = implementation('compare');

  const system: {
    -readonly [K in keyof EvalSystem]: EvalSystem[K];
  } = { name: 'corroborate', exportFor: EXPORT_FOR };
  if (relate) system.relate = async (a, b) => toRelation(await relate(a, b));
  if (extractQuotes) {
    system.extractQuotes = async (source) => toQuotes(unwrap(await extractQuotes(asInput(source)), 'quotes'), source.id);
  }
  if (detectArtefacts) {
    system.detectArtefacts = async (source, options) =>
      toArtefacts(unwrap(await detectArtefacts(...withOptions([asInput(source)], options)), 'artefacts'), source.id);
  }
  if (compare) system.compare = async (a, b, options) => toReport(await compare(...withOptions([asInput(a), asInput(b)], options)), a.id, b.id);
  return system;
}

function asInput(source: EvalSource): { id: string; text: string } {
  return { id: source.id, text: source.text };
}

function withOptions(args: unknown[], options: EvalCallOptions | undefined): unknown[] {
  return options === undefined ? args : [...args, options];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function shapeError(what: string): Error {
  return new Error(`unexpected result shape: ${what}`);
}

/** Accepts either a bare array or an object holding it under `key`. */
function unwrap(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Array.isArray(value[key])) return value[key] as unknown[];
  throw shapeError(`expected an array or { ${key}: [] }`);
}

function toRelation(value: unknown): Relation {
  const relation = isObject(value) ? value.relation : value;
  if (typeof relation !== 'string' || !RELATIONS.includes(relation)) throw shapeError('relate() without a known relation');
  return relation as Relation;
}

function toSpan(value: unknown, what: string): EvalSpan {
  if (!isObject(value) || typeof value.start !== 'number' || typeof value.end !== 'number') throw shapeError(`${what} without start/end`);
  return typeof value.text === 'string' ? { start: value.start, end: value.end, text: value.text } : { start: value.start, end: value.end };
}

function toQuotes(values: readonly unknown[], defaultSourceId: string): EvalQuote[] {
  return values.map((value, index) => {
    const span = toSpan(value, 'quote');
    const record = value as Record<string, unknown>;
    const speaker = isObject(record.speaker) ? record.speaker : null;
    return {
      ...span,
      id: typeof record.id === 'string' ? record.id : `${defaultSourceId}:#${index}`,
      sourceId: typeof record.sourceId === 'string' ? record.sourceId : defaultSourceId,
      speaker: speaker
        ? {
            name: typeof speaker.name === 'string' ? speaker.name : '',
            mention: isObject(speaker.mention) ? toSpan(speaker.mention, 'speaker mention') : null,
          }
        : null,
    };
  });
}

function toArtefacts(values: readonly unknown[], defaultSourceId: string): EvalArtefact[] {
  return values.map((value) => {
    const span = toSpan(value, 'artefact');
    const record = value as Record<string, unknown>;
    if (typeof record.severity !== 'string' || !SEVERITIES.includes(record.severity)) throw shapeError('artefact without a known severity');
    return {
      ...span,
      sourceId: typeof record.sourceId === 'string' ? record.sourceId : defaultSourceId,
      severity: record.severity as Severity,
    };
  });
}

function toSentenceMatch(value: unknown, idA: string, idB: string): EvalSentenceMatch {
  if (!isObject(value) || !Array.isArray(value.sentences) || value.sentences.length !== 2) throw shapeError('sentence match without two sentences');
  const [first, second] = value.sentences as unknown[];
  const sourceOf = (sentence: unknown): unknown => (isObject(sentence) ? sentence.sourceId : undefined);
  // Orient by source id; fall back to position when ids are absent.
  const swapped = sourceOf(first) === idB && sourceOf(second) === idA && idA !== idB;
  return { a: toSpan(swapped ? second : first, 'sentence'), b: toSpan(swapped ? first : second, 'sentence') };
}

function toReport(value: unknown, idA: string, idB: string): EvalReport {
  if (!isObject(value)) throw shapeError('compare() did not return an object');
  const list = (key: string): unknown[] => {
    const field = value[key];
    if (!Array.isArray(field)) throw shapeError(`compare() report without a ${key} array`);
    return field;
  };
  const quoteMatches = list('quoteMatches').map((match): [string, string] => {
    if (!isObject(match) || !Array.isArray(match.quotes)) throw shapeError('quote match without quotes');
    return [String(match.quotes[0]), String(match.quotes[1])];
  });
  return {
    quotes: toQuotes(list('quotes'), idA),
    quoteMatches,
    sentenceMatches: list('sentenceMatches').map((match) => toSentenceMatch(match, idA, idB)),
    artefacts: toArtefacts(list('artefacts'), idA),
  };
}
