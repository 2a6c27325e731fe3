/**
 * The invariants every corroborate output must keep, whatever the input text: offsets
 * that slice the caller's text, unique ids, diffs that rebuild the compared texts,
 * schema-valid JSON, and the mirror relation between `compare(a, b)` and `compare(b, a)`.
 *
 * Each check returns a list of problems as short strings (empty when all is well), so a
 * failing property prints what broke and where rather than a bare `false`.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Artefact } from '../../src/artefacts/types.js';
import type { Quote } from '../../src/quotes/types.js';
import type { DiffOp, Report } from '../../src/report/types.js';
import type { SpanRef } from '../../src/text/types.js';
import { PROJECT_ROOT } from '../helpers/seeds.js';

const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}src/report/report.schema.json`, 'utf8')) as object;
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);

/** `a 12-19 "profound"`, with the text cut short so a failure stays readable. */
export function describeRef(ref: { sourceId?: string; start: number; end: number; text?: string }): string {
  const text = ref.text === undefined ? '' : ` ${JSON.stringify(ref.text.length > 40 ? `${ref.text.slice(0, 40)}…` : ref.text)}`;
  return `${ref.sourceId ?? '?'} ${ref.start}-${ref.end}${text}`;
}

/** A span of one source that must slice it exactly; `expected` is the text it claims. */
interface Claim {
  readonly where: string;
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly expected: string;
}

function spanProblems(claims: readonly Claim[], texts: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    const text = texts[claim.sourceId];
    const label = `${claim.where} ${describeRef({ ...claim, text: claim.expected })}`;
    if (text === undefined) problems.push(`${label}: unknown source`);
    else if (!Number.isInteger(claim.start) || !Number.isInteger(claim.end) || claim.start < 0 || claim.end < claim.start || claim.end > text.length) {
      problems.push(`${label}: offsets outside 0-${text.length}`);
    } else if (text.slice(claim.start, claim.end) !== claim.expected) {
      problems.push(`${label}: text is ${JSON.stringify(text.slice(claim.start, claim.end))}`);
    }
  }
  return problems;
}

const refClaim = (where: string, ref: SpanRef): Claim => ({ where, sourceId: ref.sourceId, start: ref.start, end: ref.end, expected: ref.text });

/** Every span a quote reports: its words, marks, parts, cue and speaker mention. */
export function quoteClaims(quote: Quote, sourceId = quote.sourceId): Claim[] {
  const claims: Claim[] = [];
  const add = (where: string, span: { start: number; end: number; text?: string; char?: string } | null | undefined): void => {
    if (span) claims.push({ where: `${quote.id} ${where}`, sourceId, start: span.start, end: span.end, expected: span.text ?? span.char ?? '' });
  };
  add('text', quote);
  add('open', quote.open);
  add('close', quote.close);
  add('cue', quote.cue);
  add('speaker', quote.speaker?.mention);
  quote.parts?.forEach((part, k) => {
    add(`part ${k}`, part);
    add(`part ${k} open`, part.open);
    add(`part ${k} close`, part.close);
  });
  return claims;
}

/** Every span an artefact reports: its own and its evidence. */
export function artefactClaims(artefact: Artefact, where = `${artefact.ruleId}`): Claim[] {
  return [
    { where, sourceId: artefact.sourceId, start: artefact.start, end: artefact.end, expected: artefact.text },
    ...(artefact.evidence ?? []).map((ref, k) => refClaim(`${where} evidence ${k}`, ref)),
  ];
}

/** Problems in the quotes `extractQuotes` returned for `text`: spans, ids, order. */
export function quoteListProblems(quotes: readonly Quote[], text: string, sourceId: string): string[] {
  const problems = spanProblems(
    quotes.flatMap((quote) => quoteClaims(quote, sourceId)),
    { [sourceId]: text },
  );
  problems.push(...duplicates(quotes.map((quote) => quote.id), 'quote id'));
  for (const quote of quotes) if (quote.sourceId !== sourceId) problems.push(`${quote.id}: sourceId ${quote.sourceId}, expected ${sourceId}`);
  return problems;
}

