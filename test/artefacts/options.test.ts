import { describe, expect, it } from 'vitest';
import { detectArtefacts, RULES } from '../../src/artefacts/index.js';
import { CorroborateRangeError, CorroborateTypeError } from '../../src/errors.js';
import { validateOptions } from '../../src/options.js';
import { compare } from '../../src/index.js';
import { createDocument } from '../../src/text/document.js';

const TEXT = 'They met in the the capital. It was a serious and serious mistake, said the goverment.';

describe('detectArtefacts options and input', () => {
  it('throws a typed error naming an unknown rule id', () => {
    expect(() => detectArtefacts(TEXT, { rules: { 'repetiton': false } })).toThrow(CorroborateTypeError);
    try {
      detectArtefacts(TEXT, { rules: { 'repetiton': false } });
    } catch (error) {
      expect((error as CorroborateTypeError).code).toBe('unknown_option');
      expect((error as CorroborateTypeError).argument).toBe('options.rules.repetiton');
    }
    expect(() => validateOptions({ rules: { 'typography/mojibak': true } })).toThrow(/options\.rules\.typography\/mojibak/u);
  });

  it('turns rules off by id, group or family', () => {
    const ids = (options: Parameters<typeof detectArtefacts>[1]) => detectArtefacts(TEXT, options).map((a) => a.ruleId);
    expect(ids(undefined)).toEqual(expect.arrayContaining(['repetition/adjacent', 'repetition/coordinated', 'non-word']));
    expect(ids({ rules: { 'repetition/adjacent': false } })).not.toContain('repetition/adjacent');
    expect(ids({ rules: { repetition: false } }).some((id) => id.startsWith('repetition'))).toBe(false);
    expect(ids({ rules: { repetition: false, 'repetition/coordinated': true } })).toContain('repetition/coordinated');
    expect(ids({ rules: { 'non-word': false } })).not.toContain('non-word');
  });

  it('reads sourceText, a string, to compare a translation with its source', () => {
    const text = 'Mr. Li said the talks differed from the ones I attended.\nWe welcome the decision, the ministry said.';
    const sourceText = '李先生表示，这次会谈与他以前参加的不同。\n外交部表示，我们欢迎这一决定。';
    const shifts = (options?: Parameters<typeof detectArtefacts>[1]) =>
      detectArtefacts(text, options).filter((a) => a.ruleId === 'pronoun-gender/person-shift').map((a) => a.text);
    // Line 1's source names no speaker; line 2's has 我们, so its "We" is the source's own.
    expect(shifts({ sourceText })).toEqual(['I']);
    expect(shifts()).toEqual([]);
    // A source in a script without a person-marker table says nothing either way.
    expect(shifts({ sourceText: 'Il signor Li ha detto che i colloqui erano diversi.\nIl ministero accoglie la decisione.' })).toEqual([]);
    expect(() => detectArtefacts(text, { sourceText: 42 as unknown as string })).toThrow(CorroborateTypeError);
    try {
      validateOptions({ sourceText: ['x'] });
    } catch (error) {
      expect((error as CorroborateTypeError).code).toBe('invalid_type');
      expect((error as CorroborateTypeError).argument).toBe('options.sourceText');
    }
  });

  it('compare() leaves sourceText out: two reports have no single source', async () => {
    const a = { id: 'a', text: 'This is different from the meetings I attended.' };
    const b = { id: 'b', text: 'This differs from the meetings I attended.' };
    const report = await compare(a, b, { sourceText: '这与前几次参与的会议感受不同。' });
    expect(report.artefacts.filter((artefact) => artefact.ruleId === 'pronoun-gender/person-shift')).toEqual([]);
    expect(detectArtefacts(a, { sourceText: '这与前几次参与的会议感受不同。' }).map((artefact) => artefact.ruleId)).toContain('pronoun-gender/person-shift');
  });

  it('drops findings below minConfidence', () => {
    expect(detectArtefacts(TEXT, { minConfidence: 1 })).toEqual([]);
    expect(detectArtefacts(TEXT, { minConfidence: 0.85 }).every((a) => a.confidence >= 0.85)).toBe(true);
  });

  it('is deterministic and sorted by start, then rule id', () => {
    const first = detectArtefacts(TEXT);
    expect(detectArtefacts(TEXT)).toEqual(first);
    const sorted = [...first].sort((x, y) => x.start - y.start || (x.ruleId < y.ruleId ? -1 : 1));
    expect(first).toEqual(sorted);
  });

  it('accepts a document and keeps its source id', () => {
    const document = createDocument({ id: 'ansa', text: TEXT });
    expect(detectArtefacts(document).every((a) => a.sourceId === 'ansa')).toBe(true);
  });

  it('throws typed errors for the wrong kind of input or option', () => {
    expect(() => detectArtefacts(42 as unknown as string)).toThrow(CorroborateTypeError);
    expect(() => detectArtefacts({ text: null } as unknown as string)).toThrow(/input\.text/u);
    expect(() => detectArtefacts(TEXT, { minConfidence: 2 })).toThrow(CorroborateRangeError);
    expect(() => detectArtefacts(TEXT, { sourceLanguage: 'xx' as 'it' })).toThrow(CorroborateRangeError);
  });

  it('treats any string as data', () => {
    for (const text of ['', ' ', '\uD800\uDC00\uD800', '\u0000\u0001', '«««', '”“', 'a'.repeat(10_000)]) expect(() => detectArtefacts(text)).not.toThrow();
  });

  it('every rule id is a valid switch', () => {
    for (const rule of RULES) expect(() => validateOptions({ rules: { [rule.id]: false, [rule.family]: true } })).not.toThrow();
  });
});

describe('source language', () => {
  const text = 'The government is doing the possible. The ministers said che the plan was ready, and the summit della alleanza ended.';

  it('reports lexicon hits at info without a source language, at warning with the right one', () => {
    const calque = (options?: Parameters<typeof detectArtefacts>[1]) => detectArtefacts(text, options).find((a) => a.ruleId === 'calque');
    expect(calque()?.severity).toBe('info');
    expect(calque({ sourceLanguage: 'it' })?.severity).toBe('warning');
    expect(calque({ sourceLanguage: 'fr' })?.severity).toBe('info');
  });

  it('guesses the source language with auto', () => {
    const calque = detectArtefacts(text, { sourceLanguage: 'auto' }).find((a) => a.ruleId === 'calque');
    expect(calque?.severity).toBe('warning');
  });
});
