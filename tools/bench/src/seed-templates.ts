/** The entry bodies the rows are made of: a pool of variants, parsed once by the domain schemas. */
import {
  type ExperimentPlan,
  ExperimentOutcomeSchema,
  ExperimentPlanSchema,
  ObservationEntrySchema,
  ReflectionEntrySchema,
} from '@askwell/domain';

const REFLECTIONS = [
  'I noticed I wanted to sort the printer out by myself again, even though Dev knows it inside out.',
  'Honestly I felt ashamed to need help with the tax form. It is such a basic thing.',
  'I kept picturing everyone in the meeting staring at me if I asked the question, so I stayed quiet.',
  'I owe Sarah so much already, asking again would make me a burden.',
  'Asked my neighbour to take a parcel in and she said of course, no fuss at all.',
  'It went fine. My sister laughed and said she had been waiting for me to ask.',
];
const REQUESTS: [string, string, ExperimentPlan['channel'], ExperimentPlan['lifeArea']][] = [
  ['a colleague', 'to look over my report before I send it', 'in-person', 'work'],
  ['my sister', 'to pick the kids up on Thursday', 'phone', 'relationships'],
  ['the pharmacist', 'to explain how to take the new tablets', 'in-person', 'physical-health'],
  ['my neighbour', 'to water the plants while I am away', 'in-person', 'everyday'],
  ['my manager', 'for an extra day on the deadline', 'message', 'work'],
  ['my brother', 'to help me move the wardrobe', 'phone', 'relationships'],
];

/** Parsed once: the variants rows are made of (dates filled in per row). */
export function templates(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = '2026-01-05';
  const plans = Array.from({ length: 24 }, () => {
    const [helper, request, channel, lifeArea] = pick(REQUESTS);
    return ExperimentPlanSchema.parse({
      helper,
      request,
      channel,
      lifeArea,
      plannedOn: day,
      fearedThought: 'They will think I cannot cope',
      beliefBefore: 50 + Math.floor(random() * 40),
      predictedYesChance: 10 * (1 + Math.floor(random() * 5)),
      predictedAnnoyance: 3 + Math.floor(random() * 6),
      anticipatedDistress: 4 + Math.floor(random() * 5),
    });
  });
  const outcomes = Array.from({ length: 24 }, (_, i) =>
    ExperimentOutcomeSchema.parse(
      i % 7 === 6
        ? { didAsk: 'no', whatGotInTheWay: 'I ran out of time and then it felt too late to ask.' }
        : {
            didAsk: 'yes',
            askedOn: day,
            whatHappened: 'I asked, a bit quickly, and they said yes straight away.',
            response: random() < 0.8 ? 'yes' : 'partly',
            helperReaction: Math.floor(random() * 4),
            peakDistress: 1 + Math.floor(random() * 6),
            fitWithPrediction: 'It went better than I predicted.',
            beliefAfter: 10 + Math.floor(random() * 40),
            learning: pick(['People mostly like being asked.', 'The dread was worse than the ask.']),
            nextStep: pick(['repeat', 'vary-person', 'vary-context'] as const),
          },
    ),
  );
  const observations = Array.from({ length: 12 }, () =>
    ObservationEntrySchema.parse({
      occurredOn: day,
      whoAsked: pick(['a colleague', 'my flatmate', 'a stranger at the station']),
      whomAsked: pick(['the shop assistant', 'their friend', 'me']),
      what: pick(['directions', 'a hand with heavy bags', 'to borrow a charger']),
      size: pick(['small', 'medium'] as const),
      channel: pick(['in-person', 'message'] as const),
      directness: 'direct',
      response: pick(['yes', 'partly'] as const),
      helperReaction: Math.floor(random() * 4),
      assumedHelperFeeling: 'I assumed they would be annoyed, but they seemed pleased to help.',
      barrierThoughts: pick(REFLECTIONS),
    }),
  );
  const reflections = REFLECTIONS.flatMap((text) => [
    ReflectionEntrySchema.parse({ text, sharing: 'shared' }),
    ReflectionEntrySchema.parse({ text, sharing: 'private' }),
  ]);
  return { plans, outcomes, observations, reflections };
}

/** The variants of one seeding run. */
export type Templates = ReturnType<typeof templates>;
