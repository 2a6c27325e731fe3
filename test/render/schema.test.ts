import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { buildReport } from './build-report.js';
import { FIXTURE_NAMES, loadFixture } from './fixtures.js';

const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}src/report/report.schema.json`, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/** Ajv's errors as short strings, for readable failures. */
function errorsOf(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

const clone = (report: Report): Record<string, unknown> => JSON.parse(JSON.stringify(report)) as Record<string, unknown>;

function renameKey(object: Record<string, unknown>, from: string, to: string): void {
  object[to] = object[from];
  delete object[from];
}

describe('report.schema.json', () => {
  it('is a draft 2020-12 schema', () => {
    expect((schema as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(FIXTURE_NAMES)('accepts the hand-built report %s', (name) => {
    expect(errorsOf(loadFixture(name).report)).toEqual([]);
  });

  it('accepts an empty report and every optional field', () => {
    expect(errorsOf(buildReport({ texts: { a: '', b: '' } }))).toEqual([]);
    const full = clone(loadFixture('port-strike').report);
    full.truncated = true;
    const quotes = full.quotes as Record<string, unknown>[];
    quotes[0]!.parts = [{ start: 1, end: 2, text: 'x', open: null, close: { start: 2, end: 3, char: '”' } }];
    (quotes[0]!.speaker as Record<string, unknown>).entityId = 'e1';
    (full.artefacts as Record<string, unknown>[])[0]!.evidence = [{ sourceId: 'b', start: 0, end: 1, text: 'G' }];
    (full.sources as Record<string, unknown>[])[0]!.language = 'en';
    expect(errorsOf(full)).toEqual([]);
  });

  it('rejects a report with a renamed field, required or optional', () => {
    const top = clone(loadFixture('port-strike').report);
    renameKey(top, 'quoteMatches', 'quotePairs');
    expect(errorsOf(top)).toEqual(expect.arrayContaining(["/ must have required property 'quoteMatches'", '/ must NOT have additional properties']));

    const artefact = clone(loadFixture('port-strike').report);
    renameKey((artefact.artefacts as Record<string, unknown>[])[0]!, 'ruleId', 'rule');
    expect(errorsOf(artefact)).toContain("/artefacts/0 must have required property 'ruleId'");

    const optional = clone(loadFixture('port-strike').report);
    renameKey((optional.artefacts as Record<string, unknown>[])[0]!, 'suggestion', 'suggest');
    expect(errorsOf(optional)).toContain('/artefacts/0 must NOT have additional properties');
  });

  it('rejects wrong values: version, severity, offsets, scores, diff op sides', () => {
    const cases: [string, (r: Record<string, unknown>) => void][] = [
      ['/schemaVersion', (r) => (r.schemaVersion = 2)],
      ['/divergences/0/severity', (r) => ((r.divergences as Record<string, unknown>[])[0]!.severity = 'fatal')],
      ['/divergences/0/kind', (r) => ((r.divergences as Record<string, unknown>[])[0]!.kind = 'tone')],
      ['/quotes/0/start', (r) => ((r.quotes as Record<string, unknown>[])[0]!.start = -1)],
      ['/quotes/0/end', (r) => ((r.quotes as Record<string, unknown>[])[0]!.end = 1.5)],
      ['/event/sameEvent', (r) => ((r.event as Record<string, unknown>).sameEvent = 1.2)],
      ['/quoteMatches/0/quotes', (r) => ((r.quoteMatches as Record<string, unknown>[])[0]!.quotes = ['a:q1'])],
      ['/summary/divergences', (r) => ((r.summary as Record<string, unknown>).divergences = { tone: 1 })],
    ];
    for (const [path, mutate] of cases) {
      const report = clone(loadFixture('port-strike').report);
      mutate(report);
      expect(errorsOf(report).some((error) => error.startsWith(path)), path).toBe(true);
    }
    const insertWithA = clone(loadFixture('port-strike').report);
    const diff = (insertWithA.quoteMatches as { diff: Record<string, unknown>[] }[])[1]!.diff;
    const insert = diff.find((op) => op.op === 'insert')!;
    insert.a = insert.b;
    expect(errorsOf(insertWithA).length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(`${PROJECT_ROOT}dist/report.schema.json`))('ships unchanged in dist/ (corroborate/report.schema.json)', () => {
    expect(readFileSync(`${PROJECT_ROOT}dist/report.schema.json`, 'utf8')).toBe(readFileSync(`${PROJECT_ROOT}src/report/report.schema.json`, 'utf8'));
    const pkg = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./report.schema.json']).toBe('./dist/report.schema.json');
  });
});
