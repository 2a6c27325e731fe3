import { describe, it, expect } from 'vitest';
import {
  FALSE_FRIEND_LEXICONS,
  type FalseFriendEntry,
  type SourceLanguage,
} from '../../src/artefacts/data/false-friends/index.js';

const MINIMUM: Readonly<Record<SourceLanguage, number>> = { it: 150, fr: 50, es: 50, de: 50, pt: 50 };
const KINDS = new Set(['false-friend', 'calque', 'exonym']);
const LANGUAGES = Object.keys(MINIMUM) as SourceLanguage[];

const isClean = (s: string): boolean => s.length > 0 && s === s.trim() && s === s.toLowerCase() && !/\s{2}/.test(s);
const surfaces = (entry: FalseFriendEntry): readonly string[] => [entry.english, ...(entry.forms ?? [])];

describe('false-friend lexicons', () => {
  it('has a lexicon for every source language and nothing else', () => {
    expect(Object.keys(FALSE_FRIEND_LEXICONS).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const entries = FALSE_FRIEND_LEXICONS[language];

    it('meets the minimum entry count', () => {
      expect(entries.length).toBeGreaterThanOrEqual(MINIMUM[language]);
    });

    it('has no duplicate english surface', () => {
      const seen = new Set<string>();
      const duplicates = entries.map((e) => e.english).filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
      expect(duplicates).toEqual([]);
    });

    it('has no surface (english or form) listed twice', () => {
      const seen = new Set<string>();
      const duplicates = entries.flatMap(surfaces).filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
      expect(duplicates).toEqual([]);
    });

    it('keeps english, forms and contextAny lowercase, trimmed and single-spaced', () => {
      const bad = entries.flatMap((e) => [...surfaces(e), ...(e.contextAny ?? [])]).filter((s) => !isClean(s));
      expect(bad).toEqual([]);
    });

    it('gives every entry a meaning, a source, a note and a known kind', () => {
      for (const entry of entries) {
        expect(entry.meant.length, entry.english).toBeGreaterThan(0);
        expect(entry.meant.every((m) => m.trim().length > 0), entry.english).toBe(true);
        expect(entry.source.trim().length, entry.english).toBeGreaterThan(0);
        expect(entry.note.trim().length, entry.english).toBeGreaterThan(0);
        expect(KINDS.has(entry.kind), entry.english).toBe(true);
        if (entry.contextAny !== undefined) expect(entry.contextAny.length, entry.english).toBeGreaterThan(0);
      }
    });

    it('is sorted by english', () => {
      const unsorted: string[] = [];
      for (let i = 1; i < entries.length; i++) {
        const previous = entries[i - 1];
        const current = entries[i];
        if (previous !== undefined && current !== undefined && !(previous.english < current.english)) {
          unsorted.push(`${previous.english} / ${current.english}`);
        }
      }
      expect(unsorted).toEqual([]);
    });
  });
});
