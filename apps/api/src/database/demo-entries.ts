/** What a demo entry says: a seeded dice, and the write-up of an observation, reflection or experiment. */

import {
  addDays,
  type ExperimentOutcome,
  ExperimentOutcomeSchema,
  type ExperimentPlan,
  ExperimentPlanSchema,
  type LocalDate,
  ObservationEntrySchema,
  ReflectionEntrySchema,
} from '@askwell/domain';
import type { EntryPart } from '../modules/entries/entry.text';
import { type ClientSpec, FEARED, REFLECTIONS, REQUESTS } from './demo-content';

/** A small seeded generator so the demo reads the same on every machine. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The demo's one source of chance. Every draw moves the same sequence, so the order of the draws is the demo:
 * reordering them changes every entry after.
 */
export interface Dice {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  /** a whole number from `lo` to `hi` */
  rating: (lo: number, hi: number) => number;
}

export function dice(seed: number): Dice {
  const random = prng(seed);
  return {
    random,
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T,
    rating: (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1)),
  };
}

export type DemoEntryKind = ClientSpec['kinds'][number];

/** An entry's columns as the API would have left them. */
export interface DemoEntryRow {
  state: string;
  body: unknown;
  plan: ExperimentPlan | null;
  outcome: ExperimentOutcome | null;
  sharing: string;
  doneOn: LocalDate | null;
}

export interface DemoEntry {
  /** what suggestions and the risk screen read */
  part: EntryPart;
  /** more parts that feed suggestions (an experiment's outcome) */
  extra: EntryPart[];
  row: DemoEntryRow;
}

/**
 * The entry of `kind` made on `on`, in week `week` (from 0) of the demo; `flagged`: the reflection that raises the
 * client's risk flag. Parsed by the domain schemas, as the API parses what a client sends.
 */
export function writeUp(
  kind: DemoEntryKind,
  on: LocalDate,
  week: number,
  today: LocalDate,
  flagged: boolean,
  { random, pick, rating }: Dice,
): DemoEntry {
  if (kind === 'observation') {
    const observation = ObservationEntrySchema.parse({
      occurredOn: on,
      whoAsked: pick(['a colleague', 'my flatmate', 'a stranger at the station', 'my mum']),
      whomAsked: pick(['the shop assistant', 'their friend', 'me', 'the bus driver']),
      what: pick(['directions', 'a hand with heavy bags', 'to borrow a charger', 'advice on a form']),
      size: pick(['small', 'medium'] as const),
      channel: pick(['in-person', 'message'] as const),
      directness: 'direct',
      response: pick(['yes', 'yes', 'partly'] as const),
      helperReaction: rating(0, 3),
      assumedHelperFeeling: 'I assumed they would be annoyed, but they seemed pleased to help.',
      barrierThoughts: pick(REFLECTIONS.slice(0, 4)),
    });
    return {
      part: { kind: 'observation', observation },
      extra: [],
      row: {
        state: 'submitted',
        body: observation,
        plan: null,
        outcome: null,
        sharing: 'shared',
        doneOn: on,
      },
    };
  }
  if (kind === 'reflection') {
    const text = flagged
      ? 'Rough week. Some nights I want to go to sleep and not wake up. Writing it down because we said I would.'
      : pick(REFLECTIONS);
    const reflection = ReflectionEntrySchema.parse({
      text,
      sharing: flagged || random() < 0.85 ? 'shared' : 'private',
    });
    return {
      part: { kind: 'reflection', reflection },
      extra: [],
      row: {
        state: 'submitted',
        body: reflection,
        plan: null,
        outcome: null,
        sharing: reflection.sharing,
        doneOn: on,
      },
    };
  }
  const [helper, request, channel, lifeArea] = pick(REQUESTS);
  const predicted = rating(1, 5) * 10;
  const plan = ExperimentPlanSchema.parse({
    helper,
    request,
    channel,
    lifeArea,
    plannedOn: on,
    fearedThought: pick(FEARED),
    beliefBefore: rating(60, 90) - week * 3,
    predictedYesChance: predicted,
    predictedAnnoyance: rating(4, 8),
    anticipatedDistress: rating(5, 8),
  });
  const asked = random() < 0.85;
  const slip = random() < 0.3 ? rating(1, 3) : 0;
  const askedOn = addDays(on, slip) > today ? on : addDays(on, slip);
  const outcome = ExperimentOutcomeSchema.parse(
    asked
      ? {
          didAsk: 'yes',
          askedOn,
          whatHappened: 'I asked, a bit quickly, and they said yes straight away.',
          response: random() < 0.8 ? 'yes' : 'partly',
          helperReaction: rating(0, 3),
          peakDistress: Math.max(0, rating(2, 6) - Math.floor(week / 3)),
          fitWithPrediction: 'It went better than I predicted.',
          beliefAfter: Math.max(5, rating(20, 50) - week * 3),
          learning: pick([
            'People mostly like being asked.',
            'The dread was worse than the ask.',
            'A no would not have been the end of the world.',
          ]),
          nextStep: pick(['repeat', 'vary-person', 'vary-context'] as const),
        }
      : { didAsk: 'no', whatGotInTheWay: 'I ran out of time and then it felt too late to ask.' },
  );
  return {
    part: { kind: 'plan', plan },
    // The outcome's reflective fields feed suggestions too.
    extra: [{ kind: 'outcome', outcome }],
    row: {
      state: 'completed',
      body: null,
      plan,
      outcome,
      sharing: 'shared',
      doneOn: asked ? askedOn : on,
    },
  };
}
