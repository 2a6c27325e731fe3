import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateTypeError } from '../../src/errors.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/report/render/index.js';
import { buildReport } from './build-report.js';
import { loadFixture } from './fixtures.js';

// Structure and escaping without a browser; the behaviour in a browser is in test/browser.
describe('renderHtml', () => {
  const strike = loadFixture('port-strike');
  const html = renderHtml(strike.report, { sources: strike.texts });

  it('is one self-contained page: inline CSS and script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/u);
    expect(html).not.toMatch(/@import|url\(|https?:\/\//u);
    expect(html.match(/<script>/gu)).toHaveLength(1);
    expect(html.match(/<style>/gu)).toHaveLength(1);
  });

  it('marks each quote once, with its partner and its pair colour', () => {
    expect(html.match(/<mark class="quote /gu)).toHaveLength(6);
    expect(html).toMatch(/<mark class="quote pair-0" id="q0" data-quote="a:q1" data-partners="q3"/u);
    expect(html).toMatch(/<mark class="quote pair-0" id="q3" data-quote="b:q1" data-partners="q0"/u);
    expect(html).toMatch(/<mark class="quote unmatched" id="q2" data-quote="a:q3" data-partners=""/u);
  });

  it('underlines artefacts with their message as a title', () => {
    expect(html).toContain('<span class="artefact sev-warning" id="art2" title="warning · false-friend: False friend of Italian &quot;preoccupato&quot;: probably &quot;worried&quot;.\nSuggestion: worried">preoccupied</span>');
  });

  it('nests overlapping highlights without breaking the text', () => {
    // The calque artefact lies inside the unmatched quote and overlaps an omission's evidence.
    const column = html.slice(html.indexOf('aria-label="Report a"'), html.indexOf('aria-label="Report b"'));
    const text = column.slice(column.indexOf('<div class="text">') + 18, column.indexOf('</div>'));
    const plain = text.replace(/<sup[^>]*>.*?<\/sup>/gu, '').replace(/<[^>]+>/gu, '').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
    expect(plain).toBe(strike.texts.a);
  });

  it('lists spans that do not match the texts instead of highlighting them wrongly', () => {
    const shifted = { a: ` ${strike.texts.a}`, b: strike.texts.b! };
    const page = renderHtml(strike.report, { sources: shifted });
    expect(page).toMatch(/<p class="notice">\d+ spans in the report do not match the texts given/u);
    expect(page.match(/<mark class="quote /gu)).toHaveLength(3);
  });

  it('requires the texts of every source', () => {
    expect(() => renderHtml(strike.report, undefined as never)).toThrow(CorroborateTypeError);
    expect(() => renderHtml(strike.report, { sources: { a: strike.texts.a! } })).toThrow(/options\.sources.*missing b/u);
  });
});

describe('renderers take any text as data', () => {
  it('never throw and never let input become markup', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (a, b, x, y) => {
        const texts = { a, b };
        const cut = (s: string, n: number): [number, number] => {
          const start = s.length === 0 ? 0 : n % s.length;
          return [start, Math.min(s.length, start + 1 + (n % 7))];
        };
        const [as, ae] = cut(a, x);
        const [bs, be] = cut(b, y);
        const report = buildReport({
          texts,
          quotes: [
            { id: 'a:q1', source: 'a', text: a.slice(as, ae) },
            { id: 'b:q1', source: 'b', text: b.slice(bs, be) },
          ],
          matches: [{ quotes: ['a:q1', 'b:q1'], relation: 'partial', similarity: 0.3 }],
          artefacts: a.length > 0 ? [{ source: 'a', text: a.slice(0, 1), ruleId: 'non-word', family: 'non-word', severity: 'info', message: a }] : [],
        });
        renderText(report, { sources: texts, color: true });
        renderMarkdown(report, { sources: texts });
        const page = renderHtml(report, { sources: texts });
        expect(page.match(/<script>/gu)).toHaveLength(1);
        expect(page).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
      }),
      { numRuns: 80 },
    );
  });
});
