/**
 * `npm run eval`: scores corroborate and the naive peer on public benchmarks, prints one
 * table, and writes the same figures to `test/eval/results/latest.json`.
 *
 * Flags: `--markdown` prints the table as Markdown (for the README's Accuracy section);
 * `--only=mrpc,wmt21,polnear,polnear-languages,mqm,seeds` runs a subset.
 * Exit codes: 0 after a run (errors show in the table), 2 when the data folder is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mqmBenchmark } from './benchmarks/mqm.js';
import { mrpcBenchmark } from './benchmarks/mrpc.js';
import { polnearBenchmark } from './benchmarks/polnear.js';
import { polnearLanguagesBenchmark } from './benchmarks/polnear-languages.js';
import { runnable, type RunnableBenchmark } from './benchmarks/run-benchmark.js';
import { seedsBenchmark } from './benchmarks/seeds.js';
import type { BenchmarkResult } from './benchmarks/types.js';
import { wmtBenchmark } from './benchmarks/wmt.js';
import { DATA_ENV, resolveDataDir } from './data-dir.js';
import { createNaivePeer } from './naive-peer.js';
import { loadCorroborate } from './systems/corroborate.js';
import { renderMarkdown, renderNotes, renderText } from './table.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const resultsFile = join(projectRoot, 'test', 'eval', 'results', 'latest.json');

// Cheapest first, so a broken capability shows up quickly.
const BENCHMARKS: readonly RunnableBenchmark[] = [
  runnable(seedsBenchmark),
  runnable(mrpcBenchmark),
  runnable(wmtBenchmark),
  runnable(mqmBenchmark),
  runnable(polnearBenchmark),
  runnable(polnearLanguagesBenchmark),
];

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    return dirty ? `${hash} + uncommitted changes` : hash;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const dataDir = resolveDataDir(projectRoot, process.env);
  if (!existsSync(dataDir)) {
    process.stderr.write(
      `corroborate eval: benchmark data folder not found: ${dataDir}\n` +
        `Put the public benchmark data there (see test/eval/README.md) or point ${DATA_ENV} at it.\n`,
    );
    return 2;
  }
  const only = argument('only')?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !BENCHMARKS.some((benchmark) => benchmark.id === id)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(`corroborate eval: unknown benchmark(s) ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.id).join(', ')}\n`);
    return 1;
  }
  const selected = BENCHMARKS.filter((benchmark) => !only || only.includes(benchmark.id));

  const started = performance.now();
  const corroborate = await loadCorroborate();
  const systems = [corroborate.system, createNaivePeer()];
  const results: BenchmarkResult[] = [];
  for (const benchmark of selected) {
    process.stderr.write(`eval: ${benchmark.title}…\n`);
    results.push(await benchmark.run(systems, { dataDir, projectRoot }, corroborate.loadError));
  }
  const totalSeconds = (performance.now() - started) / 1000;

  const measuredAt = commit();
  const markdown = process.argv.includes('--markdown');
  const notes = renderNotes(results);
  if (corroborate.loadError) notes.unshift(`corroborate could not be loaded: ${corroborate.loadError}`);
  const lines = [
    markdown ? renderMarkdown(results) : renderText(results),
    '',
    ...notes.map((note) => (markdown ? `- ${note}` : `note: ${note}`)),
    `Measured at commit ${measuredAt} in ${totalSeconds.toFixed(1)}s (Node ${process.version}); data: ${dataDir}`,
  ];

  await mkdir(join(projectRoot, 'test', 'eval', 'results'), { recursive: true });
  const record = {
    commit: measuredAt,
    date: new Date().toISOString(),
    node: process.version,
    dataDir,
    totalSeconds,
    corroborateExports: corroborate.exports,
    corroborateLoadError: corroborate.loadError ?? null,
    benchmarks: results,
  };
  await writeFile(resultsFile, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\nResults written to ${resultsFile}\n`);
  return 0;
}

process.exitCode = await main();
