import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedTable } from '../../src/text/sorted-table.js';

// A map built the obvious way is the oracle for the in-place binary search.
const tableOf = (entries: ReadonlyMap<string, string>): string =>
  [...entries.keys()]
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    .map((key) => (entries.get(key) === '' ? key : `${key} ${entries.get(key)}`))
    .join('\n');

describe('SortedTable', () => {
  it('finds every key of a table and nothing else', () => {
    const key = fc.stringMatching(/^[a-z'-]{1,8}$/u);
    const value = fc.stringMatching(/^(?:[0-9a-z]{1,3}(?: [0-9a-z]{1,3}){0,3})?$/u);
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 60 }), fc.array(key, { maxLength: 20 }), (record, probes) => {
        const entries = new Map(Object.entries(record));
        const table = new SortedTable(tableOf(entries));
        for (const [k, v] of entries) expect(table.get(k)).toBe(v);
        for (const probe of probes) expect(table.get(probe)).toBe(entries.get(probe));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('answers on edge tables: empty, one line, a trailing newline, values with spaces', () => {
    expect(new SortedTable('').get('a')).toBeUndefined();
    expect(new SortedTable('a').get('a')).toBe('');
    expect(new SortedTable('a 1 2\nb\nc 3\n').get('c')).toBe('3');
    expect(new SortedTable('a 1 2\nb\nc 3\n').get('b')).toBe('');
    expect(new SortedTable('a 1 2\nb\nc 3\n').get('a')).toBe('1 2');
    expect(new SortedTable('a 1 2\nb\nc 3\n').get('')).toBeUndefined();
    expect(new SortedTable('a 1 2\nb\nc 3\n').get('bb')).toBeUndefined();
  });
});
