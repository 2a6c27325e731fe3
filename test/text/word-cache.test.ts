import { describe, expect, it } from 'vitest';
import { WordCache } from '../../src/text/word-cache.js';

describe('WordCache', () => {
  it('computes each key once, undefined results included', () => {
    const cache = new WordCache<string | undefined>(10);
    const calls: string[] = [];
    const compute = (key: string): string | undefined => {
      calls.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    };
    expect(cache.get('abc', compute)).toBe('ABC');
    expect(cache.get('abc', compute)).toBe('ABC');
    expect(cache.get('none', compute)).toBeUndefined();
    expect(cache.get('none', compute)).toBeUndefined();
    expect(calls).toEqual(['abc', 'none']);
  });

  it('empties itself when full, so memory stays bounded', () => {
    const cache = new WordCache<number>(3);
    let calls = 0;
    const compute = (key: string): number => {
      calls++;
      return key.length;
    };
    for (const key of ['a', 'bb', 'ccc']) cache.get(key, compute);
    expect(cache.peek('a')).toBe(1);
    cache.get('dddd', compute); // the fourth entry finds the cache full
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('dddd')).toBe(4);
    expect(calls).toBe(4);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new WordCache(0)).toThrow(RangeError);
    expect(() => new WordCache(1.5)).toThrow(/limit/);
  });
});
