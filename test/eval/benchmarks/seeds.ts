/**
 * The seed reports against their hand annotation. Run with `sourceLanguage: 'it'`, since
 * the seeds are machine translations from Italian and a caller comparing them knows it.
 */
import { loadSeeds, type SeedData } from '../loaders/seeds.js';
import { notImplemented, ratioCell } from '../metrics/cells.js';
import { scoreSeeds, type Counts } from '../metrics/seeds.js';
import type { EvalArtefact, EvalCallOptions, EvalQuote, EvalSource } from '../systems/types.js';
import { attempt } from './attempt.js';
import type { Benchmark, Cell } from './types.js';

const OPTIONS: EvalCallOptions = { sourceLanguage: 'it' };

const QUOTE_KEYS = ['quoteRecall', 'quotePrecision', 'attribution'];
const PAIR_KEYS = ['pairRecall', 'pairPrecision'];
const ARTEFACT_KEYS = ['artefactRecallWarning', 'artefactPrecisionWarning', 'artefactRecallAll', 'artefactPrecisionAll'];

export const seedsBenchmark: Benchmark<SeedData> = {
  id: 'seeds',
  title: 'seeds (gold)',
  metrics: [
    { key: 'quoteRecall', label: 'quote recall', format: 'ratio' },
    { key: 'quotePrecision', label: 'quote precision', format: 'ratio' },
    { key: 'attribution', label: 'attribution', format: 'ratio' },
    { key: 'pairRecall', label: 'quote-pair recall', format: 'ratio' },
    { key: 'pairPrecision', label: 'quote-pair precision', format: 'ratio' },
    { key: 'artefactRecallWarning', label: 'artefact recall, ≥ warning', format: 'ratio' },
    { key: 'artefactPrecisionWarning', label: 'artefact precision, ≥ warning', format: 'ratio' },
    { key: 'artefactRecallAll', label: 'artefact recall, all', format: 'ratio' },
    { key: 'artefactPrecisionAll', label: 'artefact precision, all', format: 'ratio' },
  ],
  load: ({ projectRoot }) => loadSeeds(projectRoot),
  async score(system, data, audit) {
    const sources: EvalSource[] = ['a', 'b'].map((id) => ({ id, text: data.texts[id] ?? '' }));
    const [a, b] = sources as [EvalSource, EvalSource];
    const textOf = (sourceId: string): string | undefined => data.texts[sourceId];

    // compare() is the product's main path; single-document functions stand in until it lands.
    const compare = system.compare;
    const extractQuotes = system.extractQuotes;
    const detectArtefacts = system.detectArtefacts;
    const all = [...QUOTE_KEYS, ...PAIR_KEYS, ...ARTEFACT_KEYS];
    return attempt(all, async () => {
      let quotes: readonly EvalQuote[] | undefined;
      let quoteMatches: readonly (readonly [string, string])[] | undefined;
      let artefacts: readonly EvalArtefact[] | undefined;
      if (compare) {
        const report = await compare(a, b, OPTIONS);
        ({ quotes, quoteMatches, artefacts } = report);
      } else {
        if (extractQuotes) quotes = [...(await extractQuotes(a)), ...(await extractQuotes(b))];
        if (detectArtefacts) artefacts = [...(await detectArtefacts(a, OPTIONS)), ...(await detectArtefacts(b, OPTIONS))];
      }
      for (const span of [...(quotes ?? []), ...(artefacts ?? [])]) {
        const text = textOf(span.sourceId);
        if (text !== undefined) audit.check(text, span);
      }
      const scores = scoreSeeds(data.gold, { quotes: quotes ?? [], quoteMatches: quoteMatches ?? [], artefacts: artefacts ?? [] });
      const cell = (counts: Counts, emptyReason?: string): Cell => ratioCell(counts.hit, counts.of, emptyReason);
      const cells: Record<string, Cell> = {};
      const missingQuotes = notImplemented(system.exportFor.compare, system.exportFor.extractQuotes);
      cells.quoteRecall = quotes ? cell(scores.quoteRecall) : missingQuotes;
      cells.quotePrecision = quotes ? cell(scores.quotePrecision, 'no quotes predicted') : missingQuotes;
      cells.attribution = quotes ? cell(scores.attribution, 'no gold quote with a speaker was found') : missingQuotes;
      const missingPairs = notImplemented(system.exportFor.compare);
      cells.pairRecall = quoteMatches ? cell(scores.pairRecall) : missingPairs;
      cells.pairPrecision = quoteMatches ? cell(scores.pairPrecision, 'no quote matches predicted') : missingPairs;
      const missingArtefacts = notImplemented(system.exportFor.compare, system.exportFor.detectArtefacts);
      cells.artefactRecallWarning = artefacts ? cell(scores.artefactRecallWarning) : missingArtefacts;
      cells.artefactPrecisionWarning = artefacts ? cell(scores.artefactPrecisionWarning, 'no flags') : missingArtefacts;
      cells.artefactRecallAll = artefacts ? cell(scores.artefactRecallAll) : missingArtefacts;
      cells.artefactPrecisionAll = artefacts ? cell(scores.artefactPrecisionAll, 'no flags') : missingArtefacts;
      return cells;
    });
  },
};
