import { runArtefactRules } from '../../artefacts/index.js';
import type { CompareState, CompareStep } from '../state.js';

/** Flags translation artefacts in both reports, each report serving as evidence for the other. */
export const detectArtefacts: CompareStep = {
  name: 'detectArtefacts',
  run(state: CompareState): void {
    if (!state.options.artefacts) return;
    const { a, b } = state;
    state.artefacts = [
      ...runArtefactRules(a.document, { options: state.options, other: b.document, registry: a.registry, otherRegistry: b.registry }),
      ...runArtefactRules(b.document, { options: state.options, other: a.document, registry: b.registry, otherRegistry: a.registry }),
    ];
  },
};
