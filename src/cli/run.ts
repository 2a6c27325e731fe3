import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isCorroborateError } from '../errors.js';
import type { CorroborateOptions } from '../options.js';
import { renderHtml, renderMarkdown, renderText } from '../report/render/index.js';
import type { Report } from '../report/types.js';
import { parseInvocation, printable, type Format, type Invocation } from './args.js';
import { checkReport } from './check-report.js';
import { loadEngine, type Engine } from './engine.js';
import { CliError, EXIT } from './exit-codes.js';
import { hasFindingsAtLeast } from './fail-on.js';
import type { CliIo } from './io.js';
import { defaultFormat, textWidth, useColor } from './output.js';
import { exampleSources, packageVersion } from './package-files.js';
import { readSource, type InputSource } from './read-source.js';
import { assertManyFormat, runMany } from './run-many.js';
import { USAGE } from './usage.js';

const DEFAULT_IDS = { compare: ['a', 'b'], check: ['a'] } as const;
/** The bundled example reports are Italian agency stories in machine translation. */
const EXAMPLE_SOURCE_LANGUAGE = 'it';

/**
 * Runs one command line (without the node and script paths) and resolves to the exit code:
 * 0 success, 1 a finding at or above `--fail-on`, 2 a usage or input error (one line on
 * stderr, nothing on stdout). Never throws and never calls `process.exit`, so it can be
 * tested in-process with injected streams. `engine` replaces the library in tests.
 */
export async function run(argv: readonly string[], io: CliIo, engine?: Engine): Promise<number> {
  try {
    const invocation = parseInvocation(argv);
    if (invocation.command === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (invocation.command === 'version') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const toFile = invocation.out !== undefined;
    // Known before any file is read, so that a format `many` cannot write fails at once.
    const format = invocation.format ?? defaultFormat(io, invocation.out, invocation.command === 'example');
    const text = { color: useColor(io, toFile), width: textWidth(io, toFile) };
    const options = libraryOptions(invocation);
    let result: { output: string; findings: boolean };
    if (invocation.command === 'many') {
      assertManyFormat(format, invocation);
      result = await runMany(invocation, io, engine ?? (await loadEngine()), options, format, text);
    } else {
      const { report, sources } = await produceReport(invocation, options, io, engine ?? (await loadEngine()));
      result = { output: render(report, sources, format, text), findings: hasFindingsAtLeast(report, invocation.failOn) };
    }
    if (invocation.out === undefined) io.stdout.write(result.output);
    else await writeOutput(resolve(io.cwd ?? process.cwd(), invocation.out), result.output, invocation.out);
    return result.findings ? EXIT.findings : EXIT.ok;
  } catch (error) {
    io.stderr.write(`corroborate: ${describeError(error)}\n`);
    return EXIT.usage;
  }
}

function libraryOptions(invocation: Invocation): CorroborateOptions {
  const options: CorroborateOptions = {};
  const sourceLanguage = invocation.sourceLanguage ?? (invocation.command === 'example' ? EXAMPLE_SOURCE_LANGUAGE : undefined);
  if (sourceLanguage !== undefined) options.sourceLanguage = sourceLanguage;
  return options;
}

async function produceReport(
  invocation: Invocation,
  options: CorroborateOptions,
  io: CliIo,
  engine: Engine,
): Promise<{ report: Report; sources: InputSource[] }> {
  if (invocation.command === 'check') {
    const [id = 'a'] = invocation.ids ?? DEFAULT_IDS.check;
    const source = await readSource(invocation.inputs[0]!, id, io);
    const document = engine.createDocument(source, options);
    return { report: checkReport(document, engine.detectArtefacts(document, options)), sources: [source] };
  }
  let sources: InputSource[];
  if (invocation.command === 'example') {
    const examples = exampleSources();
    const ids = invocation.ids ?? DEFAULT_IDS.compare;
    sources = examples.map((example, index) => ({ ...example, id: ids[index] ?? example.id }));
  } else {
    const ids = invocation.ids ?? DEFAULT_IDS.compare;
    // Sequential: when one input is stdin, the other must not wait on a prompt.
    sources = [await readSource(invocation.inputs[0]!, ids[0]!, io), await readSource(invocation.inputs[1]!, ids[1]!, io)];
  }
  const [a, b] = sources as [InputSource, InputSource];
  return { report: await engine.compare(a, b, options), sources };
}

function render(report: Report, sources: readonly InputSource[], format: Format, text: { color: boolean; width: number }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return renderText(report, { sources, color: text.color, width: text.width });
    case 'markdown':
      return renderMarkdown(report, { sources });
    case 'html':
      return renderHtml(report, { sources });
  }
}

async function writeOutput(path: string, output: string, shown: string): Promise<void> {
  try {
    await writeFile(path, output, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`cannot write '${printable(shown)}': ${printable(reason)}`);
  }
}

/** One line for stderr, without the `corroborate:` prefix (the caller adds it). */
function describeError(error: unknown): string {
  if (error instanceof CliError || isCorroborateError(error)) return oneLine(error.message.replace(/^corroborate: /u, ''));
  return `internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]+/gu, ' ').trim();
}
