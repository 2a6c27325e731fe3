import { mirrorOps } from '../align/mirror.js';
import type { Report } from './types.js';

/**
 * The report seen from the other side: every pair reversed, every diff's inserts and
 * deletes swapped along with its `a` and `b` spans. Lists are re-sorted afterwards by
 * `orientReport`, so only the pairs themselves change here.
 */
export function mirrorReport(report: Report): Report {
  return {
    ...report,
    quoteMatches: report.quoteMatches.map((match) => ({ ...match, quotes: [match.quotes[1], match.quotes[0]] as const, diff: mirrorOps(match.diff) })),
    sentenceMatches: report.sentenceMatches.map((match) => ({
      ...match,
      sentences: [match.sentences[1], match.sentences[0]] as const,
      diff: mirrorOps(match.diff),
    })),
  };
}
