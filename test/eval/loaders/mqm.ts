/**
 * MQM zh-en (WMT 2023 generalMT, side-by-side). One row per annotated error; the error span
 * is wrapped in `<v>…</v>` in the target. Rows are regrouped into documents: the segments
 * of one (system, doc) in docSegId order, one segment per line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Range } from '../metrics/spans.js';

export interface MqmRow {
  readonly system: string;
  readonly doc: string;
  readonly docSegId: number;
  readonly rater: string;
  readonly source: string;
  readonly target: string;
  readonly category: string;
  readonly severity: string;
}

export interface MqmErrorSpan extends Range {
  readonly category: string;
  readonly rater: string;
  /** Index of the segment (line) in its document. */
  readonly segment: number;
}

export interface MqmDocument {
  /** `system|doc`. */
  readonly id: string;
  /** Plain targets joined with `\n`. */
  readonly text: string;
  /** The Chinese sources of the same segments, markers removed, joined with `\n`: line *i* is the source of line *i* of `text`. */
  readonly source: string;
  /** Offsets in `text` where each segment starts. */
  readonly segmentStarts: readonly number[];
  /** Error spans in document offsets; zero-length spans are kept here and skipped by metrics. */
  readonly errors: readonly MqmErrorSpan[];
}

const OPEN = '<v>';
const CLOSE = '</v>';

/** Strips the `<v>`/`</v>` markers and returns the spans they marked, in plain-text offsets. */
export function parseMarkedTarget(target: string): { plain: string; spans: Range[] } {
  const spans: Range[] = [];
  let plain = '';
  let openAt: number | undefined;
  let index = 0;
  while (index < target.length) {
    if (target.startsWith(OPEN, index)) {
      openAt = plain.length;
      index += OPEN.length;
    } else if (target.startsWith(CLOSE, index)) {
      if (openAt !== undefined) spans.push({ start: openAt, end: plain.length });
      openAt = undefined;
      index += CLOSE.length;
    } else {
      plain += target.charAt(index);
      index += 1;
    }
  }
  // An unclosed marker runs to the end of the segment.
  if (openAt !== undefined) spans.push({ start: openAt, end: plain.length });
  return { plain, spans };
}

export function parseMqmRows(content: string): MqmRow[] {
  const lines = content.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const header = (lines[0] ?? '').split('\t');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`MQM TSV: missing column ${name}`);
    return index;
  };
  const columns = {
    system: column('system'),
    doc: column('doc'),
    docSegId: column('docSegId'),
    rater: column('rater'),
    source: column('source'),
    target: column('target'),
    category: column('category'),
    severity: column('severity'),
  };
  const rows: MqmRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const field = (index: number): string => fields[index] ?? '';
    rows.push({
      system: field(columns.system),
      doc: field(columns.doc),
      docSegId: Number(field(columns.docSegId)),
      rater: field(columns.rater),
      source: field(columns.source),
      target: field(columns.target),
      category: field(columns.category),
      severity: field(columns.severity),
    });
  }
  return rows;
}

/**
 * Groups rows into documents. A segment appears once per error row; its plain target is
 * taken from its first row (rows of one segment differ at most in trailing whitespace, so
 * spans are clamped to the chosen target's length).
 */
export function buildMqmDocuments(rows: readonly MqmRow[]): MqmDocument[] {
  const byDocument = new Map<string, Map<number, { plain: string; source: string; rows: MqmRow[] }>>();
  for (const row of rows) {
    const id = `${row.system}|${row.doc}`;
    let segments = byDocument.get(id);
    if (!segments) byDocument.set(id, (segments = new Map()));
    let segment = segments.get(row.docSegId);
    if (!segment) segments.set(row.docSegId, (segment = { plain: parseMarkedTarget(row.target).plain, source: parseMarkedTarget(row.source).plain, rows: [] }));
    segment.rows.push(row);
  }
  const documents: MqmDocument[] = [];
  for (const [id, segments] of byDocument) {
    const ordered = [...segments.entries()].sort(([x], [y]) => x - y);
    const segmentStarts: number[] = [];
    const errors: MqmErrorSpan[] = [];
    let offset = 0;
    for (const [segmentIndex, [, segment]] of ordered.entries()) {
      segmentStarts.push(offset);
      for (const row of segment.rows) {
        for (const span of parseMarkedTarget(row.target).spans) {
          const start = Math.min(span.start, segment.plain.length);
          const end = Math.min(span.end, segment.plain.length);
          errors.push({ start: offset + start, end: offset + end, category: row.category, rater: row.rater, segment: segmentIndex });
        }
      }
      offset += segment.plain.length + 1;
    }
    documents.push({
      id,
      text: ordered.map(([, segment]) => segment.plain).join('\n'),
      source: ordered.map(([, segment]) => segment.source.replace(/[\r\n]+/gu, ' ')).join('\n'),
      segmentStarts,
      errors,
    });
  }
  return documents;
}

export async function loadMqm(dataDir: string): Promise<MqmDocument[]> {
  return buildMqmDocuments(parseMqmRows(await readFile(join(dataDir, 'mqm-zhen', 'generalMT2023.zhen.dev.tsv'), 'utf8')));
}
