/**
 * PolNeAR train: direct-quote recall and attribution, and artefact false alarms on clean,
 * native English (every flag here is a false alarm).
 */
import { createDocument } from '../../../src/text/document.js';
import { loadPolnear } from '../loaders/polnear.js';
import { ratePerThousandCell, ratioCell } from '../metrics/cells.js';
import { emptyQuoteTally, goldDirectQuotes, tallyQuotes, type PolnearGoldQuote } from '../metrics/polnear.js';
import { isWarningOrAbove } from '../metrics/severity.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark, Cell } from './types.js';

interface PolnearItem {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly PolnearGoldQuote[];
  /** Tokens of kind `word` in corroborate's document model: the rate's denominator. */
  readonly words: number;
}

const QUOTE_KEYS = ['quoteRecall', 'attribution'];
const ARTEFACT_KEYS = ['flagsWarning', 'flagsAll'];

export const polnearBenchmark: Benchmark<PolnearItem[]> = {
  id: 'polnear',
  title: 'PolNeAR train',
  metrics: [
    { key: 'quoteRecall', label: 'direct-quote recall', format: 'ratio' },
    { key: 'attribution', label: 'attribution (Source not a pronoun)', format: 'ratio' },
    { key: 'flagsWarning', label: 'artefact flags / 1k words, ≥ warning', format: 'rate', target: '≤ 0.5' },
    { key: 'flagsAll', label: 'artefact flags / 1k words, all', format: 'rate' },
  ],
  async load({ dataDir }) {
    return (await loadPolnear(dataDir)).map((article) => ({
      id: article.id,
      text: article.text,
      gold: goldDirectQuotes(article.text, article.annotation),
      words: createDocument(article.text).tokens.filter((token) => token.kind === 'word').length,
    }));
  },
  async score(system, items, audit) {
    const extractQuotes = system.extractQuotes;
    const quoteCells = extractQuotes
      ? await attempt(QUOTE_KEYS, async () => {
          const tally = emptyQuoteTally();
          for (const item of items) {
            const quotes = await extractQuotes({ id: item.id, text: item.text });
            for (const quote of quotes) {
              audit.check(item.text, quote);
              if (quote.speaker?.mention) audit.check(item.text, quote.speaker.mention);
            }
            tallyQuotes(tally, item.gold, quotes);
          }
          return {
            quoteRecall: ratioCell(tally.recalled, tally.goldQuotes),
            attribution: ratioCell(tally.attributedCorrectly, tally.attributable),
          } satisfies Record<string, Cell>;
        })
      : allNotImplemented(QUOTE_KEYS, system.exportFor.extractQuotes);

    const detectArtefacts = system.detectArtefacts;
    const artefactCells = detectArtefacts
      ? await attempt(ARTEFACT_KEYS, async () => {
          let words = 0;
          let warnings = 0;
          let all = 0;
          for (const item of items) {
            const flags = await detectArtefacts({ id: item.id, text: item.text });
            for (const flag of flags) audit.check(item.text, flag);
            words += item.words;
            all += flags.length;
            warnings += flags.filter((flag) => isWarningOrAbove(flag.severity)).length;
          }
          return { flagsWarning: ratePerThousandCell(warnings, words), flagsAll: ratePerThousandCell(all, words) };
        })
      : allNotImplemented(ARTEFACT_KEYS, system.exportFor.detectArtefacts);

    return { ...quoteCells, ...artefactCells };
  },
};
