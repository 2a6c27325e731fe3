import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/report/render/index.js';
import type { Report } from '../../src/report/types.js';
import { createDocument } from '../../src/text/document.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';
import { spansOf } from './build-report.js';
import { tables } from './markdown-tables.js';

// The renderers and the schema on what compare() really returns for the showcase pair.
const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}src/report/report.schema.json`, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const sources = [
  { id: 'a', text: SEED_A, title: '000_a2ea2070e34a3aee.txt' },
  { id: 'b', text: SEED_B, title: '001_b79af259a0fd826f.txt' },
];
const texts: Record<string, string> = { a: SEED_A, b: SEED_B };

describe('reports of the seeds', () => {
  let report: Report;
  beforeAll(async () => {
    report = await compare(SEED_A, SEED_B, { sourceLanguage: 'it' });
  });

  it('compare() output satisfies the JSON Schema', () => {
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it('compare() output keeps the span contract the renderers rely on', () => {
    const wrong = spansOf(report).filter(({ span }) => texts[span.sourceId]?.slice(span.start, span.end) !== span.text);
    expect(wrong.map(({ path }) => path)).toEqual([]);
  });

  it('text: every artefact appears with its line:column', () => {
    const out = renderText(report, { sources });
    const docs = { a: createDocument(SEED_A), b: createDocument(SEED_B) } as const;
    for (const artefact of report.artefacts) {
      const { line, column } = docs[artefact.sourceId as 'a' | 'b'].lineColumn(artefact.start);
      expect(out).toContain(`${artefact.sourceId} ${line}:${column} `);
    }
    expect(out).toContain(`Matched quotes (${report.quoteMatches.length})`);
  });

  it('markdown: every table row has as many cells as its header', () => {
    const md = renderMarkdown(report, { sources });
    for (const table of tables(md)) for (const row of table) expect(row).toHaveLength(table[0]!.length);
    expect(md).toContain('de-exclusation');
  });

  it('html: every quote is highlighted and every matched one has a partner', () => {
    const html = renderHtml(report, { sources });
    expect(html).not.toContain('do not match the texts given');
    expect(html.match(/<mark class="quote /gu)).toHaveLength(report.quotes.length);
    const matched = new Set(report.quoteMatches.flatMap((match) => match.quotes));
    expect(html.match(/data-partners="q\d+/gu)).toHaveLength(matched.size);
  });
});
