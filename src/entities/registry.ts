import type { EntityDraft, MentionDraft } from './registry-draft.js';
import type { Entity, EntityRegistry, Mention } from './types.js';

const mentionsOfRegistry = new WeakMap<EntityRegistry, readonly Mention[]>();

/** Every mention of a registry in text order (the quote attributor walks them by offset). */
export function registryMentions(registry: EntityRegistry): readonly Mention[] {
  return mentionsOfRegistry.get(registry) ?? [];
}

/** Index of the first mention (sorted by start) that starts at or after `offset`. */
export function firstMentionStartingAt(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Turns the drafts into the frozen registry. `drafts` are all linked mentions in text
 * order, so entity ids (in order of first mention) and every list come out sorted without
 * sorting again.
 */
export function freezeRegistry(drafts: readonly MentionDraft[], text: string): EntityRegistry {
  const ids = new Map<EntityDraft, string>();
  const lists = new Map<EntityDraft, Mention[]>();
  const all: Mention[] = [];
  let previous: MentionDraft | undefined;
  for (const draft of drafts) {
    const entity = draft.entity;
    if (!entity) continue;
    // One span linked twice to one entity (a title that is also an apposition) counts once.
    if (previous && previous.entity === entity && previous.start === draft.start && previous.end === draft.end) continue;
    previous = draft;
    let id = ids.get(entity);
    if (id === undefined) {
      id = `e${ids.size + 1}`;
      ids.set(entity, id);
      lists.set(entity, []);
    }
    const mention: Mention = Object.freeze({ start: draft.start, end: draft.end, text: text.slice(draft.start, draft.end), entityId: id, kind: draft.kind });
    lists.get(entity)!.push(mention);
    all.push(mention);
  }
  const entities: Entity[] = [];
  for (const [entity, id] of ids) {
    entities.push(
      Object.freeze({
        id,
        kind: entity.kind,
        name: entity.name,
        aliases: Object.freeze([...entity.aliases]),
        roles: Object.freeze([...entity.roles]),
        gender: entity.gender,
        ...(entity.genderSource ? { genderSource: entity.genderSource } : {}),
        mentions: Object.freeze(lists.get(entity)!),
      }),
    );
  }
  // Mentions nest ("the Trump campaign" holds "Trump"), so a lookup starts one longest mention back.
  let longest = 0;
  for (const mention of all) longest = Math.max(longest, mention.end - mention.start);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const registry: EntityRegistry = Object.freeze({
    entities: Object.freeze(entities),
    entityAt(start: number, end: number): Entity | undefined {
      let best: Mention | undefined;
      let bestScore = -1;
      for (let k = firstMentionStartingAt(all, start - longest); k < all.length; k++) {
        const mention = all[k]!;
        if (mention.start >= Math.max(end, start + 1)) break;
        const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
        const exact = mention.start === start && mention.end === end;
        const score = exact ? Number.MAX_SAFE_INTEGER : overlap * 2 - (mention.end - mention.start - overlap);
        if ((overlap > 0 || (overlap === 0 && start === end)) && score > bestScore) {
          best = mention;
          bestScore = score;
        }
      }
      return best ? byId.get(best.entityId) : undefined;
    },
    byId(id: string): Entity | undefined {
      return byId.get(id);
    },
  });
  // A frozen copy for readers: `entityAt` searches `all` itself, and V8 reads frozen arrays slowly.
  mentionsOfRegistry.set(registry, Object.freeze([...all]));
  return registry;
}
