// Tests the metric code itself on tiny inputs built here; never reads ../shared/data.
import { describe, expect, it } from 'vitest';
import { runBenchmark } from './benchmarks/run-benchmark.js';
import type { Benchmark, Cell } from './benchmarks/types.js';
import { resolveDataDir } from './data-dir.js';
import { parseBrat, type BratAnnotation } from './loaders/brat.js';
import { buildMqmDocuments, parseMarkedTarget, parseMqmRows } from './loaders/mqm.js';
import { parseMrpc } from './loaders/mrpc.js';
import { chooseAnnotationFiles } from './loaders/polnear.js';
import type { SeedGold } from './loaders/seeds.js';
import { splitLines, toBlocks } from './loaders/wmt.js';
import { emptyAlignmentTally, tallyBlock } from './metrics/alignment.js';
import { ratePerThousandCell, ratioCell } from './metrics/cells.js';
import { accuracy, addOutcome, emptyConfusion, f1 } from './metrics/classification.js';
import { emptyMqmTally, tallyMqmDocument } from './metrics/mqm.js';
import { shareCapitalisedNameWord } from './metrics/names.js';
import { emptyQuoteTally, goldDirectQuotes, isPronounSource, tallyQuotes } from './metrics/polnear.js';
import { pairDoubleQuotes } from './metrics/quote-marks.js';
import { sameSeedSpeaker, scoreSeeds } from './metrics/seeds.js';
import { coversShareOf, lineIndexAt, lineStarts, overlaps, overlapsShareOfLonger } from './metrics/spans.js';
import { comparePeer, detectPeerArtefacts, extractPeerQuotes, relatePeer, splitSentences } from './naive-peer.js';
import { adapt } from './systems/corroborate.js';
import type { EvalQuote, EvalSystem } from './systems/types.js';
import { formatCell, renderMarkdown, renderText } from './table.js';

const slices = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

function quote(start: number, end: number, speaker: EvalQuote['speaker'] = null, sourceId = 'x', id = `${sourceId}:${start}`): EvalQuote {
  return { id, sourceId, start, end, speaker };
}

