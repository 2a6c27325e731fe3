import { OBLIGATION_MODALS, SOURCE_PERSON_MARKERS, SPEAKER_PRONOUNS } from '../data/source-person.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../rule.js';
import { quotedOffsets } from '../text/quoted.js';

export const PERSON_SHIFT: RuleMeta = {
  id: 'pronoun-gender/person-shift',
  family: 'pronoun-gender',
  severity: 'warning',
  description:
    'A first- or second-person pronoun ("we", "I", "you") outside quotation marks where the source text (`sourceText`, Chinese) names no speaker or addressee: the translation invented a person the source does not have, often for a third party it dropped ("Zhao analysed … I attended"). A "we must/should/need" for a subjectless obligation of the source ("要加强") is the usual English and stays quiet. Runs only when the caller passes the source.',
  example: { text: 'This is different from the meetings I attended.', finding: 'pronoun-gender/person-shift "I" (with sourceText: "这与前几次参与的会议感受不同。")' },
};

/** The person-marker entry of the source's script, or `undefined` when none is known for it. */
function markersFor(source: string): (typeof SOURCE_PERSON_MARKERS)[number] | undefined {
  return SOURCE_PERSON_MARKERS.find((entry) => entry.script.test(source));
}

export const personShiftRule: ArtefactRule = {
  meta: [PERSON_SHIFT],
  detect(context, enabled) {
    if (!enabled(PERSON_SHIFT.id)) return [];
    const { document } = context;
    const drafts: ArtefactDraft[] = [];
    let quoted: ((offset: number) => boolean) | undefined;
    const { tokens } = document;
    for (const [index, token] of tokens.entries()) {
      if (token.kind !== 'word') continue;
      const person = SPEAKER_PRONOUNS.get(token.lower);
      if (!person) continue;
      // "I" only as a capital; "us" only in lower case ("US" is the United States).
      if (token.lower === 'i' ? token.norm !== 'I' : token.norm !== token.lower && token.norm.toUpperCase() === token.norm) continue;
      const source = context.sourceAt(token.start);
      if (source === undefined) return [];
      const entry = markersFor(source);
      if (!entry || entry.markers.test(source)) continue;
      // "we must strengthen" for a subjectless "要加强": English needs a subject there.
      const next = tokens[index + 1];
      if (token.lower === 'we' && next && OBLIGATION_MODALS.has(next.lower) && entry.obligation.test(source)) continue;
      // Speech keeps its speaker: a quotation may say "we" for a subject the source drops.
      if ((quoted ??= quotedOffsets(document))(token.start)) continue;
      drafts.push({
        ruleId: PERSON_SHIFT.id,
        family: 'pronoun-gender',
        start: token.start,
        end: token.end,
        expected: [],
        message: `"${token.text}" is ${person === 'first' ? 'a first' : 'a second'}-person pronoun, but the source names no ${person === 'first' ? 'speaker' : 'addressee'}: the translation may have invented one for a person it dropped.`,
        severity: 'warning',
        confidence: 0.6,
      });
    }
    return drafts;
  },
};
