/**
 * Which risk screen stored data was read by. Every entry records the version that last screened it, and every
 * risk flag the version that raised or last re-read it; the API re-reads, once, every entry screened by an older
 * version (apps/api/src/modules/entries/risk-rescreen.ts), so flags an older screen missed appear, and the flags
 * the untiered screen raised gain a tier and a category.
 *
 * - 1: the untiered cue list (flags without a tier or category).
 * - 2: the tiered screen (`detectRisk` in risk.ts: tier, category and evidence per finding).
 * - 3: indirect phrasings and warning signs told as acts (risk/rules-talk.ts, risk/rules-signs.ts), wider
 *   scope fixes (indifference, subordinate clauses, apostrophes) and the backstop retrained on them.
 *
 * Raise it with any change to risk.ts that flags text the previous version did not; never lower it.
 */
export const RISK_SCREEN_VERSION = 3;