describe('span overlap rules', () => {
  it('adjacent spans do not overlap; one shared character does', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(false);
  });

  it('PolNeAR recall needs half of the GOLD quote covered', () => {
    const gold = { start: 10, end: 30 };
    expect(coversShareOf(gold, { start: 20, end: 100 }, 0.5)).toBe(true); // 10 of 20
    expect(coversShareOf(gold, { start: 21, end: 100 }, 0.5)).toBe(false); // 9 of 20
  });

  it('seed quote match needs half of the LONGER span', () => {
    expect(overlapsShareOfLonger({ start: 0, end: 10 }, { start: 0, end: 20 }, 0.5)).toBe(true);
    expect(overlapsShareOfLonger({ start: 0, end: 10 }, { start: 0, end: 21 }, 0.5)).toBe(false);
  });

  it('finds the line of an offset', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect(starts).toEqual([0, 3, 6, 7]);
    expect([0, 2, 3, 5, 6, 7, 8].map((offset) => lineIndexAt(starts, offset))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
});

describe('classification scores', () => {
  it('computes accuracy and F1 on the positive class', () => {
    const confusion = emptyConfusion();
    // gold, predicted: TP TP FP FN TN
    for (const [gold, predicted] of [[true, true], [true, true], [false, true], [true, false], [false, false]] as const) {
      addOutcome(confusion, gold, predicted);
    }
    expect(accuracy(confusion)).toBeCloseTo(3 / 5);
    expect(f1(confusion)).toBeCloseTo((2 * 2) / (2 * 2 + 1 + 1));
  });

  it('never invents a number from nothing', () => {
    expect(Number.isNaN(f1(emptyConfusion()))).toBe(true);
    expect(ratioCell(0, 0)).toMatchObject({ status: 'n/a' });
    expect(ratePerThousandCell(3, 1500)).toMatchObject({ status: 'ok', value: 2 });
  });
});

describe('MRPC loader', () => {
  it('strips the BOM and header, and splits a line that swallowed the next record', () => {
    const content =
      '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n' +
      '1\t1\t2\tThe cat sat.\tA cat sat.\n' +
      '0\t3\t4\tRates rose 2 percent.\tRates fell.1\t5\t6\tHe left early.\tHe departed early.\n';
    const { pairs, repairedLines } = parseMrpc(content);
    expect(repairedLines).toBe(1);
    expect(pairs.map((pair) => [pair.paraphrase, pair.first, pair.second])).toEqual([
      [true, 'The cat sat.', 'A cat sat.'],
      [false, 'Rates rose 2 percent.', 'Rates fell.'],
      [true, 'He left early.', 'He departed early.'],
    ]);
  });
});

describe('double-quote pairing (PolNeAR gold)', () => {
  it('pairs curly, straight and mixed marks and trims inner whitespace', () => {
    const text = 'She said “ yes ” and "no" and “maybe" then "fine” ok.';
    expect(slices(text, pairDoubleQuotes(text))).toEqual(['yes', 'no', 'maybe', 'fine']);
  });

  it('abandons a quote left open at a paragraph break', () => {
    const text = '“First paragraph goes on\n“Second one ends.” He said "x\n" y';
    expect(slices(text, pairDoubleQuotes(text))).toEqual(['Second one ends.']);
  });

  it('ignores a stray closing mark and empty quotes', () => {
    const text = 'a ” b “” c “real”';
    expect(slices(text, pairDoubleQuotes(text))).toEqual(['real']);
  });
});

describe('brat loader', () => {
  it('reads discontinuous spans and events, skipping notes and continuation lines', () => {
    const ann = [
      'T1\tSource 0 5\tMaria',
      'T2\tContent 12 20;25 30\tfirst part',
      'second line of the annotated text',
      '#1\tAnnotatorNotes T2\tunsure',
      'E1\tAttribution:T3 Content:T2 Cue:T4 Source:T1',
    ].join('\n');
    const parsed = parseBrat(ann);
    expect(parsed.textBounds.get('T2')).toEqual({ id: 'T2', type: 'Content', fragments: [{ start: 12, end: 20 }, { start: 25, end: 30 }] });
    expect(parsed.textBounds.size).toBe(2);
    expect(parsed.events).toEqual([{ id: 'E1', arguments: [['Attribution', 'T3'], ['Content', 'T2'], ['Cue', 'T4'], ['Source', 'T1']] }]);
  });

  it('converts code-point offsets to UTF-16 when the text has astral characters', () => {
    const text = '😀 Ana said hi';
    const parsed = parseBrat('T1\tSource 2 5\tAna', text); // code points: 😀=0, space=1, A=2
    const fragment = parsed.textBounds.get('T1')?.fragments[0];
    expect(fragment && text.slice(fragment.start, fragment.end)).toBe('Ana');
  });

  it('chooses the alphabetically first annotator per article, even with underscores in names', () => {
    const chosen = chooseAnnotationFiles(['news_a', 'news_a_b'], ['news_a_b_z1.ann', 'news_a_q9.ann', 'news_a_b_a7.ann', 'news_a_k2.ann']);
    expect(Object.fromEntries(chosen)).toEqual({ news_a: 'news_a_k2.ann', news_a_b: 'news_a_b_a7.ann' });
  });
});

describe('PolNeAR gold quotes and scoring', () => {
  // 0         1         2         3         4         5         6         7         8
  // 012345678901234567890123456789012345678901234567890123456789012345678901234567890
  const text = 'Mayor Lin Park said “taxes will fall.” He added “roads first.” Not “quoted”.';
  const span = (needle: string): { start: number; end: number } => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const annotation: BratAnnotation = {
    textBounds: new Map([
      ['T1', { id: 'T1', type: 'Source', fragments: [span('Mayor Lin Park')] }],
      ['T2', { id: 'T2', type: 'Content', fragments: [span('“taxes will fall.”')] }],
      ['T3', { id: 'T3', type: 'Source', fragments: [span('He')] }],
      ['T4', { id: 'T4', type: 'Content', fragments: [span('roads'), span('first.”')] }],
      ['T5', { id: 'T5', type: 'Content', fragments: [span('Lin Park said “taxes will fall.” He added')] }],
    ]),
    events: [
      { id: 'E1', arguments: [['Content', 'T2'], ['Source', 'T1']] },
      { id: 'E2', arguments: [['Content', 'T4'], ['Source', 'T3']] },
    ],
  };
  const gold = goldDirectQuotes(text, annotation);

  it('keeps quoted stretches inside a Content span, picking the smallest, across whitespace gaps', () => {
    expect(slices(text, gold)).toEqual(['taxes will fall.', 'roads first.']);
    expect(gold.map((q) => q.contentId)).toEqual(['T2', 'T4']);
    expect(gold.map((q) => q.source?.text)).toEqual(['Mayor Lin Park', 'He']);
  });

  it('recalls at 50% of the gold quote, and leaves pronoun Sources out of attribution', () => {
    const tally = emptyQuoteTally();
    const taxes = span('taxes will');
    const roads = span('roads first.');
    tallyQuotes(tally, gold, [
      quote(taxes.start, taxes.end, { name: 'Lin Park', mention: null }),
      quote(roads.start, roads.end, { name: 'Someone Else', mention: null }),
    ]);
    expect(tally).toEqual({ goldQuotes: 2, recalled: 2, attributable: 1, attributedCorrectly: 1 });
    expect(isPronounSource(' He ')).toBe(true);
    expect(isPronounSource('Helen')).toBe(false);
  });

  it('accepts a speaker whose mention overlaps the Source even without a shared name', () => {
    const tally = emptyQuoteTally();
    const taxes = span('taxes will fall.');
    tallyQuotes(tally, gold.slice(0, 1), [quote(taxes.start, taxes.end, { name: 'the mayor', mention: span('Mayor') })]);
    expect(tally.attributedCorrectly).toBe(1);
  });

  it('compares capitalised name words, not titles or lower-case words', () => {
    expect(shareCapitalisedNameWord('Jens Stoltenberg', 'NATO chief Stoltenberg')).toBe(true);
    expect(shareCapitalisedNameWord('President Obama', 'President Trump')).toBe(false);
    expect(shareCapitalisedNameWord('the spokesman', 'a spokesman')).toBe(false);
    expect(shareCapitalisedNameWord('Obama’s aide', 'Barack OBAMA')).toBe(true);
  });
});

describe('MQM loader and metrics', () => {
  it('strips <v> markers and returns the marked span', () => {
    const { plain, spans } = parseMarkedTarget('The <v>cat</v> sat.');
    expect(plain).toBe('The cat sat.');
    expect(slices(plain, spans)).toEqual(['cat']);
  });

  const header = 'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity';
  const row = (seg: number, target: string, category: string, rater = 'r1', system = 'S'): string =>
    [system, 'd1', seg, seg, rater, '源', target, category, 'Minor'].join('\t');
  const tsv = [
    header,
    row(2, 'He go <v>hom</v>.', 'Fluency/Spelling'),
    row(1, 'Fine text.', 'No-error'),
    row(2, 'He <v>go</v> hom.', 'Fluency/Grammar', 'r2'),
    row(2, 'He go hom.<v></v>', 'Fluency/Punctuation'),
    row(1, 'Other system.', 'No-error', 'r1', 'T'),
  ].join('\n');
  const documents = buildMqmDocuments(parseMqmRows(tsv));

  it('builds one document per (system, doc) with segments in docSegId order, deduplicated', () => {
    expect(documents.map((document) => document.text)).toEqual(['Fine text.\nHe go hom.', 'Other system.']);
    const [first] = documents;
    expect(first && first.errors.map((error) => [first.text.slice(error.start, error.end), error.category, error.segment])).toEqual([
      ['hom', 'Fluency/Spelling', 1],
      ['go', 'Fluency/Grammar', 1],
      ['', 'Fluency/Punctuation', 1],
    ]);
  });

  it('scores precision on any error span and recall per category, skipping empty spans', () => {
    const [first] = documents;
    if (!first) throw new Error('no document');
    const at = (needle: string) => ({ start: first.text.indexOf(needle), end: first.text.indexOf(needle) + needle.length });
    const tally = emptyMqmTally();
    tallyMqmDocument(tally, first, [at('hom'), at('Fine'), at('.\nHe')]);
    expect([tally.flags, tally.flagsOnErrors]).toEqual([3, 1]);
    expect(tally.categories.get('Fluency/Spelling')).toEqual({ spans: 1, hit: 1 });
    expect(tally.categories.get('Fluency/Grammar')).toEqual({ spans: 1, hit: 0 });
  });
});

describe('WMT sentence alignment', () => {
  it('cuts aligned lines into blocks and counts a match correct on the same line by midpoint', () => {
    const [block] = toBlocks(splitLines('A one. A two.\nA three.\n'), splitLines('B one.\nB three.\n'), 20);
    if (!block) throw new Error('no block');
    expect(block.a).toBe('A one. A two.\nA three.');
    const a = (needle: string) => ({ start: block.a.indexOf(needle), end: block.a.indexOf(needle) + needle.length });
    const b = (needle: string) => ({ start: block.b.indexOf(needle), end: block.b.indexOf(needle) + needle.length });
    const tally = emptyAlignmentTally();
    tallyBlock(tally, block, [
      { a: a('A one.'), b: b('B one.') },
      { a: a('A two.'), b: b('B one.') },
      { a: a('A three.'), b: b('B one.') },
    ]);
    expect(tally).toEqual({ matches: 3, correct: 2, lines: 2, linesMatched: 1 });
  });
});

describe('seed metrics', () => {
  const gold: SeedGold = {
    quotes: [
      { id: 'a1', source: 'a', start: 0, end: 10, text: '', kind: 'direct', speaker: 'Jens Stoltenberg', speakerKind: 'person' },
      { id: 'a2', source: 'a', start: 20, end: 30, text: '', kind: 'phrase', speaker: null, speakerKind: null },
      { id: 'b1', source: 'b', start: 0, end: 10, text: '', kind: 'direct', speaker: 'NATO', speakerKind: 'organisation' },
    ],
    pairs: [{ a: 'a1', b: 'b1', relation: 'partial' }],
    artefacts: [{ source: 'b', start: 40, end: 45, text: '', family: 'non-word' }],
  };

  it('matches quotes by overlap of the longer span, maps pairs through them, and scores artefacts per source', () => {
    const scores = scoreSeeds(gold, {
      quotes: [
        quote(1, 10, { name: 'Stoltenberg', mention: null }, 'a', 'qa'),
        quote(0, 9, { name: 'the Atlantic Alliance', mention: null }, 'b', 'qb'),
        quote(50, 60, null, 'b', 'qx'),
      ],
      quoteMatches: [['qa', 'qb'], ['qa', 'qx']],
      artefacts: [
        { sourceId: 'b', start: 44, end: 48, severity: 'warning' },
        { sourceId: 'a', start: 40, end: 45, severity: 'warning' },
        { sourceId: 'b', start: 0, end: 2, severity: 'info' },
      ],
    });
    expect(scores.quoteRecall).toEqual({ hit: 2, of: 3 });
    expect(scores.quotePrecision).toEqual({ hit: 2, of: 3 });
    expect(scores.attribution).toEqual({ hit: 2, of: 2 });
    expect(scores.pairRecall).toEqual({ hit: 1, of: 1 });
    expect(scores.pairPrecision).toEqual({ hit: 1, of: 2 });
    expect(scores.artefactPrecisionWarning).toEqual({ hit: 1, of: 2 });
    expect(scores.artefactPrecisionAll).toEqual({ hit: 1, of: 3 });
    expect(scores.artefactRecallWarning).toEqual({ hit: 1, of: 1 });
  });

  it('accepts listed organisation aliases and bare group names, not unrelated names', () => {
    expect(sameSeedSpeaker('the Atlantic Alliance', 'NATO')).toBe(true);
    expect(sameSeedSpeaker('the delegations', 'delegations')).toBe(true);
    expect(sameSeedSpeaker('Wendy Sherman', 'Jens Stoltenberg')).toBe(false);
  });
});

describe('naive peer', () => {
  const text = 'Budget chief Ana Ruiz spoke on Monday. “We will cut costs,” she said. The the plan is unclar.';

  it('pairs quote marks and takes the nearest capitalised bigram outside quotes as speaker', () => {
    const [only] = extractPeerQuotes({ id: 'x', text });
    expect(only && [only.text, only.speaker?.name]).toEqual(['We will cut costs,', 'Ana Ruiz']);
  });

  it('flags lower-case non-words and doubled words, but not capitalised words or numbers', async () => {
    const flags = detectPeerArtefacts({ id: 'x', text: `${text} Zyxq 3rd` });
    expect(flags.map((flag) => flag.text)).toEqual(['The the', 'unclar']);
  });

  it('relates by string similarity and splits sentences by regex, deterministically', () => {
    expect(relatePeer('Rates rose sharply today.', 'Rates rose sharply today!')).toBe('equivalent');
    expect(relatePeer('Rates rose.', 'The cat slept.')).toBe('unrelated');
    expect(splitSentences('One here. Two here!\nThree').map((s) => s.text)).toEqual(['One here.', 'Two here!', 'Three']);
    const a = { id: 'a', text: 'The vote passed. Rain fell.' };
    const b = { id: 'b', text: 'Rain was falling. The vote was passed.' };
    expect(comparePeer(a, b)).toEqual(comparePeer(a, b));
    expect(comparePeer(a, b).sentenceMatches.map((m) => [m.a.text, m.b.text])).toEqual([['The vote passed.', 'The vote was passed.']]);
  });
});

describe('corroborate adapter', () => {
  it('exposes only exported capabilities and prefers the shared checker', async () => {
    const calls: string[] = [];
    const api = {
      relate: () => ({ relation: 'unrelated' }),
      extractQuotes: () => [],
      createChecker: async () => ({
        relate: () => {
          calls.push('checker.relate');
          return { relation: 'equivalent', similarity: 0.9 };
        },
      }),
    };
    const system = await adapt(api);
    expect([typeof system.relate, typeof system.extractQuotes, typeof system.compare, typeof system.detectArtefacts]).toEqual([
      'function',
      'function',
      'undefined',
      'undefined',
    ]);
    expect(await system.relate?.('a', 'b')).toBe('equivalent');
    expect(calls).toEqual(['checker.relate']);
  });

  it('accepts a bare array or a wrapped one, and rejects other shapes', async () => {
    const quoteLike = { id: 'q1', start: 0, end: 2, text: 'hi', speaker: { name: 'Ana', mention: { start: 5, end: 8 } } };
    const wrapped = await adapt({ extractQuotes: () => ({ quotes: [quoteLike] }), detectArtefacts: () => 42 });
    const [only] = (await wrapped.extractQuotes?.({ id: 's', text: 'hi'.padEnd(10) })) ?? [];
    expect(only).toMatchObject({ id: 'q1', sourceId: 's', speaker: { name: 'Ana', mention: { start: 5, end: 8 } } });
    await expect(wrapped.detectArtefacts?.({ id: 's', text: '' })).rejects.toThrow(/unexpected result shape/u);
  });

  it('orients sentence matches by source id', async () => {
    const system = await adapt({
      compare: () => ({
        quotes: [],
        quoteMatches: [],
        artefacts: [],
        sentenceMatches: [{ sentences: [{ sourceId: 'b', start: 5, end: 6 }, { sourceId: 'a', start: 1, end: 2 }] }],
      }),
    });
    const report = await system.compare?.({ id: 'a', text: '' }, { id: 'b', text: '' });
    expect(report?.sentenceMatches).toEqual([{ a: { start: 1, end: 2 }, b: { start: 5, end: 6 } }]);
  });
});

describe('benchmark runner and table', () => {
  const benchmark: Benchmark<number[]> = {
    id: 'toy',
    title: 'toy',
    metrics: [{ key: 'share', label: 'share', format: 'ratio', target: '≥ 0.5' }],
    load: async () => [1, 2, 3, 4],
    async score(system, data) {
      if (!system.relate) return { share: { status: 'not implemented', missing: [system.exportFor.relate] } satisfies Cell };
      let positive = 0;
      for (const value of data) if ((await system.relate(String(value), '2')) !== 'unrelated') positive += 1;
      return { share: ratioCell(positive, data.length) };
    },
  };
  const exportFor = { relate: 'relate', extractQuotes: 'extractQuotes', detectArtefacts: 'detectArtefacts', compare: 'compare' };
  const missing: EvalSystem = { name: 'corroborate', exportFor };
  const peer: EvalSystem = { name: 'naive peer', exportFor, relate: async (a, b) => (a === b ? 'identical' : 'unrelated') };
  const context = { dataDir: '/nowhere', projectRoot: '/nowhere' };

  it('shows "not implemented" beside the peer’s number', async () => {
    const result = await runBenchmark(benchmark, [missing, peer], context);
    const text = renderText([result]);
    expect(text).toMatch(/share\s+not implemented\s+0\.250 \(1\/4\)\s+≥ 0\.5/u);
    expect(renderMarkdown([result])).toContain('| toy | share | not implemented | 0.250 (1/4) | ≥ 0.5 |');
  });

  it('turns a throwing system into an error cell, never a number', async () => {
    const broken: EvalSystem = { name: 'corroborate', exportFor, relate: async () => Promise.reject(new Error('boom')) };
    const result = await runBenchmark(benchmark, [broken, peer], context);
    expect(result.systems.corroborate?.cells.share).toEqual({ status: 'error', message: 'boom' });
    expect(formatCell(result.systems.corroborate?.cells.share, benchmark.metrics[0]!)).toBe('error (see below)');
  });

  it('resolves the data folder from the project root, or from CORROBORATE_DATA', () => {
    expect(resolveDataDir('/work/main/', {})).toBe('/work/shared/data');
    expect(resolveDataDir('/work/main/', { CORROBORATE_DATA: '/data/x' })).toBe('/data/x');
  });
});
