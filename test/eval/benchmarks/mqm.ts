/** MQM zh-en: do artefact flags land on errors human raters marked in MT output? */
import { loadMqm, type MqmDocument } from '../loaders/mqm.js';
import { ratioCell } from '../metrics/cells.js';
import { emptyMqmTally, MQM_RECALL_CATEGORIES, tallyMqmDocument } from '../metrics/mqm.js';
import { isWarningOrAbove } from '../metrics/severity.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark, Cell, MetricSpec } from './types.js';

const recallKey = (category: string): string => `recall.${category}`;
/** The same figures when the caller also passes the Chinese source (`sourceText`). */
const withSource = (key: string): string => `withSource.${key}`;

export const mqmBenchmark: Benchmark<MqmDocument[]> = {
  id: 'mqm',
  title: 'MQM zh-en dev',
  metrics: [
    { key: 'precision', label: 'flag precision (≥ warning on any error)', format: 'ratio' },
    ...MQM_RECALL_CATEGORIES.map((category): MetricSpec => ({ key: recallKey(category), label: `recall ${category}`, format: 'ratio' })),
    { key: withSource('precision'), label: 'with sourceText: flag precision', format: 'ratio' },
    ...MQM_RECALL_CATEGORIES.map((category): MetricSpec => ({
      key: withSource(recallKey(category)),
      label: `with sourceText: recall ${category}`,
      format: 'ratio',
    })),
  ],
  load: ({ dataDir }) => loadMqm(dataDir),
  async score(system, documents, audit) {
    const keys = this.metrics.map((metric) => metric.key);
    const detectArtefacts = system.detectArtefacts;
    if (!detectArtefacts) return allNotImplemented(keys, system.exportFor.detectArtefacts);
    return attempt(keys, async () => {
      const cells: Record<string, Cell> = {};
      for (const [prefix, passSource] of [[(key: string) => key, false], [withSource, true]] as const) {
        const tally = emptyMqmTally();
        for (const document of documents) {
          const input = { id: 'mt', text: document.text };
          const flags = await (passSource ? detectArtefacts(input, { sourceText: document.source }) : detectArtefacts(input));
          for (const flag of flags) audit.check(document.text, flag);
          tallyMqmDocument(tally, document, flags.filter((flag) => isWarningOrAbove(flag.severity)));
        }
        cells[prefix('precision')] = ratioCell(tally.flagsOnErrors, tally.flags, 'no flags');
        for (const [category, counts] of tally.categories) cells[prefix(recallKey(category))] = ratioCell(counts.hit, counts.spans);
      }
      return cells;
    });
  },
};
