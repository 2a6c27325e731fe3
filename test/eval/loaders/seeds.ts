/** The hand annotation of the two seed reports (`fixtures/seeds.gold.json`), read as is. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SeedGoldQuote {
  readonly id: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  readonly speaker: string | null;
  readonly speakerKind: string | null;
}

export interface SeedGoldPair {
  readonly a: string;
  readonly b: string;
  readonly relation: string;
}

export interface SeedGoldArtefact {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly family: string;
}

export interface SeedGold {
  readonly quotes: readonly SeedGoldQuote[];
  readonly pairs: readonly SeedGoldPair[];
  readonly artefacts: readonly SeedGoldArtefact[];
}

export interface SeedData {
  readonly gold: SeedGold;
  /** Source id (`a`, `b`) to text. */
  readonly texts: Readonly<Record<string, string>>;
}

export async function loadSeeds(projectRoot: string): Promise<SeedData> {
  const raw = JSON.parse(await readFile(join(projectRoot, 'fixtures', 'seeds.gold.json'), 'utf8')) as SeedGold & {
    sources: Record<string, string>;
  };
  const texts: Record<string, string> = {};
  for (const [id, path] of Object.entries(raw.sources)) texts[id] = await readFile(join(projectRoot, path), 'utf8');
  return { gold: { quotes: raw.quotes, pairs: raw.pairs, artefacts: raw.artefacts }, texts };
}
