import type { CorroborateOptions } from '../options.js';
import { renderManyMarkdown } from '../report/render/many-markdown.js';
import { renderManyText } from '../report/render/many-text.js';
import { printable, type Format, type Invocation } from './args.js';
import type { Engine } from './engine.js';
import { CliError } from './exit-codes.js';
import { hasFindingsAtLeast } from './fail-on.js';
import type { CliIo } from './io.js';
import { defaultManyIds } from './many-ids.js';
import { readSource, type InputSource } from './read-source.js';

export type ManyFormat = Exclude<Format, 'html'>;

/**
 * `many` writes no HTML: the HTML page is built around two texts side by side with one
 * colour per matched pair, which does not carry over to N texts and clusters. Refused
 * before any file is read, naming the flag that asked for it.
 */
export function assertManyFormat(format: Format, invocation: Invocation): asserts format is ManyFormat {
  if (format !== 'html') return;
  if (invocation.format === 'html') throw new CliError('--format html is not available for many: use json, text or markdown');
  throw new CliError(`--out '${printable(invocation.out ?? '')}' asks for html, which many does not write: add --format json, text or markdown`);
}

/** Reads the N inputs, runs compareMany and renders the result; `findings` is the `--fail-on` verdict over every pair. */
export async function runMany(
  invocation: Invocation,
  io: CliIo,
  engine: Engine,
  options: CorroborateOptions,
  format: ManyFormat,
  text: { color: boolean; width: number },
): Promise<{ output: string; findings: boolean }> {
  const ids = invocation.ids ?? defaultManyIds(invocation.inputs);
  const sources: InputSource[] = [];
  // Sequential, as for compare: a file must not be read while stdin waits on a prompt.
  for (const [index, input] of invocation.inputs.entries()) sources.push(await readSource(input, ids[index]!, io));
  const report = await engine.compareMany(sources, options);
  const findings = report.pairs.some((pair) => hasFindingsAtLeast(pair.report, invocation.failOn));
  switch (format) {
    case 'json':
      return { output: `${JSON.stringify(report, null, 2)}\n`, findings };
    case 'text':
      return { output: renderManyText(report, { sources, color: text.color, width: text.width }), findings };
    case 'markdown':
      return { output: renderManyMarkdown(report, { sources }), findings };
  }
}
