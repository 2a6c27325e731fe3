/** WMT21 de-en: does compare() align each sentence of reference A with its line in B? */
import { loadWmtBlocks, type ParallelBlock } from '../loaders/wmt.js';
import { ratioCell } from '../metrics/cells.js';
import { emptyAlignmentTally, tallyBlock } from '../metrics/alignment.js';
import { allNotImplemented, attempt } from './attempt.js';
import type { Benchmark } from './types.js';

export const wmtBenchmark: Benchmark<ParallelBlock[]> = {
  id: 'wmt21',
  title: 'WMT21 de-en refs',
  metrics: [
    { key: 'precision', label: 'sentence-match precision', format: 'ratio', target: '≥ 0.99' },
    { key: 'lineRecall', label: 'line recall', format: 'ratio', target: '≥ 0.97' },
  ],
  load: ({ dataDir }) => loadWmtBlocks(dataDir),
  async score(system, blocks, audit) {
    const keys = this.metrics.map((metric) => metric.key);
    const compare = system.compare;
    if (!compare) return allNotImplemented(keys, system.exportFor.compare);
    return attempt(keys, async () => {
      const tally = emptyAlignmentTally();
      for (const block of blocks) {
        const report = await compare({ id: 'a', text: block.a }, { id: 'b', text: block.b });
        for (const match of report.sentenceMatches) {
          audit.check(block.a, match.a);
          audit.check(block.b, match.b);
        }
        tallyBlock(tally, block, report.sentenceMatches);
      }
      return {
        precision: ratioCell(tally.correct, tally.matches, 'no sentence matches'),
        lineRecall: ratioCell(tally.linesMatched, tally.lines),
      };
    });
  },
};
