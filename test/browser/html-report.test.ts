import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compare } from '../../src/index.js';
import { renderHtml } from '../../src/report/render/index.js';
import type { Report } from '../../src/report/types.js';
import { PROJECT_ROOT, SEED_A, SEED_B } from '../helpers/seeds.js';
import { buildReport } from '../render/build-report.js';
import { hasChromium, openBrowser } from './chromium.js';

// Opens the HTML report in headless Debian Chromium and checks what a reader relies on:
// the highlights and links exist, a click or hover on a quote lights up its partner,
// artefacts explain themselves on hover, and hostile input text stays text.

const fixture = (name: string): string => readFileSync(`${PROJECT_ROOT}fixtures/reports/port-strike/${name}`, 'utf8');
const texts = { a: fixture('a.txt'), b: fixture('b.txt') };
const report = JSON.parse(fixture('report.json')) as Report;
// The project compiles without the DOM library; these are the few browser APIs the page
// functions below use (they run in Chromium, not in Node).
interface BrowserNode {
  cloneNode(deep: boolean): BrowserNode;
  querySelectorAll(selector: string): { forEach(each: (node: BrowserNode) => void): void };
  remove(): void;
  textContent: string | null;
}
type BrowserGlobal = { getComputedStyle(element: unknown): { backgroundColor: string; textDecorationStyle: string } };

