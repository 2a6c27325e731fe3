/**
 * Seeded property tests: on any string, `compare`, `extractQuotes` and `detectArtefacts`
 * never throw, every span slices its source, ids are unique, diffs rebuild the compared
 * texts, output is deterministic and schema-valid, and `compare(b, a)` mirrors
 * `compare(a, b)`. Each property has a fixed seed, so CI runs the same cases every time.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { createChecker, type Checker } from '../../src/report/compare.js';
import { relate } from '../../src/align/relate.js';
import type { CorroborateOptions } from '../../src/options.js';
import { createDocument } from '../../src/text/document.js';
import { anyText, mutate, mutatedSeed, mutation, soup } from './arbitraries.js';
import { artefactListProblems, mirrorProblems, quoteListProblems, rebuild, reportProblems, swapDefaultIds } from './invariants.js';

let checker: Checker;
beforeAll(async () => {
  checker = await createChecker();
});

/** Document spans (paragraphs, sentences, tokens) slice the original text. */
function documentProblems(text: string): string[] {
  const document = createDocument(text);
  const problems: string[] = [];
  for (const [kind, spans] of [['paragraph', document.paragraphs], ['sentence', document.sentences], ['token', document.tokens]] as const) {
    for (const span of spans) if (text.slice(span.start, span.end) !== span.text) problems.push(`${kind} ${span.start}-${span.end}`);
  }
  return problems;
}

/**
 * Compares `x` and `y` both ways under explicit ids and checks every invariant of both
 * reports, the mirror relation and determinism (a second run gives the same JSON).
 */
function compareProblems(x: string, y: string, options?: CorroborateOptions): string[] {
  const texts = { x, y };
  const forward = checker.compare({ id: 'x', text: x }, { id: 'y', text: y }, options);
  const backward = checker.compare({ id: 'y', text: y }, { id: 'x', text: x }, options);
  const again = checker.compare({ id: 'x', text: x }, { id: 'y', text: y }, options);
  return [
    ...reportProblems(forward, texts).map((p) => `forward: ${p}`),
    ...reportProblems(backward, texts).map((p) => `backward: ${p}`),
    ...mirrorProblems(forward, backward).map((p) => `mirror: ${p}`),
    ...(JSON.stringify(again) === JSON.stringify(forward) ? [] : ['not deterministic: a second run gave other JSON']),
  ];
}

describe('createDocument, extractQuotes and detectArtefacts on any string', () => {
  it('never throw, and every span slices the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(documentProblems(text)).toEqual([]);
        expect(quoteListProblems(extractQuotes(text), text, 'text')).toEqual([]);
        expect(artefactListProblems(detectArtefacts(text), text, 'text')).toEqual([]);
      }),
      { seed: 0x5eed01, numRuns: 250 },
    );
  });

  it('give the same output twice (no hidden state between calls)', () => {
    fc.assert(
      fc.property(soup(60), (text) => {
        expect(JSON.stringify(extractQuotes(text))).toBe(JSON.stringify(extractQuotes(text)));
        expect(JSON.stringify(detectArtefacts(text, { sourceLanguage: 'auto' }))).toBe(JSON.stringify(detectArtefacts(text, { sourceLanguage: 'auto' })));
      }),
      { seed: 0x5eed02, numRuns: 100 },
    );
  });

  it('keep their invariants on mutated seed reports', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSeed('a'), mutatedSeed('b')), (text) => {
        expect(quoteListProblems(extractQuotes(text), text, 'text')).toEqual([]);
        expect(artefactListProblems(detectArtefacts(text, { sourceLanguage: 'it' }), text, 'text')).toEqual([]);
      }),
      { seed: 0x5eed03, numRuns: 40 },
    );
  });
});

describe('compare on any pair of strings', () => {
  it('keeps every invariant, both ways, on random Unicode text', () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        expect(compareProblems(x, y)).toEqual([]);
      }),
      { seed: 0x5eed04, numRuns: 120 },
    );
  });

  it('keeps every invariant on a text against a near copy of itself', () => {
    fc.assert(
      fc.property(soup(60), soup(8), fc.nat(), (x, insert, at) => {
        const cut = x.length === 0 ? 0 : at % (x.length + 1);
        expect(compareProblems(x, x.slice(0, cut) + insert + x.slice(cut))).toEqual([]);
      }),
      { seed: 0x5eed05, numRuns: 80 },
    );
  });

  it('keeps every invariant on mutated seed reports', () => {
    fc.assert(
      fc.property(mutatedSeed('a'), mutatedSeed('b'), fc.constantFrom(undefined, 'it', 'auto'), (x, y, sourceLanguage) => {
        expect(compareProblems(x, y, sourceLanguage ? { sourceLanguage } : undefined)).toEqual([]);
      }),
      { seed: 0x5eed06, numRuns: 30 },
    );
  });

  it('keeps every invariant on a seed against its own mutation (parallel regime)', () => {
    fc.assert(
      fc.property(mutatedSeed('b', 0), fc.array(mutation, { minLength: 1, maxLength: 6 }), (x, mutations) => {
        expect(compareProblems(x, mutations.reduce(mutate, x))).toEqual([]);
      }),
      { seed: 0x5eed07, numRuns: 20 },
    );
  });

  it('mirrors exactly under the default ids, which swap with the arguments', () => {
    // compare(x, y) names x `a`; compare(y, x) names y `a`. Renaming a ↔ b in the second
    // report must give the mirror of the first.
    fc.assert(
      fc.property(soup(50), soup(50), (x, y) => {
        const forward = checker.compare(x, y);
        const backward = swapDefaultIds(checker.compare(y, x));
        expect(mirrorProblems(forward, backward)).toEqual([]);
      }),
      { seed: 0x5eed08, numRuns: 60 },
    );
  });
});

describe('relate on any pair of strings', () => {
  it('is symmetric: relate(y, x) has the same relation and similarity and the mirror diff', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutatedSeed('a', 2).map((text) => text.slice(0, 400))), soup(30), (x, y) => {
        const forward = relate(x, y);
        const backward = relate(y, x);
        expect([backward.relation, backward.similarity]).toEqual([forward.relation, forward.similarity]);
        expect(backward.diff.map((op) => `${op.op} ${op.a?.text ?? '-'} | ${op.b?.text ?? '-'}`)).toEqual(
          forward.diff.map((op) => `${op.op === 'insert' ? 'delete' : op.op === 'delete' ? 'insert' : op.op} ${op.b?.text ?? '-'} | ${op.a?.text ?? '-'}`),
        );
        expect([rebuild(forward.diff, 'a'), rebuild(forward.diff, 'b')]).toEqual([x, y]);
      }),
      { seed: 0x5eed09, numRuns: 100 },
    );
  });
});
