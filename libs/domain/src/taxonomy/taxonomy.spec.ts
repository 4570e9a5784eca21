import { BARRIER_GROUP_IDS, LIFE_AREA_IDS, STRATEGY_IDS, type BarrierId } from './ids';
import {
  BARRIER_GROUPS,
  BARRIERS,
  LIFE_AREAS,
  STRATEGIES,
  barriersInGroup,
  getBarrier,
  getBarrierGroup,
  getLifeArea,
  getStrategy,
  isBarrierGroupId,
  isBarrierId,
  isLifeAreaId,
  isStrategyId,
} from './taxonomy';

/** product.md, "The chapter, as data": the barrier table, group → id, in table order. Written out on purpose. */
const PRODUCT_TABLE: readonly (readonly [string, string])[] = [
  ['roots', 'independence-bias'],
  ['roots', 'threat-response'],
  ['roots', 'social-debt'],
  ['roots', 'gendered-norms'],
  ['culture', 'self-reliance-myth'],
  ['culture', 'workplace-image'],
  ['culture', 'social-comparison'],
  ['vulnerability', 'fear-of-rejection'],
  ['vulnerability', 'shame'],
  ['vulnerability', 'imposter-syndrome'],
  ['vulnerability', 'perfectionism'],
  ['biases', 'spotlight-effect'],
  ['biases', 'double-standard'],
  ['biases', 'planning-fallacy'],
  ['biases', 'confirmation-bias'],
  ['biases', 'sunk-cost'],
  ['biases', 'negativity-bias'],
];

