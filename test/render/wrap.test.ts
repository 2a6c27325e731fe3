import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/report/render/wrap.js';

const lines = (text: string, width: number): string[] => wrap([{ text }], { width, firstIndent: '', indent: '  ', color: false });

describe('wrap', () => {
  it('breaks at spaces and indents continuation lines', () => {
    expect(lines('one two three four', 9)).toEqual(['one two', '  three', '  four']);
  });

  it('never ends a line on a bare count or a · separator', () => {
    // Width 24 would end the first line on "·" and the second on "0".
    expect(lines('Found: 2 clusters · 33 divergences · 0 artefacts', 24)).toEqual([
      'Found: 2 clusters',
      '  · 33 divergences',
      '  · 0 artefacts',
    ]);
    for (const width of [10, 14, 18, 22, 30]) {
      for (const line of lines('Found: 2 clusters · 33 divergences · 0 artefacts', width)) {
        expect(line, `width ${width}`).not.toMatch(/(?:^|\s)(?:\d+|·)$/u);
        expect(line.length, `width ${width}`).toBeLessThanOrEqual(Math.max(width, 'divergences'.length + 7));
      }
    }
  });

  it('keeps every character of the text, gaps included', () => {
    const text = 'a  12 b · c 3.5 d';
    expect(lines(text, 0)).toEqual([text]);
    expect(lines(text, 6).map((line) => line.trim()).join(' ').replace(/\s+/gu, ' ')).toBe(text.replace(/\s+/gu, ' '));
  });
});
