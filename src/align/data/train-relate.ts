/**
 * Trains the logistic regression behind `relate()` on the MRPC training split and writes
 * `relate-model.generated.ts`. Only the learned weights are committed, never the data.
 *
 *   npm run data:relate -- path/to/msr_paraphrase_train.txt
 *
 * The file is the MRPC TSV (`Quality  #1 ID  #2 ID  #1 String  #2 String`). The decision
 * threshold is chosen by 5-fold cross-validation on the same split, for accuracy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, pairFeatures } from '../features.js';
import { featureSide, tokenizeText } from '../sides.js';

const L2 = 1;
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'relate-model.generated.ts');

export interface Example {
  label: 0 | 1;
  features: number[];
}

export function readPairs(path: string): { label: 0 | 1; x: string; y: string }[] {
  const pairs: { label: 0 | 1; x: string; y: string }[] = [];
  for (const line of readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)) {
    const fields = line.split('\t');
    // One upstream line holds two records: the second's quality digit is glued to the
    // first's last string.
    if (fields.length === 9 && /[01]$/.test(fields[4]!)) {
      const glued = fields[4]!;
      pairs.push({ label: fields[0] === '1' ? 1 : 0, x: fields[3]!, y: glued.slice(0, -1) });
      pairs.push({ label: glued.endsWith('1') ? 1 : 0, x: fields[7]!, y: fields[8]! });
      continue;
    }
    const [quality, , , x, y] = fields;
    if (x === undefined || y === undefined) continue;
    pairs.push({ label: quality === '1' ? 1 : 0, x, y });
  }
  return pairs;
}

export function featuresOf(x: string, y: string): number[] {
  return pairFeatures(featureSide(x, tokenizeText(x)), featureSide(y, tokenizeText(y)));
}

export interface Model {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** L2-regularised logistic regression by Newton's method on standardised features. */
export function fit(examples: readonly Example[], d: number = FEATURE_NAMES.length): Model {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const { features } of examples) features.forEach((v, k) => (mean[k]! += v / examples.length));
  for (const { features } of examples) features.forEach((v, k) => (scale[k]! += (v - mean[k]!) ** 2 / examples.length));
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]!) || 1;
  const rows = examples.map(({ features }) => [1, ...features.map((v, k) => (v - mean[k]!) / scale[k]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    rows.forEach((row, n) => {
      const p = sigmoid(row.reduce((sum, v, k) => sum + v * w[k]!, 0));
      const error = p - examples[n]!.label;
      const curvature = p * (1 - p);
      for (let i = 0; i <= d; i++) {
        gradient[i]! += error * row[i]!;
        for (let j = 0; j <= d; j++) hessian[i]![j]! += curvature * row[i]! * row[j]!;
      }
    });
    for (let i = 1; i <= d; i++) {
      gradient[i]! += L2 * w[i]!;
      hessian[i]![i]! += L2;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let i = 0; i <= d; i++) {
      w[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-8) break;
  }
  return { mean, scale, weights: w.slice(1), bias: w[0]! };
}

export function probability(model: Model, features: readonly number[]): number {
  let z = model.bias;
  features.forEach((v, k) => (z += model.weights[k]! * ((v - model.mean[k]!) / model.scale[k]!)));
  return sigmoid(z);
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

function bestThreshold(examples: readonly Example[]): number {
  const folds = 5;
  const scored: { p: number; label: 0 | 1 }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((_, i) => i % folds !== fold);
    const test = examples.filter((_, i) => i % folds === fold);
    const model = fit(train);
    for (const example of test) scored.push({ p: probability(model, example.features), label: example.label });
  }
  const score = (t: number): { accuracy: number; f1: number } => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let correct = 0;
    for (const { p, label } of scored) {
      const predicted = p >= t ? 1 : 0;
      if (predicted === label) correct++;
      if (predicted === 1 && label === 1) tp++;
      else if (predicted === 1) fp++;
      else if (label === 1) fn++;
    }
    return { accuracy: correct / scored.length, f1: (2 * tp) / (2 * tp + fp + fn) };
  };
  let best = 0.5;
  let bestScore = -1;
  for (let step = 30; step <= 70; step++) {
    const t = step / 100;
    const { accuracy } = score(t);
    if (accuracy > bestScore + 1e-12) {
      bestScore = accuracy;
      best = t;
    }
  }
  const { accuracy, f1 } = score(best);
  console.log(`cross-validated accuracy ${accuracy.toFixed(4)}, F1 ${f1.toFixed(4)} at threshold ${best.toFixed(2)}`);
  return Math.round(best * 100) / 100;
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error('usage: train-relate.ts path/to/msr_paraphrase_train.txt');
  const examples: Example[] = readPairs(path).map(({ label, x, y }) => ({ label, features: featuresOf(x, y) }));
  const threshold = bestThreshold(examples);
  const model = fit(examples);
  const round = (values: number[]): number[] => values.map((v) => Number(v.toPrecision(6)));
  const output = `// Generated by train-relate.ts from the MRPC training split. Do not edit by hand:
// run \`npm run data:relate -- path/to/msr_paraphrase_train.txt\`.

/** Logistic regression over FEATURE_NAMES (features.ts), standardised by mean and scale. */
export const RELATE_MODEL = {
  features: ${JSON.stringify(FEATURE_NAMES)},
  mean: ${JSON.stringify(round(model.mean))},
  scale: ${JSON.stringify(round(model.scale))},
  weights: ${JSON.stringify(round(model.weights))},
  bias: ${Number(model.bias.toPrecision(6))},
  /** Probability from which a pair counts as equivalent (cross-validated for accuracy). */
  threshold: ${threshold},
} as const;
`;
  writeFileSync(OUTPUT, output);
  console.log(`${examples.length} pairs; weights:`);
  FEATURE_NAMES.forEach((name, k) => console.log(`  ${name.padEnd(22)} ${model.weights[k]!.toFixed(3)}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
