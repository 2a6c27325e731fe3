import { describe, expect, it } from 'vitest';
import { spansOf } from './build-report.js';
import { FIXTURE_NAMES, loadFixture } from './fixtures.js';

// The hand-built reports are only useful as targets if they keep the contract's promise.
describe.each(FIXTURE_NAMES)('fixture %s', (name) => {
  const { report, texts } = loadFixture(name);

  it('every span is exactly its source text at its offsets', () => {
    const wrong = spansOf(report)
      .filter(({ span }) => texts[span.sourceId]?.slice(span.start, span.end) !== span.text)
      .map(({ path }) => path);
    expect(wrong).toEqual([]);
  });

  it('source lengths and quote counts agree with the texts', () => {
    for (const source of report.sources) {
      expect(source.length).toBe(texts[source.id]!.length);
      expect(report.summary.quotes[source.id]).toBe(report.quotes.filter((q) => q.sourceId === source.id).length);
    }
  });
});
