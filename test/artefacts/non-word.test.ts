import { describe, expect, it } from 'vitest';
import { detectArtefacts, runArtefactRules } from '../../src/artefacts/index.js';
import { isEnglishWord } from '../../src/artefacts/lexicon/english-dictionary.js';
import { suggest } from '../../src/artefacts/lexicon/suggest.js';
import { resolveOptions } from '../../src/options.js';
import { createDocument } from '../../src/text/document.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';
import { formatFinding, shortFinding } from './helpers.js';

/** Non-words at warning: an unknown capitalised word opening a sentence is only info. */
const nonWords = (text: string): string[] =>
  detectArtefacts(text)
    .filter((a) => a.ruleId === 'non-word' && a.severity !== 'info')
    .map(shortFinding);

describe('the English vocabulary', () => {
  it('knows inflected and prefixed forms through the affix rules', () => {
    for (const word of ['escalation', 'deescalation', 'reelected', 'unhappiness', 'negotiations', 'running']) expect(isEnglishWord(word)).toBe(true);
  });

  it('accepts British spellings and regular derivations the dictionary lacks', () => {
    for (const word of ['colour', 'neighbouring', 'organisation', 'programme', 'defence', 'travelled', 'electability', 'counterterrorism', 'unelectable', 'livestream'])
      expect(isEnglishWord(word)).toBe(true);
  });

  it('rejects garbled words', () => {
    for (const word of ['exclusation', 'goverment', 'reducton', 'negotation']) expect(isEnglishWord(word)).toBe(false);
  });
});

describe('non-word', () => {
  it('checks hyphenated compounds part by part', () => {
    expect(nonWords('They called for de-escalation, a four-hour truce, non-expansion and the so-called buffer zone.')).toEqual([]);
    expect(nonWords('They called for de-exclusation on the border.')).toEqual(['non-word "de-exclusation" → de-escalation']);
  });

  it('suggests the prefix family member on report b alone, with offsets into the original', () => {
    const found = detectArtefacts({ id: 'b', text: SEED_B }).filter((a) => a.ruleId === 'non-word');
    expect(found.map(formatFinding)).toEqual(['b 560-574 non-word "de-exclusation" → de-escalation']);
    expect(SEED_B.slice(found[0]!.start, found[0]!.end)).toBe('de-exclusation');
  });

  it('ranks by prefix family: "re-" keeps words that take re-', () => {
    expect(suggest('constuction', { prefix: 're' })[0]).toBe('construction');
    expect(suggest('exclusation', { prefix: 'de' })[0]).toBe('escalation');
  });

  it('lets the other report vouch for a candidate', () => {
    expect(suggest('sanctoins', { otherVocabulary: new Set(['sanctions']) })[0]).toBe('sanctions');
    const other = createDocument({ id: 'a', text: SEED_A });
    const b = createDocument({ id: 'b', text: SEED_B });
    const inCompare = runArtefactRules(b, { options: resolveOptions(), other }).filter((a) => a.ruleId === 'non-word');
    expect(inCompare.map((a) => a.suggestion)).toEqual(['de-escalation']);
  });

  it('suggests common fixes for plain typos', () => {
    expect(nonWords('The goverment promised a gradual reducton of the deficit.')).toEqual([
      'non-word "goverment" → government',
      'non-word "reducton" → reduction',
    ]);
  });

  it('leaves names, acronyms, numbers, addresses, handles and tags alone', () => {
    const text =
      'Zelenskyy met Stoltenberg and the OSCE in Kyiv. Visit https://nato.int/cps/en/natohq or mail press@nato.int, follow @NATOpress and #StandWithUkraine. ' +
      'The G7 agreed on 2,500 km and 3.5% growth; the iPhone maker and McDonald were not there.';
    expect(nonWords(text)).toEqual([]);
  });

  it('reports an unknown capitalised word opening a sentence only as info', () => {
    const found = detectArtefacts('Goverment sources denied it.').filter((a) => a.ruleId === 'non-word');
    expect(found.map((a) => a.severity)).toEqual(['info']);
  });

  it('does not flag a word both reports use', () => {
    const a = createDocument({ id: 'a', text: 'The Kremlin spoke of a grave razvedka operation.' });
    const b = createDocument({ id: 'b', text: 'Analysts doubted the razvedka claims.' });
    expect(runArtefactRules(b, { options: resolveOptions(), other: a }).filter((x) => x.ruleId === 'non-word')).toEqual([]);
  });
});
