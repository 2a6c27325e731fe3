import { invalidType } from '../../errors.js';
import type { Quote } from '../../quotes/types.js';
import type { Report } from '../types.js';
import { escapeHtml } from './escape-html.js';
import { PAGE_CSS, PAGE_SCRIPT, PAIR_COLOURS } from './html-assets.js';
import { buildReportView, countBySeverity, spanAgrees, speakerName, type ReportView, type SourceView } from './model.js';
import { excerpt, formatCount, formatPercent, plural } from './plain-text.js';
import { sameEventWords } from './text.js';
import type { HtmlRenderOptions } from './types.js';
import { assertRenderOptions, assertReport, assertSources, assertString, toSourceMap } from './validate.js';
import { diffSegments } from './word-diff.js';

const OPTION_CHECKS = { sources: assertSources, title: assertString };
const EXCERPT = 80;

/** A highlighted stretch of a source text. */
interface Highlight {
  readonly start: number;
  readonly end: number;
  /** Element id of the whole highlight, given to its first piece. */
  readonly id: string;
  readonly className: string;
  readonly tip: string;
  /** Element ids of the partners to highlight with it (quotes only). */
  readonly partners?: readonly string[];
  /** Shown before a matched quote: its pair number, linking to the first partner. */
  readonly label?: string;
  readonly quoteId?: string;
}

/**
 * The report as one self-contained HTML page: a summary header, the full texts side by
 * side with matched quotes highlighted in one colour per pair and linked to each other
 * (click, Enter or hover shows the partner), artefacts underlined with their message on
 * hover, divergence evidence marked, and tables of findings linking into the texts.
 * CSS and script are inline and a Content-Security-Policy forbids every network request.
 * All input text is escaped. Spans whose text does not match `sources` are listed but
 * not highlighted.
 *
 * @throws {TypeError} when `report` is not a report v1, an option has the wrong type, or
 *   `sources` lacks the text of one of the report's sources.
 */
