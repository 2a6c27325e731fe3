/** Summary statistics for timing samples. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

export interface GrowthFit {
  /** Least-squares slope of ln(time) against ln(size): time grows as size^exponent. */
  readonly exponent: number;
  /** Coefficient of determination of the log-log fit, 0–1; low means the series is noisy. */
  readonly r2: number;
  readonly points: number;
}

/**
 * Fits time ≈ c · size^k by ordinary least squares on the logs. Needs at least two points
 * with distinct sizes and positive times; returns `undefined` otherwise.
 */
export function fitGrowthExponent(points: readonly { readonly size: number; readonly ms: number }[]): GrowthFit | undefined {
  const usable = points.filter((point) => point.size > 0 && point.ms > 0);
  if (usable.length < 2) return undefined;
  const xs = usable.map((point) => Math.log(point.size));
  const ys = usable.map((point) => Math.log(point.ms));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return undefined;
  const exponent = sxy / sxx;
  // A perfectly flat series (syy = 0) is fitted exactly by a zero slope.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { exponent, r2, points: usable.length };
}

/**
 * Time predicted at `size` from a measured series: the largest measured point scaled by the
 * fitted exponent. `undefined` when the series cannot be fitted.
 */
export function extrapolate(points: readonly { readonly size: number; readonly ms: number }[], size: number): number | undefined {
  const fit = fitGrowthExponent(points);
  const largest = points.reduce<{ size: number; ms: number } | undefined>(
    (best, point) => (best === undefined || point.size > best.size ? point : best),
    undefined,
  );
  if (fit === undefined || largest === undefined) return undefined;
  return largest.ms * (size / largest.size) ** fit.exponent;
}
