/** MRPC: `Quality  #1 ID  #2 ID  #1 String  #2 String`, tab-separated, with a header. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ParaphrasePair {
  readonly id: string;
  readonly paraphrase: boolean;
  readonly first: string;
  readonly second: string;
}

export interface MrpcSplit {
  readonly pairs: readonly ParaphrasePair[];
  /** Lines holding two records because a newline is missing upstream (see README). */
  readonly repairedLines: number;
}

const FIELDS_PER_RECORD = 5;

/**
 * Parses the TSV. One upstream train line lacks its newline, so the second string of one
 * record runs straight into the quality digit of the next (`…Wednesday.0<TAB>849568…`);
 * such lines have 4k + 1 fields and are split back into k records.
 */
export function parseMrpc(content: string): MrpcSplit {
  const pairs: ParaphrasePair[] = [];
  let repairedLines = 0;
  const lines = content.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  for (const [lineIndex, line] of lines.entries()) {
    if (lineIndex === 0 || line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length === FIELDS_PER_RECORD) {
      pairs.push(toPair(fields));
      continue;
    }
    if (fields.length > FIELDS_PER_RECORD && (fields.length - 1) % 4 === 0) {
      repairedLines += 1;
      let quality = fields[0] ?? '';
      for (let index = 1; index + 3 < fields.length; index += 4) {
        const isLast = index + 4 >= fields.length;
        const secondWithNext = fields[index + 3] ?? '';
        const second = isLast ? secondWithNext : secondWithNext.slice(0, -1);
        pairs.push(toPair([quality, fields[index] ?? '', fields[index + 1] ?? '', fields[index + 2] ?? '', second]));
        quality = secondWithNext.slice(-1);
      }
      continue;
    }
    throw new Error(`MRPC line ${lineIndex + 1}: expected ${FIELDS_PER_RECORD} tab-separated fields, found ${fields.length}`);
  }
  return { pairs, repairedLines };
}

function toPair(fields: readonly string[]): ParaphrasePair {
  const [quality, firstId, secondId, first, second] = fields;
  if (quality !== '0' && quality !== '1') throw new Error(`MRPC: quality must be 0 or 1, found ${JSON.stringify(quality)}`);
  return { id: `${firstId}/${secondId}`, paraphrase: quality === '1', first: first ?? '', second: second ?? '' };
}

export async function loadMrpc(dataDir: string, split: 'dev' | 'train'): Promise<MrpcSplit> {
  return parseMrpc(await readFile(join(dataDir, 'mrpc', `msr_paraphrase_${split}.txt`), 'utf8'));
}
