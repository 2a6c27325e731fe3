import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

// Stemming dominates tokenisation time on long inputs, and news vocabulary repeats heavily.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function stemWord(lower: string): string {
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return lower;
  return PorterStemmer.stem(lower);
}

/**
 * Porter stem of a lowercase word. Hyphenated compounds are stemmed part by part, so
 * "de-escalation" and "de-escalating" share the stem "de-escal".
 */
export function stem(lower: string): string {
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  const result = lower.includes('-') ? lower.split('-').map(stemWord).join('-') : stemWord(lower);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, result);
  return result;
}
