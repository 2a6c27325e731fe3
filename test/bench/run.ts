/**
 * `npm run bench`: measures the built package against the targets of issue #8 and against a
 * naive peer, prints a table and writes the same figures to test/bench/results/latest.json.
 * See test/bench/README.md for what each figure means.
 *
 *   npm run bench                  full run (about 5–10 minutes)
 *   npm run bench -- --quick       fewer runs, sizes up to 1,000 sentences (under 2 minutes)
 *   npm run bench -- --markdown    print Markdown tables for the README instead
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADVERSARIAL_INPUTS } from './adversarial.js';
import { ensureBuilt } from './build.js';
import { detectCapabilities, type Capabilities, type MeasuredExport } from './capabilities.js';
import { buildEventReports, buildScalePair, countWords, loadWmtLines, MissingDataError, resolveDataDir, type ParallelLines } from './corpus.js';
import { formatCount, formatMb, formatMs, renderMarkdown, renderPlain, type Table } from './format.js';
import { runChild, type ChildOutcome } from './spawn.js';
import { extrapolate, fitGrowthExponent, summarize, type GrowthFit, type Summary } from './stats.js';
import { TARGETS, verdict, type Target } from './targets.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORROBORATE_CHILD = join(PROJECT_ROOT, 'test/bench/children/corroborate.mjs');
const PEER_CHILD = join(PROJECT_ROOT, 'test/bench/children/peer.mjs');
const INPUTS = join(PROJECT_ROOT, '.bench/inputs');
const RESULTS = join(PROJECT_ROOT, 'test/bench/results/latest.json');

/** Same texts on every run. */
const CORPUS_SEED = 8;

interface Settings {
  readonly quick: boolean;
  readonly markdown: boolean;
  readonly coldRuns: number;
  readonly warmRuns: number;
  /** Untimed warm compares before the timed ones, enough for V8 to optimise the hot code. */
  readonly warmups: number;
  readonly sizes: readonly number[];
  /** Repeats per size, cut short once `scaleBudgetMs` is spent in one process. */
  readonly scaleRuns: number;
  /** Untimed corroborate runs at each size before the timed ones (their times are kept as `warmupMs`). */
  readonly scaleWarmups: number;
  readonly scaleBudgetMs: number;
  readonly scaleLimitMs: number;
  /** The peer runs at sizes up to this one with `peerLimitMs`, above it with `peerLargeLimitMs`. */
  readonly peerFullSize: number;
  readonly peerLimitMs: number;
  readonly peerLargeLimitMs: number;
  readonly adversarialLimitMs: number;
}

