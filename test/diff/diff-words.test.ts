import { describe, expect, it } from 'vitest';
import { diffWords } from '../../src/diff/index.js';
import { DiffEngine, ExactWordDiff, StemDiff } from '../../src/diff/index.js';
import { CorroborateTypeError } from '../../src/errors.js';
import { op, rebuild } from '../report/helpers.js';

describe('diffWords', () => {
  it('merges a delete next to an insert into one replace, and keeps case-insensitive equals', () => {
    const ops = diffWords('The committee approved the new budget on Friday.', 'the committee rejected the new budget on Thursday!');
    expect(ops.map(op)).toEqual([
      'equal "The committee"',
      'replace "approved"→"rejected"',
      'equal "the new budget on"',
      'replace "Friday."→"Thursday!"',
    ]);
  });

  it('rebuilds both texts exactly, whitespace and all', () => {
    const a = '  Rain\tfell  on\nthe valley , again. ';
    const b = 'Snow fell on the hills again';
    const ops = diffWords(a, b);
    expect(rebuild(ops, 'a')).toBe(a);
    expect(rebuild(ops, 'b')).toBe(b);
  });

  it('points spans into the sources when given spans', () => {
    const source = 'Preamble. The harbour reopened on Monday.';
    const ops = diffWords({ sourceId: 'x', start: 10, text: source.slice(10) }, { sourceId: 'y', text: 'The harbor reopened on Monday.' });
    for (const o of ops) if (o.a) expect(source.slice(o.a.start, o.a.end)).toBe(o.a.text);
    expect(ops.map(op)).toEqual(['equal "The"', 'replace "harbour"→"harbor"', 'equal "reopened on Monday."']);
    expect(ops[1]!.a!.sourceId).toBe('x');
    expect(ops[1]!.b!.sourceId).toBe('y');
  });

  it('folds a short equal run between two long edits into one replacement', () => {
    const ops = diffWords('one two three four and five six seven', 'uno dos tres cuatro and cinco seis siete');
    expect(ops.map(op)).toEqual(['replace "one two three four and five six seven"→"uno dos tres cuatro and cinco seis siete"']);
    expect(diffWords('one two three four and five six seven', 'uno dos tres cuatro and cinco seis siete', { cleanup: false }).map(op)).toContain('equal "and"');
  });

  it('has variants that override only the equality hook', () => {
    expect(diffWords('Alliance members', 'alliance member', { ignoreCase: false }).map(op)).toEqual(['replace "Alliance members"→"alliance member"']);
    expect(diffWords('Alliance members', 'alliance member', { stems: true }).map(op)).toEqual(['equal "Alliance members"']);
    expect(new StemDiff().key({ start: 0, end: 7, norm: 'Members', lower: 'members', stem: 'member', kind: 'word' })).toBe('member');
    expect(new ExactWordDiff().key({ start: 0, end: 7, norm: 'Members', lower: 'members', stem: 'member', kind: 'word' })).toBe('Members');
    expect(Object.getOwnPropertyNames(StemDiff.prototype).sort()).toEqual(['constructor', 'key']);
  });

  it('handles empty and whitespace-only texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'word').map(op)).toEqual(['insert ""→"word"']);
    const ops = diffWords('   ', '\n');
    expect(rebuild(ops, 'a')).toBe('   ');
    expect(rebuild(ops, 'b')).toBe('\n');
  });

  it('encodes more distinct tokens than the BMP private-use area holds', () => {
    // 9,000 distinct words: past 6,400 the keys use supplementary private-use code points.
    const words = Array.from({ length: 9000 }, (_, i) => `w${i.toString(36)}`);
    const a = words.join(' ');
    const b = words.map((word, i) => (i % 1000 === 999 ? `changed${i}` : word)).join(' ');
    const ops = new DiffEngine().diff(a, b);
    expect(rebuild(ops, 'a')).toBe(a);
    expect(rebuild(ops, 'b')).toBe(b);
    expect(ops.filter((o) => o.op === 'replace').map((o) => o.a!.text.trim())).toEqual(words.filter((_, i) => i % 1000 === 999));
  });

  it('falls back to one replacement between the common ends when long inputs differ throughout', () => {
    const middleA = Array.from({ length: 6000 }, (_, i) => `a${i}`).join(' ');
    const middleB = Array.from({ length: 6000 }, (_, i) => `b${i}`).join(' ');
    const a = `Same start. ${middleA} same end.`;
    const b = `Same start. ${middleB} same end.`;
    const ops = diffWords(a, b);
    expect(ops.map((o) => o.op)).toEqual(['equal', 'replace', 'equal']);
    expect(rebuild(ops, 'a')).toBe(a);
    expect(rebuild(ops, 'b')).toBe(b);
    expect(ops[0]!.a!.text).toBe('Same start. ');
  });

  it('rejects bad arguments with typed errors naming them', () => {
    expect(() => diffWords(42 as never, 'x')).toThrow(CorroborateTypeError);
    expect(() => diffWords('x', { text: 3 } as never)).toThrow(/`b.text`/);
    expect(() => diffWords('x', 'y', { stem: true } as never)).toThrow(/unknown option `options.stem`/);
    expect(() => diffWords('x', 'y', { cleanup: 'yes' } as never)).toThrow(/`options.cleanup` must be a boolean/);
  });
});