/** One sentence: starts with a capital, ends with a full stop, and has no sentence break inside. */
function isOneSentence(text: string): boolean {
  return /^[A-Z]/.test(text) && /[^.]\.$/.test(text) && !/[.!?]["”’)]?\s/.test(text);
}

const allTexts = (): { where: string; text: string }[] => [
  ...BARRIER_GROUPS.flatMap((g) => [
    { where: `group ${g.id} name`, text: g.name },
    { where: `group ${g.id} description`, text: g.description },
  ]),
  ...BARRIERS.flatMap((b) => [
    { where: `barrier ${b.id} name`, text: b.name },
    { where: `barrier ${b.id} description`, text: b.description },
    { where: `barrier ${b.id} prompt`, text: b.prompt },
  ]),
  ...LIFE_AREAS.flatMap((a) => [
    { where: `life area ${a.id} name`, text: a.name },
    { where: `life area ${a.id} description`, text: a.description },
  ]),
  ...STRATEGIES.flatMap((s) => [
    { where: `strategy ${s.id} name`, text: s.name },
    { where: `strategy ${s.id} description`, text: s.description },
  ]),
];

describe('the one-sentence check used below', () => {
  it('accepts one sentence and rejects two, a missing full stop and a lower-case start', () => {
    expect(isOneSentence('You keep a running tally, and it weighs on you.')).toBe(true);
    expect(isOneSentence('You keep a tally. It weighs on you.')).toBe(false);
    expect(isOneSentence('Is this a question? Yes.')).toBe(false);
    expect(isOneSentence('No full stop at the end')).toBe(false);
    expect(isOneSentence('starts in lower case.')).toBe(false);
    expect(isOneSentence('Trails off...')).toBe(false);
  });
});

describe('barriers', () => {
  it('are exactly the 17 barriers of product.md, in order', () => {
    expect(BARRIERS.map((b) => b.id)).toEqual(PRODUCT_TABLE.map(([, id]) => id));
  });

  it.each(PRODUCT_TABLE)('sit in the group product.md gives them (%s → %s)', (group, id) => {
    expect(BARRIERS.find((b) => b.id === id)?.group).toBe(group);
  });

  it('each have at least one strategy, valid and without repeats', () => {
    for (const b of BARRIERS) {
      expect(b.strategies.length).toBeGreaterThanOrEqual(1);
      expect(new Set(b.strategies).size).toBe(b.strategies.length);
      for (const s of b.strategies) expect(isStrategyId(s)).toBe(true);
    }
  });

  it('together use every change strategy', () => {
    const used = new Set(BARRIERS.flatMap((b) => b.strategies));
    expect(STRATEGY_IDS.filter((s) => !used.has(s))).toEqual([]);
  });

  it('have one-sentence descriptions and prompts that are questions', () => {
    for (const b of BARRIERS) {
      expect({ id: b.id, oneSentence: isOneSentence(b.description) }).toEqual({
        id: b.id,
        oneSentence: true,
      });
      expect({ id: b.id, prompt: /^[A-Z].*[^?]\?$/.test(b.prompt) }).toEqual({ id: b.id, prompt: true });
      expect(b.prompt.split('?')).toHaveLength(2);
    }
  });

  it('have distinct names, descriptions and prompts', () => {
    for (const key of ['name', 'description', 'prompt'] as const) {
      expect(new Set(BARRIERS.map((b) => b[key].toLowerCase())).size).toBe(BARRIERS.length);
    }
  });
});

describe('groups, life areas and strategies', () => {
  it('list every id once, in canonical order', () => {
    expect(BARRIER_GROUPS.map((g) => g.id)).toEqual(['roots', 'culture', 'vulnerability', 'biases']);
    expect(BARRIER_GROUPS.map((g) => g.id)).toEqual([...BARRIER_GROUP_IDS]);
    expect(LIFE_AREAS.map((a) => a.id)).toEqual([...LIFE_AREA_IDS]);
    expect(STRATEGIES.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
  });

  it('every group holds at least one barrier', () => {
    for (const g of BARRIER_GROUPS) expect(barriersInGroup(g.id).length).toBeGreaterThan(0);
    expect(barriersInGroup('roots').map((b) => b.id)).toEqual([
      'independence-bias',
      'threat-response',
      'social-debt',
      'gendered-norms',
    ]);
  });

  it('have one-sentence descriptions', () => {
    for (const item of [...BARRIER_GROUPS, ...LIFE_AREAS, ...STRATEGIES]) {
      expect({ id: item.id, oneSentence: isOneSentence(item.description) }).toEqual({
        id: item.id,
        oneSentence: true,
      });
    }
  });

  it('name the Benjamin Franklin effect for letting others help', () => {
    expect(getStrategy('let-others-help').description).toMatch(/Benjamin Franklin effect/);
  });
});

describe('all taxonomy text', () => {
  it('is non-empty, trimmed and free of doubled spaces', () => {
    for (const { where, text } of allTexts()) {
      expect({ where, ok: text.length > 0 && text === text.trim() && !/\s{2}/.test(text) }).toEqual({
        where,
        ok: true,
      });
    }
  });

  it('uses typographic apostrophes and quotes, never straight ones', () => {
    for (const { where, text } of allTexts())
      expect({ where, straight: /['"]/.test(text) }).toEqual({ where, straight: false });
  });
});

describe('lookups and guards', () => {
  it('find each item by id', () => {
    for (const b of BARRIERS) expect(getBarrier(b.id)).toBe(b);
    expect(getBarrier('sunk-cost').group).toBe('biases');
    expect(getBarrierGroup('vulnerability').id).toBe('vulnerability');
    expect(getLifeArea('finances').id).toBe('finances');
    expect(getStrategy('start-small').id).toBe('start-small');
  });

  it('throw on an id that slipped past the types', () => {
    expect(() => getBarrier('not-a-barrier' as BarrierId)).toThrow(/Unknown barrier id: not-a-barrier/);
  });

  it('recognise ids exactly', () => {
    expect(isBarrierId('shame')).toBe(true);
    expect(isBarrierId('negativity-bias')).toBe(true);
    for (const bad of ['Shame', ' shame', 'shame ', '', 'toString', '__proto__', 'roots', 'start-small']) {
      expect(isBarrierId(bad)).toBe(false);
    }
    expect(isBarrierGroupId('biases')).toBe(true);
    expect(isBarrierGroupId('shame')).toBe(false);
    expect(isLifeAreaId('everyday')).toBe(true);
    expect(isLifeAreaId('health')).toBe(false);
    expect(isStrategyId('let-others-help')).toBe(true);
    expect(isStrategyId('let-others')).toBe(false);
  });
});
