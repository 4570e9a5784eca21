/**
 * The chapter's concepts as data (product.md, "The chapter, as data"): barrier groups, barriers, life areas
 * (the hidden costs of not asking) and change strategies. Ids come from ./ids and are never renamed.
 *
 * Each table is keyed by id and checked with `satisfies Record<Id, …>`, so a missing or an extra id is a
 * compile error; the exported arrays are then built in the canonical id order of ./ids.
 * All text is user-facing: warm, calm, concrete, second person, and our own words.
 */
import {
  BARRIER_GROUP_IDS,
  BARRIER_IDS,
  LIFE_AREA_IDS,
  STRATEGY_IDS,
  type BarrierGroupId,
  type BarrierId,
  type LifeAreaId,
  type StrategyId,
} from './ids';

export interface BarrierGroup {
  readonly id: BarrierGroupId;
  readonly name: string;
  /** One sentence. */
  readonly description: string;
}

export interface Barrier {
  readonly id: BarrierId;
  readonly group: BarrierGroupId;
  readonly name: string;
  /** One sentence. */
  readonly description: string;
  /** A reflection question a client can answer in their own words. */
  readonly prompt: string;
  /** Change strategies that address this barrier (at least one). */
  readonly strategies: readonly StrategyId[];
}

export interface LifeArea {
  readonly id: LifeAreaId;
  readonly name: string;
  /** One sentence: what not asking tends to cost here. */
  readonly description: string;
}

export interface Strategy {
  readonly id: StrategyId;
  readonly name: string;
  /** One sentence. */
  readonly description: string;
}

type Entry<T extends { id: string }> = Omit<T, 'id'>;

const BARRIER_GROUP_TABLE = {
  roots: {
    name: 'Deep roots',
    description:
      'Reactions that were built in long before you ever had to ask for anything, in your body and in very old habits of staying safe.',
  },
  culture: {
    name: 'What the world taught you',
    description:
      'Messages from family, school, work and screens that quietly say capable people manage on their own.',
  },
  vulnerability: {
    name: 'Fear of being seen',
    description: 'The worry that asking will show others, and you, something you would rather keep hidden.',
  },
  biases: {
    name: 'Thinking traps',
    description:
      'Everyday shortcuts of the mind that make asking look riskier, and struggling alone look cheaper, than they really are.',
  },
} as const satisfies Record<BarrierGroupId, Entry<BarrierGroup>>;

