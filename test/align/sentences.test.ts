import { describe, expect, it } from 'vitest';
import { toBag } from '../../src/align/bags.js';
import { InvertedIndex } from '../../src/align/candidates.js';
import { alignSentences } from '../../src/align/sentences.js';
import { buildSentenceViews } from '../../src/align/views.js';
import { createDocument } from '../../src/text/document.js';

function align(a: string, b: string, refuse?: RegExp) {
  const docA = createDocument({ id: 'a', text: a });
  const docB = createDocument({ id: 'b', text: b });
  const views = buildSentenceViews(docA, docB);
  const accept = refuse ? (i: number) => !refuse.test(docA.sentences[i]!.text) : undefined;
  const result = alignSentences(views.a.map((v) => v.bag), views.b.map((v) => v.bag), { accept });
  const text = (doc: typeof docA, from: number, to: number): string => doc.sentences.slice(from, to).map((s) => s.text).join(' ');
  return { regime: result.regime, pairs: result.pairs.map((p) => `${text(docA, p.aFrom, p.aTo)} ~ ${text(docB, p.bFrom, p.bTo)}`) };
}

// Two renderings of one (invented) dispatch: same order, free wording, one sentence split in two.
const FIRST = [
  'Heavy snow closed the mountain pass on Saturday morning.',
  'About two hundred drivers spent the night in their cars.',
  'Rescue teams brought blankets and hot drinks to the stranded motorists.',
  'The regional governor praised the volunteers and promised new snow ploughs.',
  'The road reopened on Sunday afternoon after the storm had passed.',
].join('\n');
const SECOND = [
  'On Saturday morning the mountain pass was closed by heavy snowfall.',
  'Around 200 drivers had to spend the night inside their vehicles.',
  'Rescuers handed out blankets. They also brought hot drinks to the motorists who were stuck.',
  'The governor of the region thanked the volunteers and pledged new snow ploughs.',
  'On Sunday afternoon, once the storm was over, the road was opened again.',
].join('\n');

describe('alignSentences', () => {
  it('aligns two renderings of one text in order, with a 1–2 merge', () => {
    const { regime, pairs } = align(FIRST, SECOND);
    expect(regime).toBe('parallel');
    expect(pairs).toEqual([
      'Heavy snow closed the mountain pass on Saturday morning. ~ On Saturday morning the mountain pass was closed by heavy snowfall.',
      'About two hundred drivers spent the night in their cars. ~ Around 200 drivers had to spend the night inside their vehicles.',
      'Rescue teams brought blankets and hot drinks to the stranded motorists. ~ Rescuers handed out blankets. They also brought hot drinks to the motorists who were stuck.',
      'The regional governor praised the volunteers and promised new snow ploughs. ~ The governor of the region thanked the volunteers and pledged new snow ploughs.',
      'The road reopened on Sunday afternoon after the storm had passed. ~ On Sunday afternoon, once the storm was over, the road was opened again.',
    ]);
  });

  it('matches independent reports one-to-one, in any order, leaving the rest unmatched', () => {
    const a = [
      'The city council voted to ban cars from the historic centre.',
      'Shop owners fear a drop in customers.',
      'The ban will start in September and apply on weekdays.',
      'Cyclists welcomed the decision.',
    ].join(' ');
    const b = [
      'Starting in September, cars will be banned from the historic centre on weekdays.',
      'The mayor called it a victory for clean air.',
      'A local shopkeeper said sales could fall.',
      'The vote in the city council was close.',
    ].join(' ');
    const { regime, pairs } = align(a, b);
    expect(regime).toBe('independent');
    expect(pairs).toEqual([
      'The city council voted to ban cars from the historic centre. ~ The vote in the city council was close.',
      'The ban will start in September and apply on weekdays. ~ Starting in September, cars will be banned from the historic centre on weekdays.',
    ]);
    // The caller (compare's paraphrase classifier) has the last word on each offer.
    expect(align(a, b, /council/).pairs).toEqual([
      'The ban will start in September and apply on weekdays. ~ Starting in September, cars will be banned from the historic centre on weekdays.',
    ]);
  });

  it('finds nothing to align between unrelated texts', () => {
    const { pairs } = align('The museum bought a rare painting. It will be shown in May.', 'A storm damaged the harbour. Two boats sank overnight.');
    expect(pairs).toEqual([]);
  });
});

describe('InvertedIndex', () => {
  it('skips keys that appear in too many items, so candidates never come from all pairs', () => {
    // Key 0 is in every item (a common word); key i+1 is unique to item i.
    const items = Array.from({ length: 100 }, (_, i) => toBag([0, i + 1], [1, 1], 10));
    const index = new InvertedIndex(items, 24);
    expect(index.lookup(toBag([0], [1], 3), 10)).toEqual([]);
    expect(index.lookup(toBag([0, 42], [1, 1], 3), 10)).toEqual([{ index: 41, shared: 1 }]);
  });

  it('breaks ties between repeated items by nearness to a preferred index', () => {
    const items = Array.from({ length: 10 }, () => toBag([7], [1], 5));
    expect(new InvertedIndex(items, 24).lookup(toBag([7], [1], 5), 2, 6).map((c) => c.index)).toEqual([6, 5]);
  });
});
