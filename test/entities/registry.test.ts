import { describe, expect, it } from 'vitest';
import { buildEntityRegistry } from '../../src/entities/index.js';
import type { Entity, EntityRegistry } from '../../src/entities/types.js';
import { createDocument } from '../../src/text/document.js';
import { SEED_A, SEED_B } from '../helpers/seeds.js';

function registryOf(text: string): { text: string; registry: EntityRegistry } {
  return { text, registry: buildEntityRegistry(createDocument(text)) };
}

/** The entity a surface form (its first occurrence) refers to. */
function entityOf(text: string, registry: EntityRegistry, surface: string, occurrence = 0): Entity | undefined {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(surface, at + 1);
  return at < 0 ? undefined : registry.entityAt(at, at + surface.length);
}

describe('buildEntityRegistry', () => {
  const { text, registry } = registryOf(
    'The talks in Geneva were chaired by UN Special Envoy Carlos Mendes. Mendes said little. Later the envoy met Deputy Foreign Minister Irina Volkova, head of the Ukrainian delegation. The diplomat told reporters she was hopeful. Both delegations stayed until midnight.',
  );

  it('joins full name, surname and role nouns into one person', () => {
    const mendes = entityOf(text, registry, 'Carlos Mendes')!;
    expect(mendes).toMatchObject({ kind: 'person', name: 'Carlos Mendes', gender: 'male', genderSource: 'first-name' });
    expect(entityOf(text, registry, 'Mendes', 1)?.id).toBe(mendes.id);
    expect(entityOf(text, registry, 'the envoy')?.id).toBe(mendes.id);
    expect(mendes.roles).toContain('un special envoy');
  });

  it('takes roles from titles and appositions, and resolves a related role noun', () => {
    const volkova = entityOf(text, registry, 'Irina Volkova')!;
    expect(volkova.roles).toEqual(expect.arrayContaining(['deputy foreign minister', 'head of ukrainian delegation']));
    expect(entityOf(text, registry, 'The diplomat')?.id).toBe(volkova.id);
    expect(entityOf(text, registry, 'she')?.id).toBe(volkova.id);
  });

  it('takes a lower-case title right before a name as that person\'s role, first name known or not', () => {
    const titled = registryOf('The hearing was brief. Lawyer Oyelaran Adebisi spoke first, and spokesman Tunde Okafor answered questions for committee chairman Dara Lin.');
    expect(entityOf(titled.text, titled.registry, 'Oyelaran Adebisi')).toMatchObject({ kind: 'person', roles: ['lawyer'] });
    expect(entityOf(titled.text, titled.registry, 'Tunde Okafor')).toMatchObject({ kind: 'person', roles: ['spokesman'] });
    expect(entityOf(titled.text, titled.registry, 'Dara Lin')).toMatchObject({ kind: 'person', roles: ['committee chairman'] });
    // A bare role noun not before a name stays a common noun, even before a capital.
    const plain = registryOf('He became spokesman in May. She was named lawyer Tuesday.');
    expect(plain.registry.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual([]);
  });

  it('reads a short sentence with a lower-case verb as prose, not as a title-case headline', () => {
    const prose = registryOf('Reporter Oyelaran Adebisi says:\n\n“The bridge will close in May.”');
    expect(entityOf(prose.text, prose.registry, 'Oyelaran Adebisi')).toMatchObject({ kind: 'person', roles: ['reporter'] });
    // A real title-case headline stays one: its capitals name nobody.
    const headline = registryOf('Mayor Reopens Old Bridge After Storm\n\nThe bridge reopened on Monday.');
    expect(headline.registry.entities.filter((entity) => entity.kind === 'person')).toEqual([]);
  });

  it('keeps groups apart from people', () => {
    expect(entityOf(text, registry, 'delegations')).toMatchObject({ kind: 'group', name: 'delegations' });
    expect(entityOf(text, registry, 'Geneva')).toMatchObject({ kind: 'place' });
  });

  it('ranks an honorific above a first name, and neither yields to a wrong pronoun', () => {
    const rossi = registryOf('Mr. Andrea Rossi, the mayor of Turin, opened the session. She said the city would pay.');
    expect(entityOf(rossi.text, rossi.registry, 'Andrea Rossi')).toMatchObject({ gender: 'male', genderSource: 'honorific', roles: ['mayor of turin'] });
    const park = registryOf('Wendy Park opened the session. He said the budget was balanced and he would stay.');
    const wendy = entityOf(park.text, park.registry, 'Wendy Park')!;
    expect(wendy).toMatchObject({ gender: 'female', genderSource: 'first-name' });
    // The pronoun still points to her: that disagreement is what the pronoun-gender check reports.
    expect(entityOf(park.text, park.registry, 'He')?.id).toBe(wendy.id);
  });

  it('learns gender from pronouns only when nothing else gives it', () => {
    const { text: t, registry: r } = registryOf('Senator Okonkwo arrived late. She said the bill would pass.');
    expect(entityOf(t, r, 'Okonkwo')).toMatchObject({ gender: 'female', genderSource: 'pronoun' });
  });

  it('resolves organisation aliases and capitals standing for governments or delegations', () => {
    const { text: t, registry: r } = registryOf(
      'The Atlantic Alliance sent an observer, and NATO later confirmed it. Kiev insisted on guarantees, while the Kremlin said nothing. The Polish side walked out. Later Warsaw said the talks would resume in Warsaw.',
    );
    const nato = entityOf(t, r, 'Atlantic Alliance')!;
    expect(nato).toMatchObject({ kind: 'organisation', name: 'NATO' });
    expect(entityOf(t, r, 'NATO')?.id).toBe(nato.id);
    expect(entityOf(t, r, 'Kiev')?.name).toBe('Ukrainian government');
    expect(entityOf(t, r, 'Kremlin')?.name).toBe('Russian government');
    expect(entityOf(t, r, 'Warsaw')?.name).toBe('Polish side');
    expect(entityOf(t, r, 'Warsaw', 1)).toMatchObject({ kind: 'place', name: 'Warsaw' });
  });

  it('gives every mention an exact span and ids in order of first mention', () => {
    for (const source of [SEED_A, SEED_B]) {
      const seed = buildEntityRegistry(createDocument(source));
      seed.entities.forEach((entity, index) => {
        expect(entity.id).toBe(`e${index + 1}`);
        expect(seed.byId(entity.id)).toBe(entity);
        for (const mention of entity.mentions) {
          expect(source.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.entityId).toBe(entity.id);
        }
      });
    }
  });

  it('reads the seeds: Stoltenberg, Sherman, Grushko and the pronoun slips', () => {
    const a = buildEntityRegistry(createDocument(SEED_A));
    const b = buildEntityRegistry(createDocument(SEED_B));
    const stoltenberg = entityOf(SEED_A, a, 'the secretary general')!;
    expect(stoltenberg).toMatchObject({ name: 'Jens Stoltenberg', gender: 'male' });
    expect(a.entityAt(SEED_A.indexOf('he continued'), SEED_A.indexOf('he continued') + 2)?.id).toBe(stoltenberg.id);
    const sherman = entityOf(SEED_B, b, 'Wendy Sherman')!;
    expect(sherman).toMatchObject({ gender: 'female', genderSource: 'first-name' });
    const he = SEED_B.indexOf('he explained');
    expect(b.entityAt(he, he + 2)?.id).toBe(sherman.id);
    expect(entityOf(SEED_B, b, 'the diplomat')?.name).toBe('Aleksander Grushko');
    expect(entityOf(SEED_B, b, 'Atlantic Alliance')?.name).toBe('NATO');
  });

  it('is empty for text without names and never throws', () => {
    for (const text of ['', '   ', 'he said she said.', '\ud800\u0000 Mr. . Sen.', '«»“”']) {
      expect(() => buildEntityRegistry(createDocument(text))).not.toThrow();
    }
    expect(buildEntityRegistry(createDocument('')).entities).toEqual([]);
  });
});