/** Problems in the artefacts `detectArtefacts` returned for `text`. */
export function artefactListProblems(artefacts: readonly Artefact[], text: string, sourceId: string): string[] {
  const problems = spanProblems(
    artefacts.flatMap((artefact) => artefactClaims(artefact)),
    { [sourceId]: text },
  );
  for (const artefact of artefacts) if (artefact.sourceId !== sourceId) problems.push(`${artefact.ruleId}: sourceId ${artefact.sourceId}`);
  return problems;
}

function duplicates(ids: readonly string[], label: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated].map((id) => `${label} ${id} is not unique`);
}

/** Concatenates one side's span texts over a diff: the compared text, if the diff is whole. */
export function rebuild(diff: readonly DiffOp[], side: 'a' | 'b'): string {
  return diff.map((op) => op[side]?.text ?? '').join('');
}

/**
 * Problems with a diff between two compared spans: each op has the sides its kind calls
 * for, each side's spans come from the right source, and the spans rebuild both texts.
 */
function diffProblems(where: string, diff: readonly DiffOp[], a: SpanRef, b: SpanRef): string[] {
  const problems: string[] = [];
  diff.forEach((op, k) => {
    if ((op.a !== undefined) !== (op.op !== 'insert') || (op.b !== undefined) !== (op.op !== 'delete')) problems.push(`${where} op ${k} (${op.op}) has the wrong sides`);
    if (op.a && op.a.sourceId !== a.sourceId) problems.push(`${where} op ${k}: a side from ${op.a.sourceId}`);
    if (op.b && op.b.sourceId !== b.sourceId) problems.push(`${where} op ${k}: b side from ${op.b.sourceId}`);
  });
  if (rebuild(diff, 'a') !== a.text) problems.push(`${where}: a-side ops do not rebuild ${describeRef(a)}`);
  if (rebuild(diff, 'b') !== b.text) problems.push(`${where}: b-side ops do not rebuild ${describeRef(b)}`);
  return problems;
}

/** JSON Schema errors of a report (draft 2020-12, src/report/report.schema.json). */
export function schemaProblems(report: unknown): string[] {
  return validateSchema(report) ? [] : (validateSchema.errors ?? []).map((error) => `schema: ${error.instancePath || '/'} ${error.message ?? ''}`);
}

/**
 * Every invariant of one report made from `texts` (by source id): schema, offsets, ids,
 * cross-references, diff reconstruction, summary counts and the `maxQuotes` limit.
 */