const BARRIER_TABLE = {
  'independence-bias': {
    group: 'roots',
    name: 'Preferring to do it alone',
    description: 'A built-in pull to handle things yourself, even when someone nearby could make it easier.',
    prompt:
      'When did you last take the harder solo route while help was close by, and what did going it alone cost you?',
    strategies: ['start-small', 'let-others-help', 'reframe-as-strength'],
  },
  'threat-response': {
    group: 'roots',
    name: 'Body on alert',
    description:
      'Your body reacts to asking as if it were danger, with a racing heart, a tight chest, freezing or a rush of panic.',
    prompt:
      'Where in your body do you feel it when you think about asking, and what happens to that feeling if you breathe slowly and just watch it for a minute?',
    strategies: ['mindful-noticing', 'start-small'],
  },
  'social-debt': {
    group: 'roots',
    name: 'Keeping score',
    description:
      'A running tally of what you owe people, with a worry that you will never be able to pay a favour back.',
    prompt:
      'If a friend asked you for this same help, would you expect anything back, and how would you feel if they worried about it?',
    strategies: ['let-others-help', 'reframe-as-strength', 'notice-rewards'],
  },
  'gendered-norms': {
    group: 'roots',
    name: 'Rules about who should cope',
    description:
      'Messages you picked up, often early in life, that someone of your gender is supposed to cope without help.',
    prompt:
      'What did you learn growing up about whether someone like you should need help, and who taught you that?',
    strategies: ['observe-others', 'reframe-as-strength'],
  },
  'self-reliance-myth': {
    group: 'culture',
    name: 'The self-made myth',
    description:
      'The admired picture of a person who makes it entirely alone, which makes needing help feel childish.',
    prompt: 'Think of someone you admire: who helped them along the way that the usual story leaves out?',
    strategies: ['reframe-as-strength', 'observe-others'],
  },
  'workplace-image': {
    group: 'culture',
    name: 'Looking capable at work',
    description:
      'A fear that asking at work will make you look less competent and hurt your reviews or your chances of promotion.',
    prompt:
      'What do you imagine your manager or colleagues would really think if you asked, and what do you think when they ask you?',
    strategies: ['observe-others', 'start-small', 'reframe-as-strength'],
  },
  'social-comparison': {
    group: 'culture',
    name: 'Everyone else seems fine',
    description:
      'The impression that other people manage alone, built from polished online posts and colleagues who keep their struggles out of sight.',
    prompt:
      'Whose life looks effortless to you right now, and what help might they be getting that you cannot see?',
    strategies: ['observe-others', 'mindful-noticing'],
  },
  'fear-of-rejection': {
    group: 'vulnerability',
    name: 'Expecting a no',
    description: 'Bracing for a refusal or a brush-off before you have even asked.',
    prompt: 'What is the no you are most afraid of hearing, and how would you get through it if it came?',
    strategies: ['start-small', 'notice-rewards'],
  },
  shame: {
    group: 'vulnerability',
    name: 'Shame',
    description:
      'The feeling that needing help shows something is wrong with who you are, rather than with the situation you are in.',
    prompt: 'If needing help said nothing at all about your worth, what would you ask for this week?',
    strategies: ['reframe-as-strength', 'mindful-noticing'],
  },
  'imposter-syndrome': {
    group: 'vulnerability',
    name: 'Feeling like a fraud',
    description:
      'A worry that asking a question will reveal you do not really deserve your role or your success.',
    prompt: 'What are you afraid asking would expose, and what tells you that you earned your place anyway?',
    strategies: ['observe-others', 'reframe-as-strength'],
  },
  perfectionism: {
    group: 'vulnerability',
    name: 'It has to be flawless',
    description: 'A belief that anything short of doing it perfectly, and doing it alone, counts as failing.',
    prompt: 'What would “good enough, with a little help” look like here, and what might it spare you?',
    strategies: ['start-small', 'reframe-as-strength'],
  },
  'spotlight-effect': {
    group: 'biases',
    name: 'Feeling watched',
    description:
      'Overestimating how much other people notice your struggles, or how long they remember the moment you asked.',
    prompt: 'Think of the last time someone asked you for help: how long did you think about it afterwards?',
    strategies: ['observe-others', 'mindful-noticing'],
  },
  'double-standard': {
    group: 'biases',
    name: 'Harder on yourself',
    description:
      'Explaining other people’s need for help by their circumstances, but your own by some flaw in you.',
    prompt: 'If a good friend were in exactly your situation, what would you say about them needing help?',
    strategies: ['reframe-as-strength', 'observe-others'],
  },
  'planning-fallacy': {
    group: 'biases',
    name: 'I’ll manage somehow',
    description:
      'Underestimating how long something will take or how much help it needs, until asking feels too late.',
    prompt:
      'Looking at the week ahead, where might you need a hand later, and how could you ask now while it is still easy?',
    strategies: ['start-small', 'mindful-noticing'],
  },
  'confirmation-bias': {
    group: 'biases',
    name: 'Only seeing the bad examples',
    description:
      'Noticing and remembering the times asking went badly, while the many times it went fine slip past unseen.',
    prompt: 'Can you name three times asking for help went well, even in a very small way?',
    strategies: ['notice-rewards', 'observe-others'],
  },
  'sunk-cost': {
    group: 'biases',
    name: 'Too far in to ask now',
    description:
      'Feeling that after so much effort on your own, asking now would mean all that work was wasted.',
    prompt:
      'If you were starting this fresh today, would you ask for help, and does the effort you have already spent really change that answer?',
    strategies: ['reframe-as-strength', 'mindful-noticing'],
  },
  'negativity-bias': {
    group: 'biases',
    name: 'One no outweighs many yeses',
    description: 'Remembering a single refusal far more vividly than all the times people gladly said yes.',
    prompt:
      'When you think about asking, which memory comes up first, and how many yeses from the same time can you also recall?',
    strategies: ['notice-rewards', 'mindful-noticing'],
  },
} as const satisfies Record<BarrierId, Entry<Barrier>>;

const LIFE_AREA_TABLE = {
  'physical-health': {
    name: 'Body and health',
    description:
      'Pushing on alone through pain, illness or constant strain can slow recovery and wear your body down over time.',
  },
  'mental-health': {
    name: 'Mind and mood',
    description:
      'Worry and low mood tend to grow when kept to yourself, and they are hardest to share exactly when they are heaviest.',
  },
  relationships: {
    name: 'Relationships',
    description:
      'When people are never allowed to help you, closeness stays on the surface and they may feel they cannot lean on you either.',
  },
  work: {
    name: 'Work',
    description:
      'Guessing instead of checking leads to avoidable mistakes, missed deadlines and exhaustion that a quick question could have prevented.',
  },
  learning: {
    name: 'Learning and growth',
    description:
      'Working everything out by yourself is slow when someone who has already been there could show you the way in minutes.',
  },
  finances: {
    name: 'Money',
    description:
      'Not asking about payment plans, advice or support you are entitled to can turn a manageable money problem into a serious one.',
  },
  everyday: {
    name: 'Everyday life',
    description:
      'Small daily struggles add up, like getting lost, carrying too much or spending an hour on something a neighbour could sort in five minutes.',
  },
} as const satisfies Record<LifeAreaId, Entry<LifeArea>>;

