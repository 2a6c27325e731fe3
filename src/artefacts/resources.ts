import { englishDictionary } from './lexicon/english-dictionary.js';

/**
 * Loads what the artefact rules read on first use (the spelling dictionary), so that a
 * checker's synchronous calls pay no loading cost. The first-name table is searched in
 * place and needs no loading.
 */
export function loadArtefactResources(): void {
  englishDictionary();
}