export function reportProblems(report: Report, texts: Readonly<Record<string, string>>, limits: { maxQuotes?: number } = {}): string[] {
  const problems = schemaProblems(JSON.parse(JSON.stringify(report)));
  const [first, second] = report.sources;
  if (!first || !second || report.sources.length !== 2) return [...problems, `expected two sources, got ${report.sources.length}`];
  for (const source of report.sources) {
    if (texts[source.id]?.length !== source.length) problems.push(`source ${source.id}: length ${source.length}`);
  }
  const claims: Claim[] = [];
  const quotes = new Map<string, Quote>();
  for (const quote of report.quotes) {
    claims.push(...quoteClaims(quote));
    quotes.set(quote.id, quote);
  }
  problems.push(...duplicates(report.quotes.map((quote) => quote.id), 'quote id'));
  if (limits.maxQuotes !== undefined) {
    for (const source of report.sources) {
      const count = report.quotes.filter((quote) => quote.sourceId === source.id).length;
      if (count > limits.maxQuotes) problems.push(`source ${source.id} has ${count} quotes, more than maxQuotes ${limits.maxQuotes}`);
    }
  }
  const divergenceIds = new Set(report.divergences.map((divergence) => divergence.id));
  problems.push(...duplicates(report.divergences.map((divergence) => divergence.id), 'divergence id'));

  report.quoteMatches.forEach((match, k) => {
    const where = `quoteMatches[${k}] ${match.quotes.join('~')}`;
    const [x, y] = match.quotes.map((id) => quotes.get(id));
    if (!x || !y) {
      problems.push(`${where}: unknown quote id`);
      return;
    }
    if (x.sourceId !== first.id || y.sourceId !== second.id) problems.push(`${where}: quotes from ${x.sourceId} and ${y.sourceId}`);
    const ref = (quote: Quote): SpanRef => ({ sourceId: quote.sourceId, start: quote.start, end: quote.end, text: quote.text });
    problems.push(...diffProblems(where, match.diff, ref(x), ref(y)));
    for (const ops of match.diff) for (const side of [ops.a, ops.b]) if (side) claims.push(refClaim(`${where} diff`, side));
    for (const id of match.divergences ?? []) if (!divergenceIds.has(id)) problems.push(`${where}: unknown divergence ${id}`);
  });
  report.sentenceMatches.forEach((match, k) => {
    const where = `sentenceMatches[${k}]`;
    const [x, y] = match.sentences;
    claims.push(refClaim(`${where} a`, x), refClaim(`${where} b`, y));
    if (x.sourceId !== first.id || y.sourceId !== second.id) problems.push(`${where}: sentences from ${x.sourceId} and ${y.sourceId}`);
    problems.push(...diffProblems(where, match.diff, x, y));
    for (const ops of match.diff) for (const side of [ops.a, ops.b]) if (side) claims.push(refClaim(`${where} diff`, side));
  });
  for (const divergence of report.divergences) {
    divergence.evidence.forEach((ref, k) => claims.push(refClaim(`${divergence.id} ${divergence.kind} evidence ${k}`, ref)));
    for (const id of divergence.quotes ?? []) if (!quotes.has(id)) problems.push(`${divergence.id}: unknown quote ${id}`);
  }
  report.artefacts.forEach((artefact, k) => claims.push(...artefactClaims(artefact, `artefacts[${k}] ${artefact.ruleId}`)));
  problems.push(...spanProblems(claims, texts));

  const summary = report.summary;
  for (const source of report.sources) {
    const count = report.quotes.filter((quote) => quote.sourceId === source.id).length;
    if ((summary.quotes[source.id] ?? 0) !== count) problems.push(`summary.quotes.${source.id} is ${summary.quotes[source.id]}, counted ${count}`);
  }
  if (summary.quoteMatches !== report.quoteMatches.length) problems.push('summary.quoteMatches miscounted');
  if (summary.sentenceMatches !== report.sentenceMatches.length) problems.push('summary.sentenceMatches miscounted');
  return problems;
}

/** A diff seen from the other side: insert ↔ delete, `a` ↔ `b`, op order unchanged. */
function mirrorDiff(diff: readonly DiffOp[]): string[] {
  return diff.map((op) => {
    const kind = op.op === 'insert' ? 'delete' : op.op === 'delete' ? 'insert' : op.op;
    return `${kind} ${op.b ? describeRef(op.b) : '-'} | ${op.a ? describeRef(op.a) : '-'}`;
  });
}

const showDiff = (diff: readonly DiffOp[]): string[] => diff.map((op) => `${op.op} ${op.a ? describeRef(op.a) : '-'} | ${op.b ? describeRef(op.b) : '-'}`);

/**
 * What "mirror" means, from src/report/compare.ts (the pipeline runs in one canonical
 * orientation, then `mirrorReport` and `orientReport` turn the result to face the caller):
 * with the same source ids, `compare(b, a)` equals `compare(a, b)` with
 * - `sources` reversed;
 * - the same quotes (ids, spans, speakers), listed source b first;
 * - every quote match and sentence match with its pair reversed, the same relation and
 *   similarity, and its diff mirrored op by op (insert ↔ delete, `a` ↔ `b` spans);
 * - the same divergences (ids, kinds, severities, quote ids, evidence sets; only the
 *   human message may name the sources in the other order);
 * - the same artefacts, the same event fingerprint, summary counts and `truncated` flag.
 * List order is not part of the relation: each report lists in its own first source's order.
 */