function settingsFrom(argv: readonly string[]): Settings {
  const known = new Set(['--quick', '--markdown']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown.join(' ')}\nusage: npm run bench -- [--quick] [--markdown]\n`);
    process.exit(2);
  }
  const quick = argv.includes('--quick');
  return {
    quick,
    markdown: argv.includes('--markdown'),
    coldRuns: quick ? 5 : 10,
    warmRuns: quick ? 20 : 50,
    warmups: quick ? 10 : 30,
    sizes: quick ? [250, 500, 1000] : [250, 500, 1000, 2000, 4000],
    scaleRuns: quick ? 1 : 3,
    scaleWarmups: 1,
    scaleBudgetMs: 10_000,
    scaleLimitMs: quick ? 60_000 : 180_000,
    peerFullSize: 2000,
    peerLimitMs: 300_000,
    peerLargeLimitMs: 180_000,
    adversarialLimitMs: quick ? 10_000 : 30_000,
  };
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/** A figure is either a measurement or the honest reason there is none. */
type Outcome<T> =
  | { readonly kind: 'measured'; readonly value: T }
  | { readonly kind: 'not-implemented'; readonly missing: string }
  | { readonly kind: 'not-measured'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

const notImplemented = (missing: string): Outcome<never> => ({ kind: 'not-implemented', missing });
const notMeasured = (reason: string): Outcome<never> => ({ kind: 'not-measured', reason });

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/** Reads a child's answer: its data, or why there is none. */
function interpret(outcome: ChildOutcome): Outcome<Record<string, unknown>> {
  if (outcome.status === 'timeout') return { kind: 'failed', reason: `timed out (> ${seconds(outcome.limitMs)})` };
  if (outcome.status === 'crashed') return { kind: 'failed', reason: `crashed (${outcome.detail})` };
  const { data } = outcome;
  if (data.ok === true) return { kind: 'measured', value: data };
  if (typeof data.missing === 'string') return notImplemented(data.missing);
  const threw = data.threw as { name?: unknown; message?: unknown } | undefined;
  if (threw) return { kind: 'failed', reason: `threw ${String(threw.name)}: ${String(threw.message)}` };
  return { kind: 'failed', reason: 'no result' };
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

function describe<T>(outcome: Outcome<T>, render: (value: T) => string): string {
  switch (outcome.kind) {
    case 'measured':
      return render(outcome.value);
    case 'not-implemented':
      return `not implemented (no ${outcome.missing})`;
    case 'not-measured':
      return outcome.reason;
    case 'failed':
      return `failed: ${outcome.reason}`;
  }
}

function valueOf<T>(outcome: Outcome<T>): T | undefined {
  return outcome.kind === 'measured' ? outcome.value : undefined;
}

function seedFiles(): readonly [string, string] {
  const files = readdirSync(join(PROJECT_ROOT, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const [a, b] = files;
  if (a === undefined || b === undefined) throw new Error('seeds/ must hold two .txt reports');
  return [join(PROJECT_ROOT, 'seeds', a), join(PROJECT_ROOT, 'seeds', b)];
}

function writeInput(name: string, text: string): string {
  const encoding = name.endsWith('.utf16le') ? 'utf16le' : 'utf8';
  const path = join(INPUTS, name);
  writeFileSync(path, text, encoding);
  return path;
}

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

// ── cold start ────────────────────────────────────────────────────────────────────────

interface ColdStart {
  /** In-process time from process start to the end of import + compare of the seeds. */
  readonly corroborate: Outcome<Summary>;
  /** In-process time from process start to the end of `import` alone. */
  readonly importOnly: Outcome<Summary>;
  /** Wall-clock time around the spawn of the corroborate child, for reference. */
  readonly corroborateWall: Outcome<Summary>;
  readonly peer: Outcome<Summary>;
  readonly peerWall: Outcome<Summary>;
}

async function measureColdStart(settings: Settings, seeds: readonly [string, string], capabilities: Capabilities): Promise<ColdStart> {
  const totals: number[] = [];
  const imports: number[] = [];
  const walls: number[] = [];
  const peerTotals: number[] = [];
  const peerWalls: number[] = [];
  let failure: Outcome<never> | undefined;
  let peerFailure: Outcome<never> | undefined;
  for (let run = 1; run <= settings.coldRuns; run++) {
    log(`cold start ${run}/${settings.coldRuns}`);
    // Interleaved, so that a noisy moment on the machine hits both sides alike.
    const child = await runChild(CORROBORATE_CHILD, ['cold', ...seeds], 30_000, PROJECT_ROOT);
    const mine = interpret(child);
    if (mine.kind === 'measured') {
      imports.push(Number(mine.value.importMs));
      if (mine.value.compared === true) totals.push(Number(mine.value.totalMs));
      walls.push(child.wallMs);
    } else {
      failure = mine as Outcome<never>;
    }
    const peer = await runChild(PEER_CHILD, ['cold', ...seeds], 30_000, PROJECT_ROOT);
    const theirs = interpret(peer);
    if (theirs.kind === 'measured') {
      peerTotals.push(Number(theirs.value.totalMs));
      peerWalls.push(peer.wallMs);
    } else {
      peerFailure = theirs as Outcome<never>;
    }
  }
  const summaryOr = (values: number[], otherwise: Outcome<never>): Outcome<Summary> =>
    values.length > 0 ? { kind: 'measured', value: summarize(values) } : otherwise;
  const fallback = failure ?? notImplemented('compare');
  return {
    corroborate: capabilities.compare ? summaryOr(totals, fallback) : notImplemented('compare'),
    importOnly: summaryOr(imports, failure ?? { kind: 'failed', reason: 'no result' }),
    corroborateWall: summaryOr(walls, failure ?? { kind: 'failed', reason: 'no result' }),
    peer: summaryOr(peerTotals, peerFailure ?? { kind: 'failed', reason: 'no result' }),
    peerWall: summaryOr(peerWalls, peerFailure ?? { kind: 'failed', reason: 'no result' }),
  };
}

// ── warm compare ──────────────────────────────────────────────────────────────────────

interface WarmCompare {
  readonly via?: string;
  readonly summary: Outcome<Summary>;
}

async function measureWarm(settings: Settings, seeds: readonly [string, string], capabilities: Capabilities): Promise<WarmCompare> {
  if (!capabilities.compare && !capabilities.createChecker) return { summary: notImplemented('compare') };
  log(`warm compare of the seeds, ${settings.warmRuns} runs`);
  const args = ['warm', ...seeds, String(settings.warmRuns), String(settings.warmups)];
  const outcome = interpret(await runChild(CORROBORATE_CHILD, args, 120_000, PROJECT_ROOT));
  if (outcome.kind !== 'measured') return { summary: outcome as Outcome<never> };
  const via = typeof outcome.value.via === 'string' ? outcome.value.via : undefined;
  return { ...(via ? { via } : {}), summary: { kind: 'measured', value: summarize(numbers(outcome.value.times)) } };
}

// ── scale series ──────────────────────────────────────────────────────────────────────

interface SizeMeasurement {
  readonly ms: Summary;
  /** Times of the untimed warm-up runs at this size, when there were any (the first pays for optimisation). */
  readonly warmupMs?: readonly number[];
  readonly maxRssKb: number;
  readonly detail?: unknown;
}

interface ScalePoint {
  readonly sentences: number;
  readonly paragraphs: number;
  readonly characters: readonly [number, number];
  readonly corroborate: Outcome<SizeMeasurement>;
  readonly peer: Outcome<SizeMeasurement>;
  /** corroborate time / peer time; below 1 means corroborate is faster. */
  readonly ratio?: number;
  /** peer time / corroborate time. */
  readonly timesFaster?: number;
}

function sizeMeasurement(outcome: Outcome<Record<string, unknown>>): Outcome<SizeMeasurement> {
  if (outcome.kind !== 'measured') return outcome as Outcome<never>;
  const times = numbers(outcome.value.times);
  if (times.length === 0) return { kind: 'failed', reason: 'no timings' };
  const warmupMs = outcome.value.warmupTimes === undefined ? [] : numbers(outcome.value.warmupTimes);
  return {
    kind: 'measured',
    value: {
      ms: summarize(times),
      ...(warmupMs.length > 0 ? { warmupMs } : {}),
      maxRssKb: Number(outcome.value.maxRssKb),
      detail: outcome.value.report,
    },
  };
}

async function measureScale(
  settings: Settings,
  seeds: readonly [string, string],
  lines: ParallelLines,
  capabilities: Capabilities,
): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  let corroborateStop: Outcome<never> | undefined;
  let peerStop: Outcome<never> | undefined;
  for (const size of settings.sizes) {
    const pair = buildScalePair(lines, size, CORPUS_SEED);
    const fileA = writeInput(`scale-${size}-a.txt`, pair.a);
    const fileB = writeInput(`scale-${size}-b.txt`, pair.b);
    const runArgs = (runs: number): string[] => [fileA, fileB, String(runs), String(settings.scaleBudgetMs), ...seeds];

    let corroborate: Outcome<SizeMeasurement>;
    if (!capabilities.compare && !capabilities.createChecker) corroborate = notImplemented('compare');
    else if (corroborateStop) corroborate = corroborateStop;
    else {
      log(`scale ${formatCount(size)} sentences: corroborate`);
      const args = ['scale', ...runArgs(settings.scaleRuns), String(settings.scaleWarmups)];
      const child = await runChild(CORROBORATE_CHILD, args, settings.scaleLimitMs, PROJECT_ROOT);
      corroborate = sizeMeasurement(interpret(child));
      if (child.status === 'timeout') corroborateStop = notMeasured(`skipped (timed out at ${formatCount(size)})`);
    }

    let peer: Outcome<SizeMeasurement>;
    if (peerStop) peer = peerStop;
    else {
      const large = size > settings.peerFullSize;
      const limit = large ? settings.peerLargeLimitMs : settings.peerLimitMs;
      // The optional large run is not started when the peer's own series says it would take
      // more than twice the limit: minutes of waiting for a foregone "skipped".
      const predicted = large ? extrapolate(measuredSeries(points, 'peer'), size) : undefined;
      if (predicted !== undefined && predicted > 2 * limit) {
        peer = notMeasured(`skipped (predicted ≈ ${seconds(predicted)} > ${seconds(limit)} limit)`);
      } else {
        log(`scale ${formatCount(size)} sentences: naive peer (limit ${seconds(limit)})`);
        const child = await runChild(PEER_CHILD, ['scale', ...runArgs(large ? 1 : settings.scaleRuns)], limit, PROJECT_ROOT);
        peer = child.status === 'timeout' ? notMeasured(`skipped (> ${seconds(limit)})`) : sizeMeasurement(interpret(child));
        if (child.status === 'timeout') peerStop = notMeasured(`skipped (> ${seconds(limit)} at ${formatCount(size)})`);
      }
    }

    const mine = valueOf(corroborate);
    const theirs = valueOf(peer);
    const comparison =
      mine && theirs ? { ratio: mine.ms.median / theirs.ms.median, timesFaster: theirs.ms.median / mine.ms.median } : {};
    points.push({
      sentences: pair.sentences,
      paragraphs: pair.paragraphs,
      characters: [pair.a.length, pair.b.length],
      corroborate,
      peer,
      ...comparison,
    });
  }
  return points;
}

function measuredSeries(points: readonly ScalePoint[], side: 'corroborate' | 'peer'): { size: number; ms: number }[] {
  return points.flatMap((point) => {
    const value = valueOf(point[side]);
    return value ? [{ size: point.sentences, ms: value.ms.median }] : [];
  });
}

function growth(points: readonly ScalePoint[], side: 'corroborate' | 'peer'): GrowthFit | undefined {
  return fitGrowthExponent(measuredSeries(points, side));
}

// ── compareMany ───────────────────────────────────────────────────────────────────────

interface CompareMany {
  readonly reports: number;
  readonly words: readonly number[];
  readonly summary: Outcome<Summary>;
}

async function measureCompareMany(
  settings: Settings,
  seeds: readonly [string, string],
  lines: ParallelLines,
  capabilities: Capabilities,
): Promise<CompareMany> {
  const reports = buildEventReports(lines, 20, 800, CORPUS_SEED);
  const words = reports.map(countWords);
  if (!capabilities.compareMany) return { reports: reports.length, words, summary: notImplemented('compareMany') };
  log('compareMany on 20 reports');
  const file = writeInput('many.json', JSON.stringify(reports));
  const args = ['many', file, String(settings.quick ? 1 : 5), String(settings.scaleBudgetMs), ...seeds];
  const outcome = interpret(await runChild(CORROBORATE_CHILD, args, settings.scaleLimitMs, PROJECT_ROOT));
  const summary: Outcome<Summary> =
    outcome.kind === 'measured' ? { kind: 'measured', value: summarize(numbers(outcome.value.times)) } : (outcome as Outcome<never>);
  return { reports: reports.length, words, summary };
}

// ── adversarial inputs ────────────────────────────────────────────────────────────────

const ADVERSARIAL_FUNCTIONS = ['extractQuotes', 'detectArtefacts', 'compare'] as const satisfies readonly MeasuredExport[];

interface AdversarialCall {
  readonly ms: number;
  /** Spans reported, and how many of them fail `text.slice(start, end) === span.text`. */
  readonly spans: number;
  readonly mismatches: number;
  readonly maxRssKb: number;
}

interface AdversarialResult {
  readonly name: string;
  readonly description: string;
  readonly length: number;
  readonly calls: Readonly<Record<(typeof ADVERSARIAL_FUNCTIONS)[number], Outcome<AdversarialCall>>>;
}

async function measureAdversarial(
  settings: Settings,
  seeds: readonly [string, string],
  capabilities: Capabilities,
): Promise<AdversarialResult[]> {
  const results: AdversarialResult[] = [];
  for (const input of ADVERSARIAL_INPUTS) {
    const first = input.generate({ seed: 1 });
    const x = writeInput(`adversarial-${input.name}-1.utf16le`, first);
    const y = writeInput(`adversarial-${input.name}-2.utf16le`, input.generate({ seed: 2 }));
    const calls = {} as Record<(typeof ADVERSARIAL_FUNCTIONS)[number], Outcome<AdversarialCall>>;
    for (const name of ADVERSARIAL_FUNCTIONS) {
      if (!capabilities[name]) {
        calls[name] = notImplemented(name);
        continue;
      }
      log(`adversarial ${input.name}: ${name}`);
      const args = ['adversarial', name, ...seeds, x, ...(name === 'compare' ? [y] : [])];
      const outcome = interpret(await runChild(CORROBORATE_CHILD, args, settings.adversarialLimitMs, PROJECT_ROOT));
      calls[name] =
        outcome.kind === 'measured'
          ? {
              kind: 'measured',
              value: {
                ms: Number(outcome.value.ms),
                spans: Number(outcome.value.spans),
                mismatches: Number(outcome.value.mismatches),
                maxRssKb: Number(outcome.value.maxRssKb),
              },
            }
          : (outcome as Outcome<never>);
    }
    results.push({ name: input.name, description: input.description, length: first.length, calls });
  }
  return results;
}

// ── tables ────────────────────────────────────────────────────────────────────────────

interface SummaryRow {
  readonly figure: string;
  readonly value: string;
  readonly target: string;
  readonly verdict: string;
}

function row(figure: string, value: string, target?: Target, measured?: number): SummaryRow {
  return { figure, value, target: target?.label ?? '', verdict: target ? verdict(target, measured) : '' };
}

const spread = (summary: Summary): string =>
  `${formatMs(summary.median)} (min ${formatMs(summary.min)}, max ${formatMs(summary.max)}, n=${summary.runs})`;

function summaryRows(
  settings: Settings,
  cold: ColdStart,
  warm: WarmCompare,
  points: readonly ScalePoint[],
  fit: GrowthFit | undefined,
  many: CompareMany,
): SummaryRow[] {
  const largestSize = 4000;
  const largest = points.find((point) => point.sentences === largestSize);
  const atPeerSize = points.find((point) => point.sentences === settings.peerFullSize);
  const quickReason = notMeasured('not measured (--quick)');
  const largestRun: Outcome<SizeMeasurement> = largest ? largest.corroborate : quickReason;
  const speed: Outcome<ScalePoint> =
    atPeerSize === undefined
      ? quickReason
      : atPeerSize.timesFaster !== undefined
        ? { kind: 'measured', value: atPeerSize }
        : atPeerSize.corroborate.kind !== 'measured'
          ? atPeerSize.corroborate
          : (atPeerSize.peer as Outcome<never>);
  const fitOutcome: Outcome<GrowthFit> = fit
    ? { kind: 'measured', value: fit }
    : points[0]?.corroborate.kind === 'not-implemented'
      ? points[0].corroborate
      : notMeasured('not measured (fewer than 2 sizes)');
  const largestMeasured = valueOf(largestRun);
  const largestRss = largestMeasured ? largestMeasured.maxRssKb / 1024 : undefined;
  const sizes = `${formatCount(settings.sizes[0] ?? 0)}–${formatCount(settings.sizes.at(-1) ?? 0)}`;
  return [
    row('cold start: import + compare seeds', describe(cold.corroborate, spread), TARGETS.coldStartMs, valueOf(cold.corroborate)?.median),
    row('cold start: import only', describe(cold.importOnly, spread)),
    row('cold start: wall-clock, spawn to exit', describe(cold.corroborateWall, spread)),
    row('naive peer cold start', describe(cold.peer, spread)),
    row(
      `warm compare of the seeds${warm.via ? ` (${warm.via})` : ''}`,
      describe(warm.summary, spread),
      TARGETS.warmCompareMs,
      valueOf(warm.summary)?.median,
    ),
    row('4,000 × 4,000 sentences: time', describe(largestRun, (m) => formatMs(m.ms.median)), TARGETS.largestTimeMs, valueOf(largestRun)?.ms.median),
    row('4,000 × 4,000 sentences: peak RSS', describe(largestRun, (m) => formatMb(m.maxRssKb)), TARGETS.largestRssMb, largestRss),
    row(`growth exponent (${sizes} sentences)`, describe(fitOutcome, (f) => `${f.exponent.toFixed(2)} (r² ${f.r2.toFixed(2)})`), TARGETS.growthExponent, fit?.exponent),
    row(
      `vs naive peer at ${formatCount(settings.peerFullSize)} sentences`,
      describe(speed, (p) => `${(p.ratio ?? 0).toFixed(3)} of peer time (${(p.timesFaster ?? 0).toFixed(1)}× faster)`),
      TARGETS.speedupOverPeer,
      valueOf(speed)?.timesFaster,
    ),
    row(
      `compareMany, ${many.reports} reports of ~${Math.round(many.words.reduce((sum, n) => sum + n, 0) / Math.max(1, many.words.length))} words`,
      describe(many.summary, spread),
      TARGETS.compareManyMs,
      valueOf(many.summary)?.median,
    ),
  ];
}

function tables(
  settings: Settings,
  rows: readonly SummaryRow[],
  points: readonly ScalePoint[],
  peerFit: GrowthFit | undefined,
  adversarial: readonly AdversarialResult[],
): Table[] {
  const scaleTime = (outcome: Outcome<SizeMeasurement>): string =>
    describe(outcome, (m) => (m.ms.runs > 1 ? `${formatMs(m.ms.median)} (n=${m.ms.runs})` : formatMs(m.ms.median)));
  const firstRun = (outcome: Outcome<SizeMeasurement>): string => {
    const first = valueOf(outcome)?.warmupMs?.[0];
    return first === undefined ? '' : formatMs(first);
  };
  const rss = (outcome: Outcome<SizeMeasurement>): string => {
    const measured = valueOf(outcome);
    return measured ? formatMb(measured.maxRssKb) : '';
  };
  const call = (outcome: Outcome<AdversarialCall>): string =>
    describe(outcome, (c) => `${formatMs(c.ms)}${c.mismatches > 0 ? `, ${c.mismatches}/${c.spans} spans off` : ''}`);
  return [
    {
      title: `Performance${settings.quick ? ' (--quick)' : ''}`,
      columns: ['figure', 'value', 'target', 'verdict'],
      rows: rows.map((r) => [r.figure, r.value, r.target, r.verdict]),
    },
    {
      title: `Scale series: WMT21 ref.A vs ref.B, paragraphs shuffled${peerFit ? `; peer growth exponent ${peerFit.exponent.toFixed(2)}` : ''}`,
      columns: ['sentences', 'characters (a / b)', 'corroborate', 'first run (untimed)', 'peak RSS', 'naive peer', 'peer peak RSS', 'corroborate / peer', 'speed-up'],
      rows: points.map((point) => [
        formatCount(point.sentences),
        `${formatCount(point.characters[0])} / ${formatCount(point.characters[1])}`,
        scaleTime(point.corroborate),
        firstRun(point.corroborate),
        rss(point.corroborate),
        scaleTime(point.peer),
        rss(point.peer),
        point.ratio !== undefined ? point.ratio.toFixed(3) : '',
        point.timesFaster !== undefined ? `${point.timesFaster.toFixed(1)}× faster` : '',
      ]),
    },
    {
      title: 'Adversarial inputs (time of one call; "spans off" = spans whose text is not text.slice(start, end))',
      columns: ['input', 'UTF-16 units', ...ADVERSARIAL_FUNCTIONS],
      rows: adversarial.map((result) => [
        result.description,
        formatCount(result.length),
        ...ADVERSARIAL_FUNCTIONS.map((name) => call(result.calls[name])),
      ]),
    },
  ];
}

// ── main ──────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  const dataDir = resolveDataDir(PROJECT_ROOT);
  let lines: ParallelLines;
  try {
    lines = loadWmtLines(dataDir);
  } catch (error) {
    if (error instanceof MissingDataError) {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  // CORROBORATE_BENCH_DIST points the harness at another build, which it measures as is.
  const distOverride = process.env.CORROBORATE_BENCH_DIST;
  const build = distOverride ? { built: false } : ensureBuilt(PROJECT_ROOT, log);
  if (build.warning) log(build.warning);
  const distPath = distOverride ? resolve(distOverride) : join(PROJECT_ROOT, 'dist/index.js');
  const dist = (await import(pathToFileURL(distPath).href)) as Record<string, unknown>;
  const capabilities = detectCapabilities(dist);
  log(`capabilities: ${Object.entries(capabilities).map(([name, present]) => `${name} ${present ? 'yes' : 'no'}`).join(', ')}`);
  mkdirSync(INPUTS, { recursive: true });
  const seeds = seedFiles();
  const started = Date.now();

  const cold = await measureColdStart(settings, seeds, capabilities);
  const warm = await measureWarm(settings, seeds, capabilities);
  const points = await measureScale(settings, seeds, lines, capabilities);
  const fit = growth(points, 'corroborate');
  const peerFit = growth(points, 'peer');
  const many = await measureCompareMany(settings, seeds, lines, capabilities);
  const adversarial = await measureAdversarial(settings, seeds, capabilities);

  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
  const rows = summaryRows(settings, cold, warm, points, fit, many);
  const rendered = tables(settings, rows, points, peerFit, adversarial);
  const machine = `Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
  const stamp = `Measured at commit ${commit ?? 'unknown'}${dirty ? ' (with uncommitted changes)' : ''} on ${machine}, ${new Date().toISOString().slice(0, 10)}.`;

  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: commit ?? null,
      uncommittedChanges: dirty,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? null,
      quick: settings.quick,
      dataDir,
      measured: relative(PROJECT_ROOT, distPath),
      builtNow: build.built,
      buildWarning: build.warning ?? null,
      durationS: Math.round((Date.now() - started) / 1000),
      timing:
        'in-process: performance.now() (ms since performance.timeOrigin, i.e. process start) in a fresh bare-node child; wall: around the spawn',
    },
    capabilities,
    targets: rows,
    coldStart: cold,
    warmCompare: warm,
    scale: { points, growth: { corroborate: fit ?? null, peer: peerFit ?? null } },
    compareMany: many,
    adversarial,
  };
  mkdirSync(join(PROJECT_ROOT, 'test/bench/results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const render = settings.markdown ? renderMarkdown : renderPlain;
  process.stdout.write(`${stamp}\n\n${rendered.map(render).join('\n\n')}\n\n`);
  process.stdout.write(`results written to ${relative(PROJECT_ROOT, RESULTS)} (${results.meta.durationS} s)\n`);
}

await main();
