import type { Speaker } from '../../quotes/types.js';
import type { Document } from '../../text/types.js';
import type { DivergenceDraft } from '../aligned.js';
import type { EntityRegistry } from '../../entities/types.js';
import { bothSides } from './describe.js';
import { sameEntityName } from './names.js';

export interface AttributedQuote {
  readonly document: Document;
  readonly quoteId: string;
  readonly speaker: Speaker | null;
  readonly registry: EntityRegistry | undefined;
}

/** Lower-cased names an entity goes by in its report (canonical name and aliases). */
function namesOf(side: AttributedQuote): string[] {
  const speaker = side.speaker!;
  const names = [speaker.name.toLowerCase()];
  const entity = speaker.entityId ? side.registry?.byId(speaker.entityId) : undefined;
  if (entity) names.push(entity.name.toLowerCase(), ...entity.aliases);
  return names;
}

function sameSpeaker(a: AttributedQuote, b: AttributedQuote): boolean {
  const x = a.speaker!;
  const y = b.speaker!;
  if (sameEntityName(x.name, y.name)) return true;
  // An alias one report knows may be the other's canonical name ("the Alliance" / "NATO").
  const namesA = namesOf(a);
  const namesB = namesOf(b);
  return namesA.some((name) => namesB.includes(name));
}

const describe = (speaker: Speaker): string => (speaker.kind === 'unknown' ? speaker.name : `${speaker.name} (${speaker.kind})`);

/**
 * The same statement given to different speakers: two people, or a person in one report
 * and an organisation in the other. Two different people is an error; a person against
 * an organisation (the spokesman against the body he speaks for) a warning.
 */
export function typeAttribution(a: AttributedQuote, b: AttributedQuote): DivergenceDraft[] {
  if (!a.speaker || !b.speaker || sameSpeaker(a, b)) return [];
  const spanA = a.document.span(a.speaker.mention.start, a.speaker.mention.end);
  const spanB = b.document.span(b.speaker.mention.start, b.speaker.mention.end);
  const bothPeople = a.speaker.kind === 'person' && b.speaker.kind === 'person';
  return [
    {
      kind: 'attribution',
      severity: bothPeople ? 'error' : 'warning',
      message: bothSides(
        { sourceId: spanA.sourceId, who: describe(a.speaker) },
        { sourceId: spanB.sourceId, who: describe(b.speaker) },
        (first, second) => `The same statement is attributed to ${first.who} in ${first.sourceId} and to ${second.who} in ${second.sourceId}.`,
      ),
      quotes: [a.quoteId, b.quoteId],
      evidence: [spanA, spanB],
    },
  ];
}
