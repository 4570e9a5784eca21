/** The pre-session brief's shapes: what the API loads for it (BriefInput) and what buildBrief answers (Brief). */
import type { RiskCategory, RiskTier } from '../language/risk-categories';
import type { ExperimentOutcome, ExperimentPlan } from '../records/experiment.schema';
import type { TagStatus } from '../records/review.schema';
import type { BarrierId } from '../taxonomy/ids';
import type { LocalDate } from '../time/time';
import type { Calibration } from '../metrics/experiment-metrics';
import type { Adherence } from '../metrics/schedule';
import type { ReadinessSuggestion } from '../metrics/readiness';

export interface BriefExperiment {
  entryId: string;
  plan: ExperimentPlan;
  outcome: ExperimentOutcome | null;
}

export interface BriefTag {
  entryId: string;
  barrierId: BarrierId;
  status: TagStatus;
  /** Whether the tag's entry falls in the current period or the one before. */
  period: 'current' | 'previous';
}

/**
 * An open risk flag as the brief shows it. For a private entry only that it exists and when: `entryId`, `tier`
 * and `category` are null and `findings` empty. A flag of the earlier, untiered screen has no tier or category.
 */
export interface BriefRiskFlag {
  flagId: string;
  entryId: string | null;
  raisedAt: string;
  tier: RiskTier | null;
  category: RiskCategory | null;
  /** What the screen found, the evidence verbatim from the (shared) entry. */
  findings: readonly { tier: RiskTier; category: RiskCategory; evidence: string; when: string | null }[];
}

export interface BriefInput {
  period: { from: LocalDate; to: LocalDate };
  /** Experiments written in the period (any state); the previous period's only for calibration. */
  experiments: readonly BriefExperiment[];
  previousExperiments: readonly BriefExperiment[];
  tags: readonly BriefTag[];
  adherence: Adherence;
  unreadShared: readonly { entryId: string; kind: string }[];
  openRiskFlags: readonly BriefRiskFlag[];
  raisedForSession: readonly { entryId: string; comment: string | null }[];
  readiness: ReadinessSuggestion;
  currentRung: number | null;
}

export interface ExperimentFigure {
  entryId: string;
  request: string;
  helper: string;
  predictedYesChance: number | null;
  response: ExperimentOutcome['response'];
  expectancyGap: number | null;
  anticipatedDistress: number | null;
  peakDistress: number | null;
  distressGap: number | null;
  fearedThought: string | null;
  beliefBefore: number | null;
  beliefAfter: number | null;
  beliefChange: number | null;
  slippageDays: number | null;
}

export interface BarrierCount {
  barrierId: BarrierId;
  name: string;
  confirmed: number;
  unreviewed: number;
  previousConfirmed: number;
  previousUnreviewed: number;
  entryIds: string[];
}

export type TalkingPointCode =
  | 'risk-flags'
  | 'raised-for-session'
  | 'better-than-predicted'
  | 'worse-than-predicted'
  | 'belief-dropped'
  | 'did-not-ask'
  | 'low-adherence'
  | 'barrier-rising'
  | 'slippage'
  | 'ready-for-next-rung'
  | 'unread-reflections';

export interface TalkingPoint {
  code: TalkingPointCode;
  text: string;
  /** The entries behind it, for links; empty when the point rests on no readable entry (a private flag). */
  entryIds: string[];
}

export interface Brief {
  period: { from: LocalDate; to: LocalDate };
  adherence: Adherence;
  experiments: ExperimentFigure[];
  biggestGaps: ExperimentFigure[];
  calibration: Calibration | null;
  previousCalibration: Calibration | null;
  meanDistressGap: number | null;
  beliefChanges: ExperimentFigure[];
  topBarriers: BarrierCount[];
  meanSlippageDays: number | null;
  unreadShared: BriefInput['unreadShared'];
  openRiskFlags: BriefInput['openRiskFlags'];
  raisedForSession: BriefInput['raisedForSession'];
  readiness: ReadinessSuggestion;
  talkingPoints: TalkingPoint[];
}
