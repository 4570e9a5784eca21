import {
  type BarrierId,
  detectRisk,
  type EntryKind,
  type ExperimentOutcome,
  type ExperimentPlan,
  higherTier,
  type ObservationEntry,
  type ReflectionEntry,
  type RiskCategory,
  type RiskFindingView,
  type RiskResult,
  type RiskTier,
  suggestBarriers,
} from '@askwell/domain';

/** One part of an entry as the client submitted it. */
export type EntryPart =
  | { kind: 'observation'; observation: ObservationEntry }
  | { kind: 'reflection'; reflection: ReflectionEntry }
  | { kind: 'plan'; plan: ExperimentPlan }
  | { kind: 'outcome'; outcome: ExperimentOutcome };

/** The non-empty strings (a stored entry read back is trusted less than a validated request: anything else is skipped). */
const present = (values: (string | null | undefined)[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v !== '');

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
      return present([part.reflection.text]);
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

/**
 * The risk screen's verdict on some text, as a flag stores it: the most serious tier, the category of the first
 * finding of that tier (the order the fields were read in), every finding without its offsets (they point into
 * one field, and a flag covers several), and the evidence phrases (risk_flag.matches).
 */
export interface RiskVerdict {
  flagged: boolean;
  tier: RiskTier | null;
  category: RiskCategory | null;
  findings: RiskFindingView[];
  matches: string[];
}

/** Several screen results as one: tier = the highest, findings and matches concatenated in order. */
export function combineRisk(results: readonly RiskResult[]): RiskVerdict {
  const findings = results.flatMap((r) =>
    r.findings.map((f) => ({ tier: f.tier, category: f.category, evidence: f.evidence, when: f.when })),
  );
  const tier = findings.reduce<RiskTier | null>((t, f) => higherTier(t, f.tier), null);
  return {
    flagged: findings.length > 0,
    tier,
    category: findings.find((f) => f.tier === tier)?.category ?? null,
    findings,
    matches: findings.map((f) => f.evidence),
  };
}

/** The risk screen across every free-text field of a part. */
export function riskOf(part: EntryPart): RiskVerdict {
  return combineRisk(freeText(part).map((text) => detectRisk(text)));
}

/** A stored entry's parts, as the risk screen reads them again (risk-rescreen.ts). */
export function storedParts(e: {
  kind: EntryKind;
  body: unknown;
  plan: unknown;
  outcome: unknown;
}): EntryPart[] {
  switch (e.kind) {
    case 'observation':
      return e.body === null ? [] : [{ kind: 'observation', observation: e.body as ObservationEntry }];
    case 'reflection':
      return e.body === null ? [] : [{ kind: 'reflection', reflection: e.body as ReflectionEntry }];
    case 'experiment':
      return [
        ...(e.plan === null ? [] : [{ kind: 'plan' as const, plan: e.plan as ExperimentPlan }]),
        ...(e.outcome === null
          ? []
          : [{ kind: 'outcome' as const, outcome: e.outcome as ExperimentOutcome }]),
      ];
  }
}

/** The risk screen across a whole stored entry (every part's free text). */
export function riskOfEntry(e: Parameters<typeof storedParts>[0]): RiskVerdict {
  return combineRisk(storedParts(e).flatMap((part) => freeText(part).map((text) => detectRisk(text))));
}
