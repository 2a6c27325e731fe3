export { detectArtefacts } from './detect.js';
export { runArtefactRules, type ArtefactRunInput } from './engine.js';
export { RULES, validateRuleSwitches } from './registry.js';
export type { RuleMeta } from './rule.js';
export type { Artefact, ArtefactFamily } from './types.js';
export { loadArtefactResources } from './resources.js';
