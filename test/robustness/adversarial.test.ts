/**
 * The committed adversarial corpus (fixtures/adversarial/, see its README): every case
 * goes through each public entry point, and the test asserts only that each call returns
 * and keeps the invariants (valid spans, unique ids, diffs that rebuild, schema, mirror).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { createChecker, type Checker } from '../../src/report/compare.js';
import { createDocument } from '../../src/text/document.js';
import { PROJECT_ROOT, SEED_B } from '../helpers/seeds.js';
import { artefactListProblems, mirrorProblems, quoteListProblems, reportProblems } from './invariants.js';

const DIRECTORY = `${PROJECT_ROOT}fixtures/adversarial/`;

/** A `.txt` case is its text; a `.json` case is one JSON string (exact code units). */
function loadCase(file: string): string {
  const raw = readFileSync(`${DIRECTORY}${file}`, 'utf8');
  return file.endsWith('.json') ? (JSON.parse(raw) as string) : raw;
}

const CASES = readdirSync(DIRECTORY)
  .filter((file) => file.endsWith('.txt') || file.endsWith('.json'))
  .sort();

/** Two paragraphs of a seed with quotes and speakers, as the other side of each comparison. */
const PARTNER = SEED_B.split(/\n\s*\n/u).slice(2, 5).join('\n\n');

let checker: Checker;
beforeAll(async () => {
  checker = await createChecker({ sourceLanguage: 'auto' });
});

function documentProblems(text: string): string[] {
  const document = createDocument(text);
  return [...document.paragraphs, ...document.sentences, ...document.tokens]
    .filter((span) => text.slice(span.start, span.end) !== span.text)
    .map((span) => `document span ${span.start}-${span.end}`);
}

function pairProblems(x: string, y: string): string[] {
  const texts = { x, y };
  const forward = checker.compare({ id: 'x', text: x }, { id: 'y', text: y });
  const backward = checker.compare({ id: 'y', text: y }, { id: 'x', text: x });
  return [...reportProblems(forward, texts), ...reportProblems(backward, texts), ...mirrorProblems(forward, backward)];
}

it('the corpus is there', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(15);
});

describe.each(CASES)('adversarial case %s', (file) => {
  const text = loadCase(file);

  it('createDocument, extractQuotes and detectArtefacts return valid spans', () => {
    expect(documentProblems(text)).toEqual([]);
    expect(quoteListProblems(extractQuotes(text), text, 'text')).toEqual([]);
    expect(artefactListProblems(detectArtefacts(text, { sourceLanguage: 'auto' }), text, 'text')).toEqual([]);
  });

  it('compare against a seed excerpt and against itself keeps every invariant, both ways', () => {
    expect(pairProblems(text, PARTNER)).toEqual([]);
    expect(pairProblems(text, text)).toEqual([]);
  });
});