const SCREENSHOTS = `${PROJECT_ROOT}.ci/results/screenshots/`;

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: CI must install the Debian chromium package (see .ci/run).');
}
if (!hasChromium) {
  console.warn('Skipping the browser tests: /usr/bin/chromium is missing (apt-get install -y chromium).');
}

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
    page.on('request', (request) => requests.push(request.url()));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(renderHtml(report, { sources: texts }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every quote, matched ones in the colour of their partner', async () => {
    expect(await page.locator('mark.quote').count()).toBe(6);
    expect(await page.locator('mark.quote.unmatched').count()).toBe(2);
    const background = (quoteId: string): Promise<string> =>
      page.locator(`mark[data-quote="${quoteId}"]`).evaluate((el) => (globalThis as unknown as BrowserGlobal).getComputedStyle(el).backgroundColor);
    expect(await background('a:q1')).toBe(await background('b:q1'));
    expect(await background('a:q2')).toBe(await background('b:q2'));
    expect(await background('a:q1')).not.toBe(await background('a:q2'));
  });

  it('links matched quotes to each other and every internal link lands on an element', async () => {
    const partnerOfA1 = await page.locator('mark[data-quote="a:q1"]').getAttribute('data-partners');
    const b1 = await page.locator('mark[data-quote="b:q1"]').getAttribute('id');
    expect(partnerOfA1).toBe(b1);
    const hrefs = await page.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  });

  it('clicking a quote highlights its partner in the other column', async () => {
    await page.click('mark[data-quote="a:q1"]');
    expect(await page.locator('mark[data-quote="a:q1"]').getAttribute('class')).toContain('active');
    expect(await page.locator('mark[data-quote="b:q1"]').getAttribute('class')).toContain('partner');
    expect(await page.locator('mark.partner').count()).toBe(1);
    await page.click('mark[data-quote="b:q2"]');
    expect(await page.locator('mark[data-quote="a:q2"]').getAttribute('class')).toContain('partner');
    expect(await page.locator('mark[data-quote="b:q1"]').getAttribute('class')).not.toContain('partner');
  });

  it('hovering a quote highlights its partner', async () => {
    await page.hover('mark[data-quote="b:q1"]');
    expect(await page.locator('mark[data-quote="a:q1"]').getAttribute('class')).toContain('hover-partner');
  });

  it('underlines artefacts and shows their message on hover', async () => {
    const artefacts = page.locator('.text .artefact');
    expect(await artefacts.count()).toBe(3);
    const underline = await artefacts.first().evaluate((el) => (globalThis as unknown as BrowserGlobal).getComputedStyle(el).textDecorationStyle);
    expect(underline).toBe('wavy');
    const falseFriend = page.locator('.text .artefact', { hasText: 'preoccupied' });
    expect(await falseFriend.getAttribute('data-tip')).toContain('probably "worried"');
    await falseFriend.hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain('False friend of Italian');
  });

  it('lists the divergences and artefacts, and makes no network request', async () => {
    expect(await page.locator('section.findings tbody tr').count()).toBe(2 + 4 + 3);
    // 7 evidence spans; the omission's is the whole unmatched quote, which tells it itself.
    expect(await page.locator('.text .evidence').count()).toBe(6);
    const omission = page.locator('tr', { hasText: 'Only a quotes the prefecture.' }).locator('a');
    expect(await omission.getAttribute('href')).toBe(`#${await page.locator('mark[data-quote="a:q3"]').getAttribute('id')}`);
    expect(await page.locator('mark[data-quote="a:q3"]').getAttribute('data-tip')).toContain('info · omission: Only a quotes the prefecture.');
    expect(requests).toEqual([]);
  });

  it('looks readable (screenshot for a human in .ci/results/screenshots/)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.click('mark[data-quote="a:q1"]');
    await page.hover('.text .artefact >> nth=0');
    const png = await page.screenshot({ path: `${SCREENSHOTS}html-report.png`, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('keeps hostile input text inert', async () => {
    const payload = {
      a: 'The envoy said: "<script>window.__pwned = 1</script> we will <img src=x onerror="window.__pwned = 2"> talk".\nEnd & "more" \'quoted\' </div></main>',
      b: 'According to her, "we will talk <b onmouseover=alert(1)>soon</b>". The </textarea><svg onload=window.__pwned=3> end.',
    };
    const hostile = buildReport({
      texts: payload,
      quotes: [
        { id: 'a:"><script>window.__pwned=4</script>', source: 'a', text: '<script>window.__pwned = 1</script> we will <img src=x onerror="window.__pwned = 2"> talk', speaker: { name: '<i>The envoy</i>', mention: 'The envoy' } },
        { id: "b:q1' onclick='window.__pwned=5", source: 'b', text: 'we will talk <b onmouseover=alert(1)>soon</b>', speaker: { name: 'her' } },
      ],
      matches: [{ quotes: ['a:"><script>window.__pwned=4</script>', "b:q1' onclick='window.__pwned=5"], relation: 'partial', similarity: 0.5 }],
      artefacts: [{ source: 'b', text: '<svg onload=window.__pwned=3>', ruleId: 'non-word<script>', family: 'non-word', severity: 'warning', message: '</span><script>window.__pwned = 6</script>' }],
      divergences: [{ id: 'd1', kind: 'wording', severity: 'info', message: '<img src=x onerror=window.__pwned=7>', evidence: [{ source: 'a', text: 'End & "more"' }] }],
    });
    const html = renderHtml(hostile, { sources: payload, title: '</title><script>window.__pwned = 8</script>' });
    const hostilePage = await browser.context.newPage();
    await hostilePage.setContent(html);
    await hostilePage.click('mark.quote >> nth=0');
    await hostilePage.hover('.text .artefact');
    expect(await hostilePage.evaluate('window.__pwned')).toBeUndefined();
    expect(await hostilePage.locator('script').count()).toBe(1);
    expect(await hostilePage.locator('img, svg, b, i, textarea').count()).toBe(0);
    // Each column shows its text exactly (pair numbers aside; the parser folds CRLF).
    const shown = await hostilePage.locator('.text').evaluateAll((columns) =>
      columns.map((column) => {
        const copy = (column as unknown as BrowserNode).cloneNode(true);
        copy.querySelectorAll('sup').forEach((sup) => sup.remove());
        return copy.textContent;
      }),
    );
    expect(shown).toEqual([payload.a, payload.b]);
    expect(await hostilePage.title()).toBe('</title><script>window.__pwned = 8</script>');
    await hostilePage.close();
  });

  it('shows the seeds report: every quote highlighted, partners linked (screenshot)', async () => {
    const seeds = await compare(SEED_A, SEED_B, { sourceLanguage: 'it' });
    const seedPage = await browser.context.newPage();
    await seedPage.setViewportSize({ width: 1400, height: 1000 });
    await seedPage.setContent(
      renderHtml(seeds, { sources: [{ id: 'a', text: SEED_A, title: '000_a2ea2070e34a3aee.txt' }, { id: 'b', text: SEED_B, title: '001_b79af259a0fd826f.txt' }] }),
    );
    expect(await seedPage.locator('.text mark.quote').count()).toBe(seeds.quotes.length);
    const [first, second] = seeds.quoteMatches[0]!.quotes;
    await seedPage.click(`mark[data-quote="${first}"]`);
    expect(await seedPage.locator(`mark[data-quote="${second}"]`).getAttribute('class')).toContain('partner');
    expect(await seedPage.locator('.text .artefact').count()).toBe(seeds.artefacts.length);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await seedPage.screenshot({ path: `${SCREENSHOTS}html-report-seeds.png`, fullPage: false });
    await seedPage.close();
  });
});
