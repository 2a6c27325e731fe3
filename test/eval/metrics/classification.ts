/** Binary classification scores (MRPC): accuracy and F1 on the positive class. */

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export function emptyConfusion(): Confusion {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
}

export function addOutcome(confusion: Confusion, gold: boolean, predicted: boolean): void {
  if (gold && predicted) confusion.truePositives += 1;
  else if (!gold && predicted) confusion.falsePositives += 1;
  else if (gold && !predicted) confusion.falseNegatives += 1;
  else confusion.trueNegatives += 1;
}

export function total(confusion: Confusion): number {
  return confusion.truePositives + confusion.falsePositives + confusion.falseNegatives + confusion.trueNegatives;
}

export function accuracy(confusion: Confusion): number {
  const all = total(confusion);
  return all === 0 ? Number.NaN : (confusion.truePositives + confusion.trueNegatives) / all;
}

/** F1 = 2TP / (2TP + FP + FN); NaN when the positive class never occurs on either side. */
export function f1(confusion: Confusion): number {
  const denominator = 2 * confusion.truePositives + confusion.falsePositives + confusion.falseNegatives;
  return denominator === 0 ? Number.NaN : (2 * confusion.truePositives) / denominator;
}
