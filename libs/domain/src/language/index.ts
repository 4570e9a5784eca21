export { suggestBarriers, SUGGESTION_THRESHOLD, type BarrierSuggestion } from './suggest-barriers';
export { BARRIER_PATTERNS, type BarrierCue, type BarrierPatternEntry } from './barrier-patterns';
export { detectRisk, type RiskResult, type RiskFinding } from './risk';
export { RISK_SCREEN_VERSION } from './risk-version';
export {
  RISK_TIERS,
  RISK_CATEGORIES,
  RISK_CATEGORY_TIER,
  RISK_CATEGORY_LABELS,
  RISK_TIER_LABELS,
  higherTier,
  type RiskTier,
  type RiskCategory,
} from './risk-categories';
