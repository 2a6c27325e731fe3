import { nameTable, NAME_TABLE_LANGUAGES } from '../entities/first-name-gender.js';
import { englishDictionary } from './lexicon/english-dictionary.js';

/**
 * Loads what the artefact rules read on first use (the spelling dictionary and the
 * first-name tables), so that a checker's synchronous calls pay no loading cost.
 */
export function loadArtefactResources(): void {
  englishDictionary();
  for (const language of NAME_TABLE_LANGUAGES) nameTable(language);
}
