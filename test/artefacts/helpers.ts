import type { Artefact } from '../../src/artefacts/types.js';

/** A finding as a short string: `b 560-574 non-word "de-exclusation" → de-escalation`. */
export function formatFinding(artefact: Artefact): string {
  const suggestion = artefact.suggestion ? ` → ${artefact.suggestion}` : '';
  const info = artefact.severity === 'info' ? ' [info]' : '';
  return `${artefact.sourceId} ${artefact.start}-${artefact.end} ${artefact.ruleId} ${JSON.stringify(artefact.text)}${suggestion}${info}`;
}

/** The same without offsets, for sentences written inline in a test. */
export function shortFinding(artefact: Artefact): string {
  const suggestion = artefact.suggestion ? ` → ${artefact.suggestion}` : '';
  return `${artefact.ruleId} ${JSON.stringify(artefact.text)}${suggestion}`;
}
