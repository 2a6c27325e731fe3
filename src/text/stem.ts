import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { WordCache } from './word-cache.js';

// Stemming dominates tokenisation time on long inputs, and news vocabulary repeats heavily.
const stems = new WordCache<string>();

function stemWord(lower: string): string {
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return lower;
  return PorterStemmer.stem(lower);
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
