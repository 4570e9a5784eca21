export { suggestBarriers, SUGGESTION_THRESHOLD, type BarrierSuggestion } from './suggest-barriers';
export { BARRIER_PATTERNS, type BarrierCue, type BarrierPatternEntry } from './barrier-patterns';
export { detectRisk, type RiskResult } from './risk';
export {
  evaluate,
  confusion,
  formatEvaluationTable,
  type EvaluationCase,
  type EvaluationResult,
  type BarrierScore,
  type PrecisionRecall,
  type CaseError,
  type Confusion,
} from './evaluate';
