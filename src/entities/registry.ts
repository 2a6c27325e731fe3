import type { EntityDraft, MentionDraft } from './build-entity-registry.js';
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

/** Turns the drafts into the frozen registry: ids in order of first mention, mentions sorted. */
export function freezeRegistry(drafts: readonly EntityDraft[], text: string): EntityRegistry {
  const used = drafts.filter((entity) => entity.mentions.length > 0);
  const firstStart = (entity: EntityDraft): number => {
    let first = Number.POSITIVE_INFINITY;
    for (const mention of entity.mentions) if (mention.start < first) first = mention.start;
    return first;
  };
  const ordered = used.map((entity) => ({ entity, first: firstStart(entity) })).sort((x, y) => x.first - y.first);
  const entities: Entity[] = [];
  const all: Mention[] = [];
  ordered.forEach(({ entity }, index) => {
    const id = `e${index + 1}`;
    const mentions = [...entity.mentions]
      .sort((x, y) => x.start - y.start || x.end - y.end)
      .filter((mention, k, list) => k === 0 || mention.start !== list[k - 1]!.start || mention.end !== list[k - 1]!.end)
      .map((mention: MentionDraft) =>
        Object.freeze({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), entityId: id, kind: mention.kind }),
      );
    all.push(...mentions);
    entities.push(
      Object.freeze({
        id,
        kind: entity.kind,
        name: entity.name,
        aliases: Object.freeze([...entity.aliases]),
        roles: Object.freeze([...entity.roles]),
        gender: entity.gender,
        ...(entity.genderSource ? { genderSource: entity.genderSource } : {}),
        mentions: Object.freeze(mentions),
      }),
    );
  });
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  // Mentions nest ("the Trump campaign" holds "Trump"), so a lookup starts one longest mention back.
  const longest = all.reduce((max, mention) => Math.max(max, mention.end - mention.start), 0);
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
  mentionsOfRegistry.set(registry, Object.freeze(all));
  return registry;
}
