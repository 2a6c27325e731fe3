import { describe, expect, it } from 'vitest';
import { compare } from '../../src/report/compare.js';
import { badSpans, divergence } from './helpers.js';

// Two renderings of one invented police dispatch. Four sentences keep most of their words;
// the third is reworded so far that only a reader can tell whether it says the same.
const FERRY_A = `The ferry from Split reached the harbour of Ancona two hours late on Friday evening.
Its captain reported engine trouble shortly after leaving the Croatian coast.
Coastguard officers escorted the vessel to the pier and boarded it at once.
None of the 412 passengers was injured, the port authority said.
The company will compensate every passenger for the delay.`;
const FERRY_B = `The ferry from Split arrived in the harbour of Ancona two hours late on Friday evening.
Its captain reported engine problems shortly after leaving the Croatian coast.
A patrol boat accompanied the ship into port, where inspectors immediately went aboard.
None of the 412 passengers was hurt, the port authority said.
The company will compensate each passenger for the delay.`;

describe('wording divergences of matched narrative sentences', async () => {
  const report = await compare(FERRY_A, FERRY_B);
  const sentenceWording = report.divergences.filter((d) => d.kind === 'wording' && !d.quotes);

  it('aligns the two renderings sentence by sentence', () => {
    expect(report.summary.alignment).toBe('parallel');
    expect(report.sentenceMatches).toHaveLength(5);
  });

  it('points out, as info, only the sentence pair that shares few words', () => {
    expect(sentenceWording.map(divergence)).toEqual([
      'wording info a 163-238 "Coastguard officers escorted the vessel to the pier and boarded it at once." ~ b 167-254 "A patrol boat accompanied the ship into port, where inspectors immediately went aboard."',
    ]);
    expect(sentenceWording[0]!.message).toContain('check that they report the same');
  });

  it('keeps its evidence true to the original texts', () => {
    expect(badSpans(report, { a: FERRY_A, b: FERRY_B })).toEqual([]);
  });
});
