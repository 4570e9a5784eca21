import {
  type BarrierId,
  detectRisk,
  type ExperimentOutcome,
  type ExperimentPlan,
  type ObservationEntry,
  type ReflectionEntry,
  suggestBarriers,
} from '@askwell/domain';

/** One part of an entry as the client submitted it. */
export type EntryPart =
  | { kind: 'observation'; observation: ObservationEntry }
  | { kind: 'reflection'; reflection: ReflectionEntry }
  | { kind: 'plan'; plan: ExperimentPlan }
  | { kind: 'outcome'; outcome: ExperimentOutcome };

const present = (values: (string | null)[]): string[] =>
  values.filter((v): v is string => v !== null && v !== '');

/** Every free-text field of a part: the risk screen reads all of them. */
export function freeText(part: EntryPart): string[] {
  switch (part.kind) {
    case 'observation': {
      const o = part.observation;
      return present([
        o.where,
        o.whoAsked,
        o.whomAsked,
        o.what,
        o.assumedHelperFeeling,
        o.barrierThoughts,
        o.note,
      ]);
    }
    case 'reflection':
      return [part.reflection.text];
    case 'plan': {
      const p = part.plan;
      return present([p.helper, p.request, p.obstacles, p.fearedThought]);
    }
    case 'outcome': {
      const o = part.outcome;
      return present([
        o.whatGotInTheWay,
        o.whatHappened,
        o.fitWithPrediction,
        o.meaningForFearedThought,
        o.learning,
      ]);
    }
  }
}

/** The fields where a client describes their own thoughts: barrier suggestions read these. */
function reflectiveText(part: EntryPart): string[] {
  switch (part.kind) {
    case 'observation':
      return present([
        part.observation.assumedHelperFeeling,
        part.observation.barrierThoughts,
        part.observation.note,
      ]);
    case 'reflection':
      return [part.reflection.text];
    case 'plan':
      return present([part.plan.obstacles, part.plan.fearedThought]);
    case 'outcome':
      return present([
        part.outcome.whatGotInTheWay,
        part.outcome.meaningForFearedThought,
        part.outcome.learning,
      ]);
  }
}

/** Barriers the client tagged themselves in this part. */
export function clientTags(part: EntryPart): BarrierId[] {
  switch (part.kind) {
    case 'observation':
      return part.observation.clientBarrierTags;
    case 'reflection':
      return part.reflection.clientBarrierTags;
    case 'plan':
      return part.plan.expectedBarriers;
    case 'outcome':
      return [];
  }
}

export interface Suggestion {
  barrierId: BarrierId;
  evidence: string;
  score: number;
}

/** The strongest suggestion per barrier across the part's reflective fields. */
export function suggestionsFor(part: EntryPart): Suggestion[] {
  const best = new Map<BarrierId, Suggestion>();
  for (const text of reflectiveText(part)) {
    for (const s of suggestBarriers(text)) {
      const current = best.get(s.barrierId);
      if (!current || s.score > current.score) {
        best.set(s.barrierId, { barrierId: s.barrierId, evidence: s.evidence, score: s.score });
      }
    }
  }
  return [...best.values()];
}

export function riskMatches(part: EntryPart): string[] {
  return freeText(part).flatMap((text) => detectRisk(text).matches);
}