const STRATEGY_TABLE = {
  'start-small': {
    name: 'Start small',
    description:
      'Begin with requests so small that little is at stake, and let each one show your nervous system that asking goes better than it fears.',
  },
  'observe-others': {
    name: 'Watch others ask',
    description:
      'Notice how often friends, colleagues and strangers ask each other for help, and how ordinary it looks, so that asking starts to feel like something people like you do.',
  },
  'notice-rewards': {
    name: 'Notice the rewards',
    description:
      'After an ask goes well, pause to take in the relief, the time saved or the warmth you felt, so the good parts stay in memory as clearly as the hard ones.',
  },
  'mindful-noticing': {
    name: 'Notice resistance kindly',
    description:
      'When the urge to avoid asking shows up, name it and feel it in your body without having to obey it straight away.',
  },
  'reframe-as-strength': {
    name: 'See asking as strength',
    description:
      'Treat asking as a sign of honest self-knowledge, courage and trust in others, rather than as proof that you are weak.',
  },
  'let-others-help': {
    name: 'Let others help',
    description:
      'Giving someone the chance to help you often brings you closer, because people tend to warm to those they have helped (the Benjamin Franklin effect).',
  },
} as const satisfies Record<StrategyId, Entry<Strategy>>;

export const BARRIER_GROUPS: readonly BarrierGroup[] = BARRIER_GROUP_IDS.map((id) => ({
  id,
  ...BARRIER_GROUP_TABLE[id],
}));

export const BARRIERS: readonly Barrier[] = BARRIER_IDS.map((id) => ({ id, ...BARRIER_TABLE[id] }));

export const LIFE_AREAS: readonly LifeArea[] = LIFE_AREA_IDS.map((id) => ({ id, ...LIFE_AREA_TABLE[id] }));

export const STRATEGIES: readonly Strategy[] = STRATEGY_IDS.map((id) => ({ id, ...STRATEGY_TABLE[id] }));

function indexById<Id extends string, T extends { readonly id: Id }>(
  items: readonly T[],
): ReadonlyMap<Id, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const BARRIER_GROUP_BY_ID = indexById(BARRIER_GROUPS);
const BARRIER_BY_ID = indexById(BARRIERS);
const LIFE_AREA_BY_ID = indexById(LIFE_AREAS);
const STRATEGY_BY_ID = indexById(STRATEGIES);

function lookup<Id extends string, T>(map: ReadonlyMap<Id, T>, id: Id, kind: string): T {
  const found = map.get(id);
  // Unreachable for typed callers; guards against unchecked input (e.g. a cast from the wire).
  if (found === undefined) throw new Error(`Unknown ${kind} id: ${String(id)}`);
  return found;
}

export function getBarrierGroup(id: BarrierGroupId): BarrierGroup {
  return lookup(BARRIER_GROUP_BY_ID, id, 'barrier group');
}

export function getBarrier(id: BarrierId): Barrier {
  return lookup(BARRIER_BY_ID, id, 'barrier');
}

export function getLifeArea(id: LifeAreaId): LifeArea {
  return lookup(LIFE_AREA_BY_ID, id, 'life area');
}

export function getStrategy(id: StrategyId): Strategy {
  return lookup(STRATEGY_BY_ID, id, 'strategy');
}

/** The barriers of one group, in canonical order. */
export function barriersInGroup(group: BarrierGroupId): readonly Barrier[] {
  return BARRIERS.filter((barrier) => barrier.group === group);
}

export function isBarrierGroupId(x: string): x is BarrierGroupId {
  return (BARRIER_GROUP_IDS as readonly string[]).includes(x);
}

export function isBarrierId(x: string): x is BarrierId {
  return (BARRIER_IDS as readonly string[]).includes(x);
}

export function isLifeAreaId(x: string): x is LifeAreaId {
  return (LIFE_AREA_IDS as readonly string[]).includes(x);
}

export function isStrategyId(x: string): x is StrategyId {
  return (STRATEGY_IDS as readonly string[]).includes(x);
}
