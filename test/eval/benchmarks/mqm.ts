/** MQM zh-en: do artefact flags land on errors human raters marked in MT output? */
import { loadMqm, type MqmDocument } from '../loaders/mqm.js';
import { ratioCell } from '../metrics/cells.js';
import { emptyMqmTally, MQM_RECALL_CATEGORIES, tallyMqmDocument } from '../metrics/mqm.js';
import { isWarningOrAbove } from '../metrics/severity.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark, Cell, MetricSpec } from './types.js';

const recallKey = (category: string): string => `recall.${category}`;

export const mqmBenchmark: Benchmark<MqmDocument[]> = {
  id: 'mqm',
  title: 'MQM zh-en dev',
  metrics: [
    { key: 'precision', label: 'flag precision (≥ warning on any error)', format: 'ratio' },
    ...MQM_RECALL_CATEGORIES.map((category): MetricSpec => ({ key: recallKey(category), label: `recall ${category}`, format: 'ratio' })),
  ],
  load: ({ dataDir }) => loadMqm(dataDir),
  async score(system, documents, audit) {
    const keys = this.metrics.map((metric) => metric.key);
    const detectArtefacts = system.detectArtefacts;
    if (!detectArtefacts) return allNotImplemented(keys, system.exportFor.detectArtefacts);
    return attempt(keys, async () => {
      const tally = emptyMqmTally();
      for (const document of documents) {
        const flags = await detectArtefacts({ id: 'mt', text: document.text });
        for (const flag of flags) audit.check(document.text, flag);
        tallyMqmDocument(tally, document, flags.filter((flag) => isWarningOrAbove(flag.severity)));
      }
      const cells: Record<string, Cell> = { precision: ratioCell(tally.flagsOnErrors, tally.flags, 'no flags') };
      for (const [category, counts] of tally.categories) cells[recallKey(category)] = ratioCell(counts.hit, counts.spans);
      return cells;
    });
  },
};
