import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { COMMON_STEMS } from './data/common-stems.generated.js';
import { SortedTable } from './sorted-table.js';
import { expandStemCode, STEMMED_WORD } from './stem-code.js';
import { WordCache } from './word-cache.js';

// Stemming dominates tokenisation time on long inputs, and news vocabulary repeats heavily.
const stems = new WordCache<string>();

// natural's stemmer is slow on a cold process (it builds regular expressions as it goes):
// the common words' stems were generated from it at build time (`npm run data:stems`).
let commonStems: SortedTable | undefined;

function stemWord(lower: string): string {
  if (!STEMMED_WORD.test(lower)) return lower;
  const code = (commonStems ??= new SortedTable(COMMON_STEMS)).get(lower);
  return code === undefined ? PorterStemmer.stem(lower) : expandStemCode(lower, code);
}

/**
 * Porter stem of a lowercase word. Hyphenated compounds are stemmed part by part, so
 * "de-escalation" and "de-escalating" share the stem "de-escal".
 */
export function stem(lower: string): string {
  return stems.get(lower, stemCompound);
}

function stemCompound(lower: string): string {
  return lower.includes('-') ? lower.split('-').map(stemWord).join('-') : stemWord(lower);
}
