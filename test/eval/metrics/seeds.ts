/** Scores a system's report on the two seed reports against the hand annotation. */
import { ORGANISATION_ALIASES } from '../data/organisation-aliases.js';
import type { SeedGold, SeedGoldQuote } from '../loaders/seeds.js';
import type { EvalArtefact, EvalQuote } from '../systems/types.js';
import { shareCapitalisedNameWord } from './names.js';
import { isWarningOrAbove } from './severity.js';
import { overlapLength, overlaps, overlapsShareOfLonger } from './spans.js';

/** A predicted quote matches a gold quote when they overlap by this share of the longer. */
export const SEED_QUOTE_OVERLAP_SHARE = 0.5;

export interface Counts {
  readonly hit: number;
  readonly of: number;
}

export interface SeedScores {
  readonly quoteRecall: Counts;
  readonly quotePrecision: Counts;
  readonly attribution: Counts;
  readonly pairRecall: Counts;
  readonly pairPrecision: Counts;
  readonly artefactRecallWarning: Counts;
  readonly artefactPrecisionWarning: Counts;
  readonly artefactRecallAll: Counts;
  readonly artefactPrecisionAll: Counts;
}

export interface SeedPrediction {
  readonly quotes: readonly EvalQuote[];
  readonly quoteMatches: readonly (readonly [string, string])[];
  readonly artefacts: readonly EvalArtefact[];
}

/** The gold quote a predicted quote stands for: the matching one it overlaps most. */
export function goldQuoteFor(quote: EvalQuote, gold: readonly SeedGoldQuote[]): SeedGoldQuote | undefined {
  let best: SeedGoldQuote | undefined;
  let bestOverlap = 0;
  for (const candidate of gold) {
    if (candidate.source !== quote.sourceId) continue;
    if (!overlapsShareOfLonger(candidate, quote, SEED_QUOTE_OVERLAP_SHARE)) continue;
    const overlap = overlapLength(candidate, quote);
    if (overlap > bestOverlap) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Same speaker when the names share a capitalised name word, when they are equal apart from
 * case and a leading "the" (group speakers such as "delegations" have no capitalised word),
 * or when both name the same organisation under names listed as aliases.
 */
export function sameSeedSpeaker(predicted: string, gold: string): boolean {
  if (shareCapitalisedNameWord(predicted, gold)) return true;
  if (bareName(predicted) === bareName(gold)) return true;
  const predictedLower = predicted.toLowerCase();
  const goldLower = gold.toLowerCase();
  return ORGANISATION_ALIASES.some(
    (group) =>
      group.some((name) => goldLower.includes(name.toLowerCase())) &&
      group.some((name) => predictedLower.includes(name.toLowerCase())),
  );
}

function bareName(name: string): string {
  return name.trim().toLowerCase().replace(/^the\s+/u, '');
}

export function scoreSeeds(gold: SeedGold, prediction: SeedPrediction): SeedScores {
  const goldOfPredicted = new Map<string, SeedGoldQuote>();
  const predictedOfGold = new Map<string, { quote: EvalQuote; overlap: number }>();
  let predictedMatched = 0;
  for (const quote of prediction.quotes) {
    const match = goldQuoteFor(quote, gold.quotes);
    if (!match) continue;
    predictedMatched += 1;
    goldOfPredicted.set(quote.id, match);
    const overlap = overlapLength(match, quote);
    const previous = predictedOfGold.get(match.id);
    if (!previous || overlap > previous.overlap) predictedOfGold.set(match.id, { quote, overlap });
  }

  let attributable = 0;
  let attributed = 0;
  for (const quote of gold.quotes) {
    const predicted = predictedOfGold.get(quote.id)?.quote;
    if (!predicted || quote.speaker === null) continue;
    attributable += 1;
    if (predicted.speaker && sameSeedSpeaker(predicted.speaker.name, quote.speaker)) attributed += 1;
  }

  const goldPairs = new Set(gold.pairs.map((pair) => `${pair.a}|${pair.b}`));
  const pairsFound = new Set<string>();
  let pairsCorrect = 0;
  for (const [idA, idB] of prediction.quoteMatches) {
    const key = `${goldOfPredicted.get(idA)?.id ?? '?'}|${goldOfPredicted.get(idB)?.id ?? '?'}`;
    if (!goldPairs.has(key)) continue;
    pairsCorrect += 1;
    pairsFound.add(key);
  }

  const warnings = prediction.artefacts.filter((artefact) => isWarningOrAbove(artefact.severity));
  return {
    quoteRecall: { hit: predictedOfGold.size, of: gold.quotes.length },
    quotePrecision: { hit: predictedMatched, of: prediction.quotes.length },
    attribution: { hit: attributed, of: attributable },
    pairRecall: { hit: pairsFound.size, of: goldPairs.size },
    pairPrecision: { hit: pairsCorrect, of: prediction.quoteMatches.length },
    artefactRecallWarning: artefactRecall(gold, warnings),
    artefactPrecisionWarning: artefactPrecision(gold, warnings),
    artefactRecallAll: artefactRecall(gold, prediction.artefacts),
    artefactPrecisionAll: artefactPrecision(gold, prediction.artefacts),
  };
}

function artefactPrecision(gold: SeedGold, predicted: readonly EvalArtefact[]): Counts {
  const hit = predicted.filter((flag) => gold.artefacts.some((g) => g.source === flag.sourceId && overlaps(g, flag))).length;
  return { hit, of: predicted.length };
}

function artefactRecall(gold: SeedGold, predicted: readonly EvalArtefact[]): Counts {
  const hit = gold.artefacts.filter((g) => predicted.some((flag) => g.source === flag.sourceId && overlaps(g, flag))).length;
  return { hit, of: gold.artefacts.length };
}
