/**
 * What the entry forms hold while someone types: text fields are '' when empty, ratings null until answered,
 * choices '' until chosen. The forms (components/) and their validation (validation.ts) both read these shapes,
 * so they live apart from either.
 */

export interface ObservationValues {
  occurredOn: string;
  where: string;
  whoAsked: string;
  whomAsked: string;
  what: string;
  size: string;
  channel: string;
  directness: string;
  response: string;
  helperReaction: number | null;
  assumedHelperFeeling: string;
  barrierThoughts: string;
  note: string;
  clientBarrierTags: string[];
}

export interface PlanValues {
  helper: string;
  request: string;
  channel: string;
  lifeArea: string;
  plannedOn: string;
  obstacles: string;
  fearedThought: string;
  beliefBefore: number | null;
  predictedYesChance: number | null;
  predictedAnnoyance: number | null;
  anticipatedDistress: number | null;
  expectedBarriers: string[];
  plannedSafetyBehaviours: string[];
}

export interface OutcomeValues {
  didAsk: string;
  whatGotInTheWay: string;
  askedOn: string;
  whatHappened: string;
  response: string;
  helperReaction: number | null;
  peakDistress: number | null;
  safetyBehavioursUsed: string[];
  fitWithPrediction: string;
  meaningForFearedThought: string;
  beliefAfter: number | null;
  learning: string;
  nextStep: string;
}

export interface ReflectionValues {
  text: string;
  promptBarrierId: string;
  clientBarrierTags: string[];
  sharing: string;
}
