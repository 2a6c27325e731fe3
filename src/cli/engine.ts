import type { Artefact } from '../artefacts/types.js';
import type { CorroborateOptions } from '../options.js';
import type { ManyReport } from '../report/many-types.js';
import type { Report } from '../report/types.js';
import type { Document, SourceInput } from '../text/types.js';

/** The library functions the CLI calls; tests may pass their own. */
export interface Engine {
  compare(a: SourceInput, b: SourceInput, options?: CorroborateOptions): Report | Promise<Report>;
  compareMany(sources: readonly SourceInput[], options?: CorroborateOptions): ManyReport | Promise<ManyReport>;
  createDocument(input: SourceInput, options?: CorroborateOptions): Document;
  detectArtefacts(input: Document, options?: CorroborateOptions): readonly Artefact[];
}

/**
 * Loads the library on first use, so that `--help`, `--version` and usage errors answer
 * at once without loading dictionaries and lexicons.
 */
export async function loadEngine(): Promise<Engine> {
  const { compare, compareMany, createDocument, detectArtefacts } = await import('../index.js');
  return { compare, compareMany, createDocument, detectArtefacts };
}
