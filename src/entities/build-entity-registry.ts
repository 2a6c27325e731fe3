import { invalidType } from '../errors.js';
import { isDocument } from '../text/document.js';
import type { Document } from '../text/types.js';
import { findNameRuns } from './find-name-runs.js';
import { freezeRegistry } from './registry.js';
import type { EntityRegistry } from './types.js';
import { collectHeadlineMentions, collectNameMentions } from './collect-names.js';
import { createOrganisations, createPersons, createPlacesAndGroups, linkUnknownNames } from './link-names.js';
import { collectRoleMentions, linkAppositions, resolveGovernment, resolveRole, resolveTitle } from './link-roles.js';
import type { Build, EntityDraft, MentionDraft } from './registry-draft.js';
import { collectPronounMentions, markQuoted, markSubjects, resolvePronoun, settleGenders } from './resolve-pronouns.js';

const cache = new WeakMap<Document, EntityRegistry>();

/**
 * Builds the entity registry of one document: people (with titles, roles and gender),
 * organisations, places and groups, and every mention that refers to them, including
 * role nouns ("the diplomat") and pronouns resolved to their most likely antecedent.
 * Cached per document, so every stage that asks gets the same registry.
 */
export function buildEntityRegistry(document: Document): EntityRegistry {
  if (!isDocument(document)) throw invalidType('document', 'a Document from createDocument', document);
  const cached = cache.get(document);
  if (cached) return cached;
  const build: Build = {
    document,
    tokens: document.tokens,
    drafts: [],
    entities: [],
    persons: new Map(),
    surnames: new Map(),
    firstNames: new Map(),
    organisations: new Map(),
    initials: new Map(),
    places: new Map(),
    groups: new Map(),
    organisationHeads: new Map(),
    classified: new Map(),
    claimed: new Uint8Array(document.tokens.length),
    deferred: [],
  };
  const runs = findNameRuns(document);
  collectNameMentions(build, runs);
  createPersons(build);
  createOrganisations(build);
  createPlacesAndGroups(build);
  linkUnknownNames(build);
  collectHeadlineMentions(build, runs);
  collectRoleMentions(build);
  collectPronounMentions(build);
  build.drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  markQuoted(build);
  markSubjects(build);
  linkAppositions(build);
  resolveInTextOrder(build);
  settleGenders(build);
  const registry = freezeRegistry(build.drafts, document.text);
  cache.set(document, registry);
  return registry;
}

/** Resolves role nouns, capitals and pronouns in text order, each against the mentions before it. */
function resolveInTextOrder(build: Build): void {
  const seen: MentionDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  build.drafts.forEach((draft, index) => {
    if (!draft.entity && draft.government) resolveGovernment(build, draft, seen);
    else if (!draft.entity && draft.role) resolveRole(build, draft, seen, byKey);
    else if (!draft.entity && draft.kind === 'role' && draft.run) resolveTitle(build, draft, seen, byKey);
    else if (!draft.entity && draft.pronoun) resolvePronoun(draft, seen, build.drafts, index);
    if (draft.entity) seen.push(draft);
  });
  // Runs of unknown kind that nothing linked are left out of the registry.
  build.drafts = build.drafts.filter((draft) => draft.entity !== undefined);
}
