import type { EntityRegistry } from '../entities/types.js';
import type { ResolvedOptions } from '../options.js';
import type { Document } from '../text/types.js';
import { ARTEFACT_RULES, ruleSwitch } from './registry.js';
import { toArtefact, type ArtefactDraft, type RuleContext } from './rule.js';
import { guessSourceLanguage } from './source-language.js';
import { sourceLines } from './text/source-lines.js';
import type { Artefact } from './types.js';

/** What `compare()` passes besides the document: the other report adds evidence. */
export interface ArtefactRunInput {
  readonly options: ResolvedOptions;
  readonly other?: Document;
  readonly registry?: EntityRegistry;
  readonly otherRegistry?: EntityRegistry;
}

function wordForms(document: Document): Set<string> {
  const forms = new Set<string>();
  for (const token of document.tokens) if (token.kind === 'word') forms.add(token.lower);
  return forms;
}

/**
 * Lower-cased words written with a capital anywhere but at the very start of a sentence
 * (names, acronyms), with the parts of hyphenated ones ("NATO-Russia").
 */
function capitalisedInsideSentences(document: Document, into: Set<string>): void {
  const { tokens } = document;
  let firstWordSeen = -1;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const opensSentence = firstWordSeen !== token.sentence;
    firstWordSeen = token.sentence;
    if (opensSentence) continue;
    const first = token.norm.charAt(0);
    if (first === first.toLowerCase()) continue;
    into.add(token.lower);
    if (token.lower.includes('-')) for (const part of token.lower.split('-')) into.add(part);
  }
}

function createContext(document: Document, input: ArtefactRunInput): RuleContext {
  let vocabulary: Set<string> | undefined;
  let otherVocabulary: Set<string> | undefined;
  let names: Set<string> | undefined;
  const documents = input.other ? [document, input.other] : [document];
  const requested = input.options.sourceLanguage;
  // Two reports have no single source: compare() leaves the source text out.
  const sourceText = input.other ? undefined : input.options.sourceText;
  let sourceAt: ((offset: number) => string) | undefined;
  return {
    document,
    options: input.options,
    other: input.other,
    registry: input.registry,
    otherRegistry: input.otherRegistry,
    sourceLanguage: requested === 'auto' ? guessSourceLanguage(documents) : requested,
    sourceAt: (offset) => (sourceText === undefined ? undefined : (sourceAt ??= sourceLines(document, sourceText))(offset)),
    vocabulary: () => (vocabulary ??= wordForms(document)),
    otherVocabulary: () => (input.other ? (otherVocabulary ??= wordForms(input.other)) : undefined),
    properNames: () => {
      if (names) return names;
      names = new Set();
      for (const each of documents) capitalisedInsideSentences(each, names);
      return names;
    },
  };
}

function compareArtefacts(x: Artefact, y: Artefact): number {
  return x.start - y.start || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0) || x.end - y.end;
}

/**
 * Runs every enabled artefact rule over one document and returns its findings at or above
 * `options.minConfidence`, sorted by start, then rule id. Deterministic: the same input
 * gives the same output.
 */
export function runArtefactRules(document: Document, input: ArtefactRunInput): Artefact[] {
  const context = createContext(document, input);
  const enabled = ruleSwitch(input.options.rules);
  const drafts: ArtefactDraft[] = [];
  const seen = new Set<string>();
  for (const rule of ARTEFACT_RULES) {
    for (const draft of rule.detect(context, enabled)) {
      if (draft.confidence < input.options.minConfidence || draft.end <= draft.start) continue;
      const key = `${draft.ruleId}:${draft.start}:${draft.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push(draft);
    }
  }
  return withoutSuperseded(drafts)
    .map((draft) => toArtefact(document, draft))
    .sort(compareArtefacts);
}

/**
 * Drops a finding that a more telling one explains: a foreign word inside an untranslated
 * run is not also a misspelled English word.
 */
function withoutSuperseded(drafts: readonly ArtefactDraft[]): ArtefactDraft[] {
  const untranslated = drafts.filter((draft) => draft.family === 'untranslated').sort((x, y) => x.start - y.start);
  if (untranslated.length === 0) return [...drafts];
  return drafts.filter(
    (draft) => draft.family !== 'non-word' || !untranslated.some((run) => run.start < draft.end && draft.start < run.end),
  );
}
