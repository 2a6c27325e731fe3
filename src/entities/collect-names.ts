import type { MentionKind } from './types.js';
import { classifyNameRun, type ClassifiedRun } from './classify-name-run.js';
import type { NameRun } from './find-name-runs.js';
import { type Build, claim, draftFor, link } from './registry-draft.js';

// Step 1 of the registry: runs of capitalised words become name, title and alias mentions.

// "(R-S.C.)", "(D-Calif.)": a legislator's party and state, not an organisation.
const PARTY_AFFILIATION = /^[RDI]-\p{Lu}/u;

export function collectNameMentions(build: Build, runs: readonly NameRun[]): void {
  for (const run of runs) {
    if (run.headline || PARTY_AFFILIATION.test(build.tokens[run.tokenStart]!.norm)) continue;
    const classified = classifyCached(build, run);
    // A demonym alone is an adjective ("Russian side") unless someone bears it as a surname (Mark Cuban).
    if (classified.kind === 'demonym' || (classified.kind === 'unknown' && run.sentenceInitial && run.tokenEnd - run.tokenStart === 1)) {
      // A lone capitalised word opening a sentence is a name only if it is linked later.
      const draft = draftFor(build, run.tokenStart, run.tokenEnd, 'name');
      draft.run = classified;
      build.deferred.push(draft);
      continue;
    }
    if (classified.roleStart !== undefined && classified.roleEnd !== undefined && classified.kind === 'person') {
      const role = draftFor(build, classified.roleStart, classified.roleEnd, 'role');
      role.run = { ...classified, kind: 'role' };
      build.drafts.push(role);
    }
    const kind: MentionKind = classified.kind === 'role' ? 'role' : 'name';
    const draft = draftFor(build, classified.nameStart, classified.nameEnd, kind);
    draft.run = classified;
    build.drafts.push(draft);
    claim(build, run.tokenStart, run.tokenEnd);
  }
}

/**
 * Classifies a run, reusing the result for runs with the same words: names repeat
 * ("Trump" hundreds of times in a long text), and the classification depends on the words only.
 */
function classifyCached(build: Build, run: NameRun): ClassifiedRun {
  const tokens = build.tokens;
  let key = '';
  for (let k = run.tokenStart; k < run.tokenEnd; k++) key += (tokens[k]!.spaceBefore ? ' ' : '') + tokens[k]!.norm;
  const cached = build.classified.get(key);
  if (cached) return shiftRun(cached, run.tokenStart);
  const classified = classifyNameRun(tokens, run.tokenStart, run.tokenEnd, build.document.language);
  build.classified.set(key, shiftRun(classified, -run.tokenStart));
  return classified;
}

/** A classification with its token offsets moved by `delta`. */
function shiftRun(run: ClassifiedRun, delta: number): ClassifiedRun {
  return {
    ...run,
    nameStart: run.nameStart + delta,
    nameEnd: run.nameEnd + delta,
    ...(run.roleStart !== undefined && run.roleEnd !== undefined ? { roleStart: run.roleStart + delta, roleEnd: run.roleEnd + delta } : {}),
  };
}

// Headlines are title case, so only words already known as names are taken from them.
export function collectHeadlineMentions(build: Build, runs: readonly NameRun[]): void {
  for (const run of runs) {
    if (!run.headline) continue;
    for (let k = run.tokenStart; k < run.tokenEnd; k++) {
      const token = build.tokens[k]!;
      const candidates = build.surnames.get(token.lower);
      const organisation = build.organisations.get(token.lower);
      const entity = candidates?.[0] ?? organisation;
      if (!entity) continue;
      const draft = draftFor(build, k, k + 1, 'name');
      link(draft, entity, token.norm);
      build.drafts.push(draft);
      build.claimed[k] = 1;
    }
  }
}
