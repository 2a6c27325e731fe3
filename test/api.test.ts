import { describe, expect, it } from 'vitest';
import * as corroborate from '../src/index.js';

// Pins the public API: a change to this list is a change to the package's contract and
// must be deliberate (and, for removals, a major version).
const PUBLIC_EXPORTS = [
  'CorroborateRangeError',
  'CorroborateTypeError',
  'DEFAULT_OPTIONS',
  'RULES',
  'SEVERITIES',
  'SOURCE_LANGUAGES',
  'buildEntityRegistry',
  'compare',
  'compareMany',
  'createChecker',
  'createDocument',
  'detectArtefacts',
  'diffWords',
  'extractQuotes',
  'extractQuotesWithLimit',
  'formatErrorMessage',
  'isCorroborateError',
  'normalizeText',
  'relate',
  'renderHtml',
  'renderMarkdown',
  'renderText',
];

describe('public API', () => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(corroborate).sort()).toEqual([...PUBLIC_EXPORTS].sort());
  });
});
