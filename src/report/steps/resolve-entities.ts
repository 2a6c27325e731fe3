import { buildEntityRegistry } from '../../entities/index.js';
import type { CompareState, CompareStep } from '../state.js';

/** Builds each report's entity registry: who is who, and which pronouns point to whom. */
export const resolveEntities: CompareStep = {
  name: 'resolveEntities',
  run(state: CompareState): void {
    for (const side of [state.a, state.b]) side.registry = buildEntityRegistry(side.document);
  },
};
