/**
 * Stable ids of the chapter's concepts (product.md, "The chapter, as data").
 * These are stored in the database and sent over the wire: never rename one; add new ids instead.
 */
export const BARRIER_GROUP_IDS = ['roots', 'culture', 'vulnerability', 'biases'] as const;
export type BarrierGroupId = (typeof BARRIER_GROUP_IDS)[number];

export const BARRIER_IDS = [
  'independence-bias',
  'threat-response',
  'social-debt',
  'gendered-norms',
  'self-reliance-myth',
  'workplace-image',
  'social-comparison',
  'fear-of-rejection',
  'shame',
  'imposter-syndrome',
  'perfectionism',
  'spotlight-effect',
  'double-standard',
  'planning-fallacy',
  'confirmation-bias',
  'sunk-cost',
  'negativity-bias',
] as const;
export type BarrierId = (typeof BARRIER_IDS)[number];

export const LIFE_AREA_IDS = [
  'physical-health',
  'mental-health',
  'relationships',
  'work',
  'learning',
  'finances',
  'everyday',
] as const;
export type LifeAreaId = (typeof LIFE_AREA_IDS)[number];

export const STRATEGY_IDS = [
  'start-small',
  'observe-others',
  'notice-rewards',
  'mindful-noticing',
  'reframe-as-strength',
  'let-others-help',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export const RUNGS = [1, 2, 3, 4, 5, 6] as const;
export type Rung = (typeof RUNGS)[number];
