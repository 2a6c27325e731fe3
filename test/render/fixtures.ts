import { readFileSync } from 'node:fs';
import type { Report } from '../../src/report/types.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';

/** A hand-built report in fixtures/reports/<name>/ with the texts it was made from. */
export interface ReportFixture {
  readonly dir: string;
  readonly report: Report;
  readonly texts: Record<string, string>;
}

export function loadFixture(name: string): ReportFixture {
  const dir = `${PROJECT_ROOT}fixtures/reports/${name}/`;
  const report = JSON.parse(readFileSync(`${dir}report.json`, 'utf8')) as Report;
  const texts = Object.fromEntries(report.sources.map((source) => [source.id, readFileSync(`${dir}${source.id}.txt`, 'utf8')]));
  return { dir, report, texts };
}

export const FIXTURE_NAMES = ['port-strike', 'check-crlf'] as const;
