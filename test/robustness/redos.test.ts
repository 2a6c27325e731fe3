/**
 * ReDoS audit: every regular expression in src/ (found by parsing the TypeScript, see
 * regexes.ts) goes through recheck, and any `vulnerable` verdict fails the test with the
 * attack string recheck found. Patterns built at run time from data cannot be checked
 * statically; each must be listed in DYNAMIC_PATTERNS with the reason it is safe, and a
 * new one fails the test until it is reviewed and listed.
 *
 * recheck runs its native binary when one is installed for the platform, else its
 * JavaScript build; either way nothing is cached on disk.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/seeds.js';
import { collectRegexes, type FoundRegex } from './regexes.js';

/** Per-pattern limit; a pattern recheck cannot settle in this time is reported, not failed. */
const PATTERN_TIMEOUT_MS = 10_000;

interface DynamicPattern {
  readonly file: string;
  /** The `RegExp(…)` arguments exactly as written. */
  readonly argument: string;
  /** Why the pattern cannot backtrack, whatever the data it is built from. */
  readonly why: string;
}

const SINGLE_CLASS = 'One bracket expression and no quantifier: it matches exactly one code point at each position, so matching is linear in the text whatever the class holds.';

const DYNAMIC_PATTERNS: readonly DynamicPattern[] = [
  {
    file: 'src/artefacts/rules/untranslated.ts',
    argument: "`[${[...FOREIGN_SCRIPTS.keys()].map((name) => `\\\\p{Script=${name}}`).join('')}]`, 'u'",
    why: `A class of \\p{Script=…} escapes, one per foreign script name in the data. ${SINGLE_CLASS}`,
  },
  {
    file: 'src/artefacts/text/quote-scan.ts',
    argument: "`[${[...DOUBLE_QUOTE_MARKS.keys()].join('')}]`, 'gu'",
    why: `A class of the double quotation marks in the data, one character each. ${SINGLE_CLASS}`,
  },
  {
    file: 'src/text/sentence-boundaries.ts',
    argument: "`[${members}]`, 'g'",
    why: `A class of the non-ASCII code units and the ASCII terminals and separators, as \\x escapes. ${SINGLE_CLASS}`,
  },
  {
    file: 'src/quotes/find-marks.ts',
    argument: "`[${[...QUOTE_MARKS.keys()].join('')}]`, 'gu'",
    why: `A class of the quotation marks in the data, one character each. ${SINGLE_CLASS}`,
  },
];

const found = collectRegexes(PROJECT_ROOT);
const label = (regex: FoundRegex): string => `${regex.file}:${regex.line} /${regex.source ?? regex.dynamic}/${regex.flags ?? ''}`;

describe('ReDoS audit of src/', () => {
  it('finds the regular expressions (literals and RegExp constructors)', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((regex) => regex.kind === 'constructor' && regex.source !== undefined)).toBe(true);
  });

  it('has a reviewed justification for every pattern built at run time, and no stale one', () => {
    const dynamic = found.filter((regex) => regex.dynamic !== undefined);
    const listed = (regex: FoundRegex): boolean => DYNAMIC_PATTERNS.some((entry) => entry.file === regex.file && entry.argument === regex.dynamic);
    expect(dynamic.filter((regex) => !listed(regex)).map(label)).toEqual([]);
    const stale = DYNAMIC_PATTERNS.filter((entry) => !dynamic.some((regex) => regex.file === entry.file && regex.dynamic === entry.argument));
    expect(stale.map((entry) => `${entry.file}: ${entry.argument}`)).toEqual([]);
    // The single-class justification holds only while the template is `[${…}]` and nothing else.
    for (const regex of dynamic) expect(regex.templateText, label(regex)).toEqual(['[', ']']);
  });

  it('collects every form and recheck flags known-vulnerable patterns (self-test)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-redos-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(
      join(root, 'src', 'sample.ts'),
      [
        'const trailing = /0+$/;',
        "const nested = new RegExp('^(a+)+$', 'u');",
        "const built = RegExp([String.raw`(\\d+)`, '(x)'].join('|') + '?', 'g');",
        'const data = new RegExp(`[${KEYS.join("")}]`);',
      ].join('\n'),
    );
    const sample = collectRegexes(root);
    rmSync(root, { recursive: true, force: true });
    expect(sample.map((regex) => regex.source ?? `dynamic ${regex.dynamic}`)).toEqual(['0+$', '^(a+)+$', '(\\d+)|(x)?', 'dynamic `[${KEYS.join("")}]`']);
    expect((await check('0+$', '', { timeout: PATTERN_TIMEOUT_MS })).status).toBe('vulnerable');
    expect((await check('^(a+)+$', 'u', { timeout: PATTERN_TIMEOUT_MS })).status).toBe('vulnerable');
  });

  it(
    'recheck finds no vulnerable pattern',
    async () => {
      const checked = found.filter((regex): regex is FoundRegex & { source: string } => regex.source !== undefined);
      // Identical patterns are checked once.
      const unique = new Map<string, FoundRegex[]>();
      for (const regex of checked) {
        const key = `/${regex.source}/${regex.flags ?? ''}`;
        unique.set(key, [...(unique.get(key) ?? []), regex]);
      }
      const verdicts: { where: FoundRegex[]; diagnostics: Diagnostics }[] = [];
      for (const where of unique.values()) {
        const [first] = where as [FoundRegex];
        verdicts.push({ where, diagnostics: await check(first.source!, first.flags ?? '', { timeout: PATTERN_TIMEOUT_MS }) });
      }
      const vulnerable = verdicts
        .filter(({ diagnostics }) => diagnostics.status === 'vulnerable')
        .map(({ where, diagnostics }) => {
          const attack = diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}` : '';
          return `${where.map(label).join(', ')}: ${attack}`;
        });
      expect(vulnerable).toEqual([]);
      // An unsupported or invalid pattern is a finding too; a timeout on a slow machine is not.
      const unknown = verdicts
        .filter(({ diagnostics }) => diagnostics.status === 'unknown' && diagnostics.error.kind !== 'timeout')
        .map(({ where, diagnostics }) => `${where.map(label).join(', ')}: ${diagnostics.status === 'unknown' ? JSON.stringify(diagnostics.error) : ''}`);
      expect(unknown).toEqual([]);
    },
    300_000,
  );
});
