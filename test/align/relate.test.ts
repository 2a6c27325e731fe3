import { describe, expect, it } from 'vitest';
import { relate } from '../../src/align/relate.js';
import { CorroborateRangeError, CorroborateTypeError } from '../../src/errors.js';
import { op } from '../report/helpers.js';

describe('relate', () => {
  it('calls the same words identical, whatever the case, punctuation and quote style', () => {
    const result = relate('The ferry “left” at noon.', 'the ferry "left" at noon');
    expect(result.relation).toBe('identical');
    expect(result.similarity).toBe(1);
  });

  it('recognises a paraphrase (synonyms, reordering) as equivalent', () => {
    expect(relate('The company reported a sharp rise in profits last quarter.', 'Last quarter the firm reported a sharp increase in profits.').relation).toBe('equivalent');
    expect(relate('profound differences', 'strong differences').relation).toBe('equivalent');
  });

  it('finds a sentence contained in a longer one as partial', () => {
    const result = relate(
      'The flood barrier protected the old town',
      'Officials said on Sunday that the flood barrier protected the old town, but warned that the river would rise again after more rain in the mountains.',
    );
    expect(result.relation).toBe('partial');
  });

  it('calls sentences about different things unrelated', () => {
    const result = relate('The orchestra postponed its winter tour.', 'Wheat prices fell after the harvest report.');
    expect(result.relation).toBe('unrelated');
    expect(result.similarity).toBeLessThan(0.2);
  });

  it('is symmetric: same relation and similarity, mirrored diff', () => {
    const x = 'The minister said the talks would resume in May.';
    const y = 'Talks will resume in May, the minister said on Tuesday.';
    const forward = relate(x, y);
    const backward = relate(y, x);
    expect(backward.relation).toBe(forward.relation);
    expect(backward.similarity).toBe(forward.similarity);
    const mirrored = forward.diff.map((o) => ({ op: o.op === 'insert' ? 'delete' : o.op === 'delete' ? 'insert' : o.op, a: o.b && { ...o.b, sourceId: 'a' }, b: o.a && { ...o.a, sourceId: 'b' } }));
    expect(backward.diff.map((o) => ({ op: o.op, a: o.a, b: o.b }))).toEqual(mirrored);
  });

  it('returns a word diff from x (source a) to y (source b)', () => {
    expect(relate('Prices rose by 3 percent', 'Prices rose by 4 percent').diff.map(op)).toEqual(['equal "Prices rose by"', 'replace "3"→"4"', 'equal "percent"']);
  });

  it('never throws on odd strings', () => {
    for (const text of ['', ' ', '\uD800', '«»', '\u0000\u0007', '“unbalanced', '😀😀']) expect(relate(text, 'word').relation).toBeTypeOf('string');
  });

  it('rejects wrong arguments with typed errors', () => {
    expect(() => relate(1 as never, 'x')).toThrow(CorroborateTypeError);
    expect(() => relate('x', null as never)).toThrow(/`y` must be a string/);
    expect(() => relate('abc', 'x', { maxLength: 2 })).toThrow(CorroborateRangeError);
    expect(() => relate('x', 'y', { colour: 1 } as never)).toThrow(/unknown option/);
  });
});
