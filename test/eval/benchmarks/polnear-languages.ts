/**
 * PolNeAR train as clean English read by a caller who names a source language: the
 * false-friend, calque and untranslated lexicons of that language switch on at `warning`,
 * so their context gates must keep ordinary English quiet. One line per language.
 */
import { SOURCE_LANGUAGES, type SourceLanguage } from '../../../src/options.js';
import { createDocument } from '../../../src/text/document.js';
import { loadPolnear } from '../loaders/polnear.js';
import { ratePerThousandCell } from '../metrics/cells.js';
import { isWarningOrAbove } from '../metrics/severity.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark, Cell } from './types.js';

interface CleanText {
  readonly id: string;
  readonly text: string;
  /** Tokens of kind `word` in corroborate's document model: the rate's denominator. */
  readonly words: number;
}

const keyOf = (language: SourceLanguage): string => `flagsWarning.${language}`;

export const polnearLanguagesBenchmark: Benchmark<CleanText[]> = {
  id: 'polnear-languages',
  title: 'PolNeAR, sourceLanguage',
  metrics: SOURCE_LANGUAGES.map((language) => ({
    key: keyOf(language),
    label: `flags / 1k words, ≥ warning, sourceLanguage '${language}'`,
    format: 'rate' as const,
    target: '≤ 0.5',
  })),
  async load({ dataDir }) {
    return (await loadPolnear(dataDir)).map((article) => ({
      id: article.id,
      text: article.text,
      words: createDocument(article.text).tokens.filter((token) => token.kind === 'word').length,
    }));
  },
  async score(system, items, audit) {
    const keys = SOURCE_LANGUAGES.map(keyOf);
    const detectArtefacts = system.detectArtefacts;
    if (!detectArtefacts) return allNotImplemented(keys, system.exportFor.detectArtefacts);
    return attempt(keys, async () => {
      const cells: Record<string, Cell> = {};
      const words = items.reduce((sum, item) => sum + item.words, 0);
      for (const language of SOURCE_LANGUAGES) {
        let warnings = 0;
        for (const item of items) {
          const flags = await detectArtefacts({ id: item.id, text: item.text }, { sourceLanguage: language });
          for (const flag of flags) audit.check(item.text, flag);
          warnings += flags.filter((flag) => isWarningOrAbove(flag.severity)).length;
        }
        cells[keyOf(language)] = ratePerThousandCell(warnings, words);
      }
      return cells;
    });
  },
};