export function renderHtml(report: Report, options: HtmlRenderOptions): string {
  assertReport(report);
  const checked = assertRenderOptions(options, OPTION_CHECKS) as Partial<HtmlRenderOptions>;
  if (checked.sources === undefined) throw invalidType('options.sources', 'the texts the report was made from', undefined);
  const texts = toSourceMap(checked.sources, 'options.sources');
  const missing = report.sources.filter((source) => !texts.has(source.id)).map((source) => source.id);
  if (missing.length > 0) {
    throw invalidType('options.sources', `a text for every source of the report (missing ${missing.join(', ')})`, checked.sources);
  }
  const view = buildReportView(report, texts, checked.title);
  const anchors = new Anchors(report);
  const highlights = collectHighlights(view, anchors);
  const columns = view.sources.map((source) => sourceColumn(source, highlights.bySource.get(source.id) ?? [])).join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="corroborate">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    header(view, highlights.skipped),
    `<main class="columns" style="--columns: ${Math.max(1, view.sources.length)}">`,
    columns,
    '</main>',
    '<section class="findings">',
    pairsSection(view, anchors),
    unmatchedSection(view, anchors),
    divergencesSection(view, anchors),
    artefactsSection(view, anchors),
    '</section>',
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Element ids made from positions in the report, never from input text, so they are
 * unique and safe whatever the caller's quote and source ids look like.
 */
class Anchors {
  private readonly quoteIndex: Map<string, number>;
  /** Evidence that is exactly a quote is shown by the quote's own highlight. */
  readonly evidenceAliases = new Map<string, string>();
  constructor(report: Report) {
    this.quoteIndex = new Map(report.quotes.map((quote, index) => [quote.id, index]));
  }
  quote(id: string): string | undefined {
    const index = this.quoteIndex.get(id);
    return index === undefined ? undefined : `q${index}`;
  }
  evidence(divergence: number, item: number): string {
    const own = `d${divergence}-e${item}`;
    return this.evidenceAliases.get(own) ?? own;
  }
  artefact(index: number): string {
    return `art${index}`;
  }
}

function collectHighlights(view: ReportView, anchors: Anchors): { bySource: Map<string, Highlight[]>; skipped: number } {
  const { report } = view;
  const bySource = new Map<string, Highlight[]>();
  let skipped = 0;
  const add = (sourceId: string, span: { start: number; end: number; text: string }, highlight: Highlight): void => {
    if (!spanAgrees(view.source(sourceId).text, span) || span.end <= span.start) {
      skipped++;
      return;
    }
    const list = bySource.get(sourceId) ?? [];
    list.push(highlight);
    bySource.set(sourceId, list);
  };

  const partners = new Map<string, Set<string>>();
  const pairOf = new Map<string, number>();
  for (const pair of view.pairs) {
    const [first, second] = pair.match.quotes;
    for (const [self, other] of [[first, second], [second, first]] as const) {
      const set = partners.get(self) ?? new Set<string>();
      set.add(other);
      partners.set(self, set);
      if (!pairOf.has(self)) pairOf.set(self, pair.number);
    }
  }
  // A divergence whose evidence is a whole quote (an omission, a rewording) is told in
  // the quote's own tooltip instead of underlining the quote a second time.
  const quoteAt = new Map(report.quotes.map((quote, index) => [`${quote.sourceId}\u0000${quote.start}\u0000${quote.end}`, index]));
  const notes = new Map<number, string[]>();
  report.divergences.forEach((divergence, d) =>
    divergence.evidence.forEach((span, e) => {
      const index = quoteAt.get(`${span.sourceId}\u0000${span.start}\u0000${span.end}`);
      if (index === undefined) return;
      anchors.evidenceAliases.set(`d${d}-e${e}`, `q${index}`);
      const list = notes.get(index) ?? [];
      const note = `${divergence.severity} · ${divergence.kind}: ${divergence.message}`;
      if (!list.includes(note)) list.push(note);
      notes.set(index, list);
    }),
  );
  report.quotes.forEach((quote, index) => {
    const pairNumber = pairOf.get(quote.id);
    const partnerIds = [...(partners.get(quote.id) ?? [])];
    const partnerAnchors = partnerIds.map((id) => anchors.quote(id)).filter((id): id is string => id !== undefined);
    const tip = [
      `${quote.id} · ${speakerName(quote)}${quote.cue ? ` (${quote.cue.text})` : ''}`,
      pairNumber === undefined ? 'No matching quote in the other report.' : `Pair #${pairNumber} with ${partnerIds.join(', ')}`,
      ...(notes.get(index) ?? []),
    ].join('\n');
    add(quote.sourceId, quote, {
      start: quote.start,
      end: quote.end,
      id: `q${index}`,
      className: pairNumber === undefined ? 'quote unmatched' : `quote pair-${(pairNumber - 1) % PAIR_COLOURS}`,
      tip,
      partners: partnerAnchors,
      quoteId: quote.id,
      ...(pairNumber === undefined ? {} : { label: String(pairNumber) }),
    });
  });
  report.divergences.forEach((divergence, d) =>
    divergence.evidence.forEach((span, e) => {
      if (anchors.evidenceAliases.has(`d${d}-e${e}`)) return;
      add(span.sourceId, span, {
        start: span.start,
        end: span.end,
        id: anchors.evidence(d, e),
        className: `evidence sev-${cssToken(divergence.severity)}`,
        tip: `${divergence.severity} · ${divergence.kind}: ${divergence.message}`,
      });
    }),
  );
  report.artefacts.forEach((artefact, index) => {
    const suggestion = artefact.suggestion ?? artefact.expected[0];
    add(artefact.sourceId, artefact, {
      start: artefact.start,
      end: artefact.end,
      id: anchors.artefact(index),
      className: `artefact sev-${cssToken(artefact.severity)}`,
      tip: `${artefact.severity} · ${artefact.ruleId}: ${artefact.message}${suggestion === undefined ? '' : `\nSuggestion: ${suggestion}`}`,
    });
  });
  return { bySource, skipped };
}

/** A severity as a class-name fragment; anything unexpected becomes `other`. */
function cssToken(value: string): string {
  return value === 'error' || value === 'warning' || value === 'info' ? value : 'other';
}

function sourceColumn(source: SourceView, highlights: readonly Highlight[]): string {
  const summary = source.summary;
  const facts = summary ? `${plural(summary.length, 'character')} · ${plural(summary.sentences, 'sentence')}` : '';
  const title = source.label === source.id ? '' : ` — ${escapeHtml(source.label)}`;
  return [
    `<section class="source" aria-label="Report ${escapeHtml(source.id)}">`,
    `<h2>${escapeHtml(source.id)}${title}<small>${escapeHtml(facts)}</small></h2>`,
    `<div class="text">${annotate(source.text ?? '', highlights)}</div>`,
    '</section>',
  ].join('\n');
}

/**
 * The text with its highlights as nested elements. Quotes are the outer layer (one
 * `<mark>` each; a quote overlapping an earlier one is left out rather than breaking the
 * nesting). Artefacts and evidence may overlap anything, so the text is cut at every
 * boundary and each piece is wrapped in one `<span>` per highlight covering it; the first
 * piece of a highlight carries its id, so links land on it.
 */
function annotate(text: string, highlights: readonly Highlight[]): string {
  const quotes: Highlight[] = [];
  for (const quote of highlights.filter((h) => h.quoteId !== undefined).sort((x, y) => x.start - y.start || y.end - x.end)) {
    const last = quotes[quotes.length - 1];
    if (!last || quote.start >= last.end) quotes.push(quote);
  }
  const marks = highlights.filter((h) => h.quoteId === undefined).sort((x, y) => x.start - y.start || y.end - x.end);
  const cuts = new Set<number>([0, text.length]);
  for (const h of [...quotes, ...marks]) {
    cuts.add(snap(text, h.start));
    cuts.add(snap(text, h.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const opened = new Set<Highlight>();
  const out: string[] = [];
  let quoteIndex = 0;
  let open: Highlight | undefined;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const quote = quotes[quoteIndex];
    if (!open && quote && snap(text, quote.start) === from) {
      open = quote;
      out.push(openQuote(quote));
    }
    let piece = escapeHtml(text.slice(from, to));
    const covering = marks.filter((m) => snap(text, m.start) <= from && snap(text, m.end) >= to);
    for (const mark of [...covering].reverse()) {
      const id = opened.has(mark) ? '' : ` id="${mark.id}"`;
      opened.add(mark);
      piece = `<span class="${mark.className}"${id} title="${escapeHtml(mark.tip)}">${piece}</span>`;
    }
    out.push(piece);
    if (open && snap(text, open.end) === to) {
      out.push('</mark>');
      open = undefined;
      quoteIndex++;
    }
  }
  if (open) out.push('</mark>');
  return out.join('');
}

function openQuote(quote: Highlight): string {
  const partners = quote.partners ?? [];
  const label = quote.label !== undefined && partners[0] !== undefined
    ? `<sup class="pair-number"><a href="#${partners[0]}" title="Go to the matching quote">${escapeHtml(quote.label)}</a></sup>`
    : '';
  // The pair number stands just before the quote, outside it, so that a click on the quote
  // itself always pins the pair rather than following the number's link.
  return (
    `${label}<mark class="${quote.className}" id="${quote.id}" data-quote="${escapeHtml(quote.quoteId ?? '')}" data-partners="${partners.join(' ')}" ` +
    `tabindex="0" title="${escapeHtml(quote.tip)}">`
  );
}

/** Moves an offset off the middle of a surrogate pair, so no piece holds half a character. */
function snap(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, offset));
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? at + 1 : at;
}

function header(view: ReportView, skipped: number): string {
  const { report } = view;
  const divergences = countBySeverity(view.divergences);
  const artefacts = countBySeverity(view.artefacts);
  const stats: string[] = [];
  if (view.sources.length >= 2) {
    stats.push(`Same event: <strong>${formatPercent(report.event.sameEvent)}</strong> (${escapeHtml(sameEventWords(report.event.sameEvent))})`);
    stats.push(report.summary.alignment === 'parallel' ? 'two translations of one text' : 'independent reports');
    stats.push(`<strong>${view.pairs.length}</strong> matched quote pairs`);
    stats.push(`<strong>${view.divergences.length}</strong> divergences (${divergences.error} error, ${divergences.warning} warning, ${divergences.info} info)`);
  }
  stats.push(`<strong>${view.artefacts.length}</strong> artefacts (${artefacts.error} error, ${artefacts.warning} warning, ${artefacts.info} info)`);
  const shared = [...report.event.participants, ...report.event.places, ...report.event.dates];
  const notices: string[] = [];
  if (report.truncated) notices.push('A limit cut the work short; this report is partial.');
  if (skipped > 0) notices.push(`${plural(skipped, 'span')} in the report do not match the texts given and are not highlighted.`);
  return [
    '<header class="summary">',
    `<h1>${escapeHtml(view.title)}</h1>`,
    `<ul class="stats">${stats.map((stat) => `<li>${stat}</li>`).join('')}</ul>`,
    shared.length > 0 ? `<p class="stats">In both: ${escapeHtml(shared.join(', '))}</p>` : '',
    ...notices.map((notice) => `<p class="notice">${escapeHtml(notice)}</p>`),
    '<div class="legend"><span><mark class="swatch pair-0">matched quote</mark> same colour as its partner; click to show it</span>' +
      '<span><mark class="swatch unmatched">quote in one report only</mark></span>' +
      '<span><span class="artefact sev-warning">translation artefact</span> hover for the message</span>' +
      '<span><span class="evidence sev-error">divergence evidence</span></span></div>',
    '</header>',
  ].join('\n');
}

function whereLink(view: ReportView, href: string | undefined, sourceId: string, offset: number, className = ''): string {
  const where = escapeHtml(view.where(sourceId, offset));
  return href === undefined ? where : `<a href="#${href}"${className ? ` class="${className}"` : ''}>${where}</a>`;
}

function pairsSection(view: ReportView, anchors: Anchors): string {
  if (view.sources.length < 2 && view.pairs.length === 0) return '';
  const items = view.pairs.map((pair) => {
    const colour = `chip pair-${(pair.number - 1) % PAIR_COLOURS}`;
    const side = (quote: Quote | undefined, id: string): string =>
      quote
        ? `${whereLink(view, anchors.quote(quote.id), quote.sourceId, quote.start, colour)} <strong>${escapeHtml(speakerName(quote))}</strong>`
        : escapeHtml(id);
    const diff = diffSegments(pair.match.diff)
      .map((segment) => {
        const text = escapeHtml(segment.text);
        return segment.kind === 'equal' ? text : segment.kind === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
      })
      .join('');
    const divergences = pair.divergences
      .map((d) => `<span class="sev ${cssToken(d.severity)}">${escapeHtml(d.severity)}</span> ${escapeHtml(d.kind)}`)
      .join(' · ');
    return [
      `<li id="pair-${pair.number}">`,
      `<div class="pair-head"><strong>#${pair.number}</strong> ${side(pair.a, pair.match.quotes[0])} ↔ ${side(pair.b, pair.match.quotes[1])}`,
      `<span>${escapeHtml(pair.match.relation)} · similarity ${pair.match.similarity.toFixed(2)}</span>${divergences ? `<span>${divergences}</span>` : ''}</div>`,
      `<p class="diff">${diff || escapeHtml(pair.b?.text ?? pair.a?.text ?? '')}</p>`,
      '</li>',
    ].join('');
  });
  const body = items.length > 0 ? `<ol class="pairs">${items.join('\n')}</ol>` : '<p class="none">No quote appears in both reports.</p>';
  return `<h2>Matched quotes (${view.pairs.length})</h2>\n${body}`;
}

function unmatchedSection(view: ReportView, anchors: Anchors): string {
  if (view.sources.length < 2 || view.unmatched.length === 0) return '';
  const rows = view.unmatched.map(
    (quote) =>
      `<tr><td class="where">${whereLink(view, anchors.quote(quote.id), quote.sourceId, quote.start)}</td>` +
      `<td>${escapeHtml(speakerName(quote))}</td><td>${escapeHtml(quote.kind)}</td><td>“${escapeHtml(excerpt(quote.text, EXCERPT * 2))}”</td></tr>`,
  );
  return `<h2>Quotes in one report only (${view.unmatched.length})</h2>\n<table><thead><tr><th>where</th><th>speaker</th><th>kind</th><th>quote</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function divergencesSection(view: ReportView, anchors: Anchors): string {
  if (view.sources.length < 2 && view.divergences.length === 0) return '';
  const indexOf = new Map(view.report.divergences.map((divergence, index) => [divergence, index]));
  const rows = view.divergences.map((divergence) => {
    const d = indexOf.get(divergence) ?? 0;
    const evidence = divergence.evidence
      .map((span, e) => `${whereLink(view, anchors.evidence(d, e), span.sourceId, span.start)} “${escapeHtml(excerpt(span.text, EXCERPT))}”`)
      .join('<br>');
    return (
      `<tr><td><span class="sev ${cssToken(divergence.severity)}">${escapeHtml(divergence.severity)}</span></td>` +
      `<td>${escapeHtml(divergence.kind)}</td><td>${escapeHtml(divergence.message)}</td><td class="evidence-list">${evidence}</td></tr>`
    );
  });
  const body = rows.length > 0
    ? `<table><thead><tr><th>severity</th><th>kind</th><th>message</th><th>evidence</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="none">No divergences.</p>';
  return `<h2>Divergences (${view.divergences.length})</h2>\n${body}`;
}

function artefactsSection(view: ReportView, anchors: Anchors): string {
  const indexOf = new Map(view.report.artefacts.map((artefact, index) => [artefact, index]));
  const rows = view.artefacts.map((artefact) => {
    const suggestion = artefact.suggestion ?? artefact.expected[0];
    return (
      `<tr><td class="where">${whereLink(view, anchors.artefact(indexOf.get(artefact) ?? 0), artefact.sourceId, artefact.start)}</td>` +
      `<td><span class="sev ${cssToken(artefact.severity)}">${escapeHtml(artefact.severity)}</span></td>` +
      `<td><code>${escapeHtml(artefact.ruleId)}</code></td><td>“${escapeHtml(excerpt(artefact.text, EXCERPT))}”</td>` +
      `<td>${suggestion === undefined ? '' : escapeHtml(suggestion)}</td><td>${escapeHtml(artefact.message)}</td></tr>`
    );
  });
  const body = rows.length > 0
    ? `<table><thead><tr><th>where</th><th>severity</th><th>rule</th><th>found</th><th>suggestion</th><th>message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="none">No translation artefacts found.</p>';
  return `<h2>Artefacts (${formatCount(view.artefacts.length)})</h2>\n${body}`;
}
