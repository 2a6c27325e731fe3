/** MRPC: does `relate(s1, s2)` call paraphrases identical/equivalent and the rest not? */
import { loadMrpc, type MrpcSplit } from '../loaders/mrpc.js';
import { ratioCell, valueCell } from '../metrics/cells.js';
import { addOutcome, emptyConfusion, f1, type Confusion } from '../metrics/classification.js';
import type { EvalSystem } from '../systems/types.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark, Cell } from './types.js';

interface MrpcData {
  readonly dev: MrpcSplit;
  readonly train: MrpcSplit;
}

const SPLITS = ['dev', 'train'] as const;

export const mrpcBenchmark: Benchmark<MrpcData> = {
  id: 'mrpc',
  title: 'MRPC',
  metrics: [
    { key: 'dev.accuracy', label: 'dev accuracy', format: 'ratio', target: '≥ 0.78' },
    { key: 'dev.f1', label: 'dev F1 (paraphrase)', format: 'ratio', target: '≥ 0.85' },
    { key: 'train.accuracy', label: 'train accuracy', format: 'ratio' },
    { key: 'train.f1', label: 'train F1 (paraphrase)', format: 'ratio' },
  ],
  async load({ dataDir }) {
    const [dev, train] = await Promise.all([loadMrpc(dataDir, 'dev'), loadMrpc(dataDir, 'train')]);
    return { dev, train };
  },
  async score(system: EvalSystem, data) {
    const keys = this.metrics.map((metric) => metric.key);
    const relate = system.relate;
    if (!relate) return allNotImplemented(keys, system.exportFor.relate);
    return attempt(keys, async () => {
      const cells: Record<string, Cell> = {};
      for (const split of SPLITS) {
        const confusion: Confusion = emptyConfusion();
        for (const pair of data[split].pairs) {
          const relation = await relate(pair.first, pair.second);
          addOutcome(confusion, pair.paraphrase, relation === 'identical' || relation === 'equivalent');
        }
        const correct = confusion.truePositives + confusion.trueNegatives;
        cells[`${split}.accuracy`] = ratioCell(correct, data[split].pairs.length);
        cells[`${split}.f1`] = valueCell(f1(confusion), { ...confusion });
      }
      return cells;
    });
  },
};
