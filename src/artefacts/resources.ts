import { loadFirstNames } from '../entities/first-name-table.js';
import { englishDictionary } from './lexicon/english-dictionary.js';

/**
 * Loads what the artefact rules read on first use (the spelling dictionary and the
 * first-name table's index), so that a checker's synchronous calls pay no loading cost.
 */
export function loadArtefactResources(): void {
  englishDictionary();
  loadFirstNames();
}
