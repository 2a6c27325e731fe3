import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { CorroborateTypeError } from '../../src/errors.js';
import { renderText } from '../../src/report/render/index.js';
import { buildReport } from './build-report.js';
import { loadFixture } from './fixtures.js';

const ESC = '\u001b';
const strip = (text: string): string => text.replace(/\u001b\[[0-9;]*m/gu, '');

describe('renderText', () => {
  const strike = loadFixture('port-strike');

  it('renders the port-strike report as expected', async () => {
    await expect(renderText(strike.report, { sources: strike.texts })).toMatchFileSnapshot(`${strike.dir}expected.txt`);
  });

  it('shows each pair with both speakers and an inline word diff', () => {
    const out = renderText(strike.report, { sources: strike.texts });
    expect(out).toContain('#1  a:q1 ↔ b:q1 · partial · similarity 0.55');
    expect(out).toMatch(/a 1:70 +Marta Rossi \(announced\)/u);
    expect(out).toMatch(/b 1:27 +the city council \(said\)/u);
    expect(out).toContain('[-will reopen-] within [-three-]{+five+} days');
    expect(out).toContain('We [-have-]{+were+} not [-been-] consulted{+.+}');
  });

  it('orders sections: pairs, one-sided quotes, other divergences, artefacts', () => {
    const out = renderText(strike.report, { sources: strike.texts });
    const order = ['Matched quotes (2)', 'Quotes only in a (1)', 'Quotes only in b (1)', 'Other divergences (0 of 4)', 'Artefacts (3)'].map((h) => out.indexOf(h));
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
    // Shown once: under their pair, or as the one-sided quote an omission is about.
    expect(out).toContain('(3 shown with their quote pairs; 1 omission listed as quotes in one report only)');
    expect(out.match(/The delay differs/gu)).toHaveLength(1);
    expect(out).not.toContain('Only a quotes the prefecture.');
  });

  it('lists divergences not tied to a pair, most severe first', () => {
    const texts = { a: 'Anna Weber said she would resign on Monday. Talks were held in Rome.', b: 'Anna Weber said he would resign on Tuesday. Talks were held in Milan.' };
    const report = buildReport({
      texts,
      divergences: [
        { id: 'd1', kind: 'pronoun', severity: 'warning', message: 'Anna Weber is "she" in a but "he" in b.', evidence: [{ source: 'a', text: 'she' }, { source: 'b', text: 'he', after: 'said ' }] },
        { id: 'd2', kind: 'entity', severity: 'info', message: 'The place differs: Rome (a) vs Milan (b).', evidence: [{ source: 'a', text: 'Rome' }, { source: 'b', text: 'Milan' }] },
        { id: 'd3', kind: 'date', severity: 'error', message: 'The day differs: Monday (a) vs Tuesday (b).', evidence: [{ source: 'a', text: 'Monday' }, { source: 'b', text: 'Tuesday' }] },
      ],
    });
    const out = renderText(report, { sources: texts });
    const section = out.slice(out.indexOf('Divergences (3)'), out.indexOf('Artefacts'));
    expect(section).toMatch(/error +date +The day differs: Monday \(a\) vs Tuesday \(b\)\.\n +a 1:37 “Monday” · b 1:36 “Tuesday”/u);
    expect(section.indexOf('error')).toBeLessThan(section.indexOf('warning'));
    expect(section.indexOf('warning')).toBeLessThan(section.indexOf('info'));
  });

  it('gives artefacts line:column positions that agree with the document model (CRLF text)', () => {
    const { report, texts } = loadFixture('check-crlf');
    const out = renderText(report, { sources: texts });
    const doc = createDocument(texts.notes!);
    for (const artefact of report.artefacts) {
      const { line, column } = doc.lineColumn(artefact.start);
      expect(out).toContain(`notes ${line}:${column}`);
    }
    expect(out).toMatch(/notes 4:55 +error +non-word +“de-escalaton” → de-escalation/u);
    // A lone quote mark is shown bare with its code point, not lost inside more quotes.
    expect(out).toContain('“ (U+201C)');
  });

  it('falls back to offsets without the source texts', () => {
    const out = renderText(strike.report);
    expect(out).toContain('b @241');
    expect(out).not.toMatch(/b 3:128/u);
  });

  it('colours only when asked, and then uses colour instead of diff markers', () => {
    const plain = renderText(strike.report, { sources: strike.texts });
    expect(plain).not.toContain(ESC);
    const coloured = renderText(strike.report, { sources: strike.texts, color: true });
    expect(coloured).toContain(`${ESC}[31m`);
    expect(coloured).toContain(`${ESC}[32m`);
    expect(coloured).not.toContain('[-');
    expect(strip(coloured)).toContain('within threefive days');
  });

  it('wraps at the given width, keeping continuation lines indented', () => {
    const out = renderText(strike.report, { sources: strike.texts, width: 60 });
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    const unwrapped = renderText(strike.report, { sources: strike.texts, width: 0 });
    expect(unwrapped.split('\n').some((line) => line.length > 100)).toBe(true);
  });

  it('keeps terminal control characters in the input from reaching the terminal', () => {
    const texts = { a: `He said: "stop \u001b[2J now\u0007 \uD800 please".`, b: 'She said: "stop now please".' };
    const report = buildReport({
      texts,
      quotes: [
        { id: 'a:q1', source: 'a', text: 'stop \u001b[2J now\u0007 \uD800 please', speaker: { name: 'He', mention: 'He' } },
        { id: 'b:q1', source: 'b', text: 'stop now please', speaker: { name: 'She', mention: 'She' } },
      ],
      matches: [{ quotes: ['a:q1', 'b:q1'], relation: 'equivalent', similarity: 0.9 }],
    });
    for (const color of [false, true]) {
      const out = strip(renderText(report, { sources: texts, color }));
      expect(out).not.toContain(ESC);
      expect(out).not.toContain('\u0007');
      expect(out).not.toMatch(/[\uD800-\uDFFF]/u);
    }
  });

  it('renders an empty report and a one-source report', () => {
    const empty = renderText(buildReport({ texts: { a: '', b: '' } }));
    expect(empty).toContain('Matched quotes (0)');
    expect(empty).toContain('Artefacts (0)\n  none');
    const single = renderText(loadFixture('check-crlf').report);
    expect(single).not.toContain('Matched quotes');
    expect(single).toContain('Artefacts (3)');
  });

  it('throws typed errors naming the bad argument', () => {
    expect(() => renderText(null as never)).toThrow(CorroborateTypeError);
    expect(() => renderText({ schemaVersion: 2 } as never)).toThrow(/report\.schemaVersion/u);
    expect(() => renderText(strike.report, { colour: true } as never)).toThrow(/options\.colour/u);
    expect(() => renderText(strike.report, { color: 'yes' } as never)).toThrow(/options\.color/u);
    expect(() => renderText(strike.report, { sources: [{ id: 'a' }] } as never)).toThrow(/options\.sources\[0\]\.text/u);
    expect(() => renderText(strike.report, { width: -1 })).toThrow(/options\.width/u);
  });
});
