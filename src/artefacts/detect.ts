import { resolveOptions, validateOptions, type CorroborateOptions } from '../options.js';
import { buildDocument, isDocument } from '../text/document.js';
import { toSourceRecord } from '../text/input.js';
import type { Document, SourceInput } from '../text/types.js';
import { runArtefactRules } from './engine.js';
import type { Artefact } from './types.js';

/**
 * Flags machine-translation artefacts in one text: non-words, repeated words, false
 * friends and calques, wrong pronouns, untranslated words and broken typography. Each
 * artefact carries a rule id, exact offsets into the original text and, where one is
 * known, a suggestion. Synchronous: dictionaries load on first use and stay cached.
 *
 * @throws {TypeError} when `input` is not a string, `{ text }` or a document, or an option is unknown or mistyped.
 * @throws {RangeError} when an option is out of range or the text is longer than `maxLength`.
 */
export function detectArtefacts(input: SourceInput | Document, options?: CorroborateOptions): Artefact[] {
  const validated = validateOptions(options);
  const resolved = resolveOptions(validated);
  const document = isDocument(input) ? input : buildDocument(toSourceRecord(input, 'input', 'text', resolved.maxLength));
  return runArtefactRules(document, { options: resolved });
}
