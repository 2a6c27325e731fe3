import { describe, expect, it } from 'vitest';
import { detectArtefacts, RULES } from '../../src/artefacts/index.js';
import { shortFinding } from './helpers.js';

describe('every rule documents an example that it finds', () => {
  it('lists unique ids, each with a family, severity, description and example', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.example.finding.startsWith(rule.id)).toBe(true);
    }
  });

  for (const rule of RULES) {
    it(rule.id, () => {
      const language = /sourceLanguage: "(\w+)"/u.exec(rule.example.finding)?.[1];
      const sourceText = /sourceText: "([^"]+)"/u.exec(rule.example.finding)?.[1];
      const options = language ? { sourceLanguage: language as 'it' } : sourceText ? { sourceText } : undefined;
      const finding = rule.example.finding.replace(/ \(with source(Language|Text): "[^"]+"\)$/u, '');
      const found = detectArtefacts(rule.example.text, options).map(shortFinding);
      expect(found).toContain(finding);
    });
  }
});
