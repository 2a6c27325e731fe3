import type { Artefact } from '../artefacts/types.js';
import type { Report } from '../report/types.js';
import type { Document } from '../text/types.js';

/**
 * Wraps the artefacts of one text in a report v1 with a single source, so that `check`
 * writes the same JSON shape as `compare` (one schema, one set of renderers and matchers).
 * Nothing is compared, so quotes, matches and divergences are empty and `event` is blank.
 */
export function checkReport(document: Document, artefacts: readonly Artefact[]): Report {
  const families: Record<string, number> = {};
  for (const artefact of artefacts) families[artefact.family] = (families[artefact.family] ?? 0) + 1;
  return {
    schemaVersion: 1,
    sources: [
      {
        id: document.id,
        length: document.text.length,
        sentences: document.sentences.length,
        ...(document.language === undefined ? {} : { language: document.language }),
      },
    ],
    quotes: [],
    quoteMatches: [],
    sentenceMatches: [],
    divergences: [],
    artefacts: [...artefacts],
    event: { participants: [], places: [], dates: [], numbers: [], sameEvent: 0 },
    summary: { quotes: {}, quoteMatches: 0, sentenceMatches: 0, divergences: {}, artefacts: families, alignment: 'independent' },
  };
}
