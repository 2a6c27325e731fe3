import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishDictionary } from '../../../src/artefacts/lexicon/english-dictionary.js';
import { ENGLISH_AFF } from '../../../src/artefacts/lexicon/english-stems.generated.js';
import { HunspellDictionary, ParsedStems } from '../../../src/artefacts/lexicon/hunspell.js';

// The generated stem table must answer exactly as dictionary-en read directly: these fail
// when the package is upgraded without `npm run data:dictionary`, or when the table or its
// reader is wrong.
const directory = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
const aff = readFileSync(join(directory, 'index.aff'), 'utf8');
const parsed = new ParsedStems(readFileSync(join(directory, 'index.dic'), 'utf8'));
const reference = new HunspellDictionary(aff, parsed);
const generated = englishDictionary();
const stems = [...parsed.stems.keys()];

describe('English stem table generated from dictionary-en', () => {
  it('copies the affix file and holds every stem with its flags and capitalisation', () => {
    expect(ENGLISH_AFF).toBe(aff);
    const mismatches = stems.filter((stem) => generated.stems.get(stem) !== parsed.get(stem) || generated.stems.isProper(stem) !== parsed.isProper(stem));
    expect(mismatches).toEqual([]);
    expect(stems.filter((stem) => parsed.isProper(stem)).length).toBeGreaterThan(1000);
  });

  it('lists the same stems by flag and by first letters', () => {
    const sorted = (list: readonly string[]): string[] => [...list].sort();
    const flags = [...new Set([...parsed.stems.values()].join(''))];
    for (const flag of flags) expect(sorted(generated.stems.withAnyFlag([flag])), flag).toEqual(sorted(parsed.withAnyFlag([flag])));
    expect(sorted(generated.stems.withAnyFlag(['U', 'C', 'A']))).toEqual(sorted(parsed.withAnyFlag(['U', 'C', 'A'])));
    for (const start of ['a', 'q', 'x', "o'", 'un', 'zz', '0', 'é', '']) {
      expect(sorted(generated.stems.startingWith(start)), start).toEqual(sorted(parsed.startingWith(start)));
    }
  });

  it('accepts and rejects the same words as the dictionary read directly', () => {
    const words = [
      // Derived forms of a sample of stems, and near misses of them.
      ...stems.filter((_, index) => index % 40 === 0).flatMap((stem) => reference.forms(stem)),
      ...stems.filter((_, index) => index % 97 === 0).flatMap((stem) => [`${stem}x`, stem.slice(1), `re${stem}ing`, `un${stem}s`]),
      // Parts of hyphenated words, capitalised-only stems, possessives, empty and odd keys.
      ...'de-escalation well-known re-elected anti-nato non-binding x-ray'.split(/[\s-]/u),
      ...['che', 'dante', 'as', 'nato', 'russia', "russia's", "o'clock", '', 'a/b', 'a*', 'zzzz', '\uffff'],
    ];
    const differences = words.filter(
      (word) => generated.has(word) !== reference.has(word) || generated.hasCommon(word) !== reference.hasCommon(word),
    );
    expect(differences).toEqual([]);
    expect(words.filter((word) => reference.has(word)).length).toBeGreaterThan(1000);
    for (const stem of stems.filter((_, index) => index % 500 === 0)) expect(generated.forms(stem)).toEqual(reference.forms(stem));
  });
});