export function mirrorProblems(forward: Report, backward: Report): string[] {
  const problems: string[] = [];
  const expectEqual = (what: string, x: unknown, y: unknown): void => {
    const left = JSON.stringify(x);
    const right = JSON.stringify(y);
    if (left !== right) problems.push(`${what} differs: ${left.slice(0, 300)} ≠ ${right.slice(0, 300)}`);
  };
  const sorted = <T>(items: readonly T[], key: (item: T) => string): string[] => items.map(key).sort();
  expectEqual('sources', [...forward.sources].reverse(), backward.sources);
  expectEqual('quotes', sorted(forward.quotes, (q) => JSON.stringify(q)), sorted(backward.quotes, (q) => JSON.stringify(q)));
  expectEqual(
    'quoteMatches',
    sorted(forward.quoteMatches, (m) => JSON.stringify([[m.quotes[1], m.quotes[0]], m.relation, m.similarity, mirrorDiff(m.diff), [...(m.divergences ?? [])].sort()])),
    sorted(backward.quoteMatches, (m) => JSON.stringify([m.quotes, m.relation, m.similarity, showDiff(m.diff), [...(m.divergences ?? [])].sort()])),
  );
  expectEqual(
    'sentenceMatches',
    sorted(forward.sentenceMatches, (m) => JSON.stringify([describeRef(m.sentences[1]), describeRef(m.sentences[0]), m.relation, m.similarity, mirrorDiff(m.diff)])),
    sorted(backward.sentenceMatches, (m) => JSON.stringify([describeRef(m.sentences[0]), describeRef(m.sentences[1]), m.relation, m.similarity, showDiff(m.diff)])),
  );
  const divergence = (d: Report['divergences'][number]): string =>
    JSON.stringify([d.id, d.kind, d.severity, [...(d.quotes ?? [])].sort(), d.evidence.map((ref) => describeRef(ref)).sort()]);
  expectEqual('divergences', sorted(forward.divergences, divergence), sorted(backward.divergences, divergence));
  expectEqual('artefacts', sorted(forward.artefacts, (a) => JSON.stringify(a)), sorted(backward.artefacts, (a) => JSON.stringify(a)));
  expectEqual('event', forward.event, backward.event);
  // Counts are compared as sets of entries: each report lists its keys in its own order.
  const counts = (summary: Report['summary']): unknown =>
    Object.entries(summary).map(([key, value]) => [key, typeof value === 'object' ? sorted(Object.entries(value), (entry) => entry.join('=')) : value]);
  expectEqual('summary', counts(forward.summary), counts(backward.summary));
  expectEqual('truncated', forward.truncated ?? false, backward.truncated ?? false);
  return problems;
}

/**
 * The report with source ids `a` and `b` exchanged everywhere an id stands (source,
 * quote and span ids, quote references, summary keys), for checking the mirror relation
 * under the default ids, which follow argument order rather than text.
 */
export function swapDefaultIds(report: Report): Report {
  const other = (id: string): string => (id === 'a' ? 'b' : id === 'b' ? 'a' : id);
  const quoteId = (id: string): string => id.replace(/^(a|b):/u, (_, source: string) => `${other(source)}:`);
  const ref = <T extends { sourceId: string }>(span: T): T => ({ ...span, sourceId: other(span.sourceId) });
  const diff = (ops: readonly DiffOp[]): DiffOp[] => ops.map((op) => ({ ...op, ...(op.a ? { a: ref(op.a) } : {}), ...(op.b ? { b: ref(op.b) } : {}) }));
  return {
    ...report,
    sources: report.sources.map((source) => ({ ...source, id: other(source.id) })),
    quotes: report.quotes.map((quote) => ({ ...ref(quote), id: quoteId(quote.id) })),
    quoteMatches: report.quoteMatches.map((match) => ({ ...match, quotes: [quoteId(match.quotes[0]), quoteId(match.quotes[1])] as const, diff: diff(match.diff) })),
    sentenceMatches: report.sentenceMatches.map((match) => ({ ...match, sentences: [ref(match.sentences[0]), ref(match.sentences[1])] as const, diff: diff(match.diff) })),
    divergences: report.divergences.map((divergence) => ({
      ...divergence,
      ...(divergence.quotes ? { quotes: divergence.quotes.map(quoteId) } : {}),
      evidence: divergence.evidence.map(ref),
    })),
    artefacts: report.artefacts.map((artefact) => ({ ...ref(artefact), ...(artefact.evidence ? { evidence: artefact.evidence.map(ref) } : {}) })),
    summary: { ...report.summary, quotes: Object.fromEntries(Object.entries(report.summary.quotes).map(([id, count]) => [other(id), count])) },
  };
}
