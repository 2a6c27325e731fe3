import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/report/render/index.js';
import { buildReport } from './build-report.js';
import { tables } from './markdown-tables.js';
import { loadFixture } from './fixtures.js';

describe('renderMarkdown', () => {
  const strike = loadFixture('port-strike');

  it('renders the port-strike report as expected', async () => {
    await expect(renderMarkdown(strike.report, { sources: strike.texts })).toMatchFileSnapshot(`${strike.dir}expected.md`);
  });

  it('puts pairs, divergences and artefacts in tables with positions and an inline diff', () => {
    const md = renderMarkdown(strike.report, { sources: strike.texts });
    const [summary, pairs, unmatched, divergences, artefacts] = tables(md);
    expect(summary![2]).toEqual(['`a`', '', '309', '4', '3', '2']);
    expect(pairs![2]).toEqual([
      '1',
      '**Marta Rossi** (announced)<br>`a 1:70`',
      '**the city council** (said)<br>`b 1:27`',
      'partial (0.55)',
      '<del>will reopen</del> within <del>three</del><ins>five</ins> days',
      '🛑 error number<br>⚠️ warning attribution',
    ]);
    expect(unmatched).toHaveLength(4);
    expect(divergences![2]![0]).toBe('🛑 error');
    expect(artefacts![4]).toEqual(['`b 3:128`', '⚠️ warning', '`false-friend`', '“preoccupied”', 'worried', 'False friend of Italian "preoccupato": probably "worried".']);
  });

  it('escapes pipes, backticks, emphasis, HTML and @mentions in input text', () => {
    const texts = {
      a: 'The envoy said: "a | b `code` *bold* _it_ <b>tag</b> & @octocat [link](http://x) $x$ ~~s~~". Fine.',
      b: 'She said: "a | b code bold".',
    };
    const report = buildReport({
      texts,
      quotes: [
        { id: 'a:q1', source: 'a', text: 'a | b `code` *bold* _it_ <b>tag</b> & @octocat [link](http://x) $x$ ~~s~~', speaker: { name: 'The | envoy', mention: 'The envoy' } },
        { id: 'b:q1', source: 'b', text: 'a | b code bold', speaker: { name: 'She' } },
      ],
      matches: [{ quotes: ['a:q1', 'b:q1'], relation: 'partial', similarity: 0.4 }],
      artefacts: [{ source: 'a', text: '`code`', ruleId: 'typo|graphy', family: 'typography', severity: 'info', message: 'Backticks `here` | *bold* and <script>alert(1)</script>' }],
    });
    const md = renderMarkdown(report, { sources: texts });
    // Every row of every table has as many cells as its header: no stray pipe split a cell.
    for (const table of tables(md)) for (const row of table) expect(row).toHaveLength(table[0]!.length);
    expect(md).not.toMatch(/<(?!\/?(?:br|del|ins|details|summary|strong)>)[a-z]/iu);
    expect(md).not.toContain('@octocat');
    expect(md).toContain('@\u200Boctocat');
    expect(md).toContain('Backticks \\`here\\` \\| \\*bold\\* and &lt;script&gt;');
    expect(md).toContain('**The \\| envoy**');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\$x\\$');
    expect(md).toContain('`typo\\|graphy`');
  });

  it('escapeMarkdown keeps ordinary prose readable', () => {
    expect(escapeMarkdown('Stoltenberg said: "It (the talks) went well." 100% sure.')).toBe('Stoltenberg said: "It (the talks) went well." 100% sure.');
    expect(escapeMarkdown('line\nbreak\r\nand\ttab')).toBe('line break and tab');
  });

  it('folds long sections into <details>', () => {
    const folded = renderMarkdown(strike.report, { sources: strike.texts, collapseAfter: 2 });
    expect(folded).toContain('<details>\n<summary><strong>Divergences (4)</strong></summary>');
    expect(folded).toContain('<summary><strong>Artefacts (3)</strong></summary>');
    expect(folded).toContain('### Matched quotes (2)');
    expect(folded.match(/<details>/gu)).toHaveLength(folded.match(/<\/details>/gu)!.length);
  });

  it('throws typed errors naming the bad argument', () => {
    expect(() => renderMarkdown('report' as never)).toThrow(/`report`/u);
    expect(() => renderMarkdown(strike.report, { collapse: 3 } as never)).toThrow(/options\.collapse/u);
  });
});
