/**
 * The risk screen's tiers and categories, informed by the Columbia Suicide Severity Rating Scale (C-SSRS) and by
 * how clinicians separate non-suicidal self-injury. Plain constants (no zod), so the dashboard can label a flag
 * without loading the screen itself.
 *
 * - `explicit`: active ideation, with or without method, intent or plan; preparatory behaviour; self-harm; an
 *   attempt, recent or past (a past one still flags; the evidence says when).
 * - `concern`: passive wishes not to be alive or to disappear, hopelessness about living, being a burden
 *   ("everyone would be better off without me"). Both tiers flag; the client's crisis panel is worded gently for
 *   `concern`.
 */
export const RISK_TIERS = ['explicit', 'concern'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const RISK_CATEGORIES = [
  'suicidal-thoughts',
  'method',
  'intent-or-plan',
  'preparation',
  'attempt',
  'self-harm',
  'wish-to-be-dead',
  'hopelessness',
  'burden',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_CATEGORY_TIER: Readonly<Record<RiskCategory, RiskTier>> = {
  'suicidal-thoughts': 'explicit',
  method: 'explicit',
  'intent-or-plan': 'explicit',
  preparation: 'explicit',
  attempt: 'explicit',
  'self-harm': 'explicit',
  'wish-to-be-dead': 'concern',
  hopelessness: 'concern',
  burden: 'concern',
};

/** Words a practitioner reads in the roster, the brief and an entry. */
export const RISK_CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  'suicidal-thoughts': 'Thoughts of suicide',
  method: 'Thoughts of a method',
  'intent-or-plan': 'Intent or a plan',
  preparation: 'Preparing (means, notes, research)',
  attempt: 'A suicide attempt',
  'self-harm': 'Self-harm',
  'wish-to-be-dead': 'Wish to be dead or to disappear',
  hopelessness: 'Hopelessness about living',
  burden: 'Feeling a burden',
};

export const RISK_TIER_LABELS: Readonly<Record<RiskTier, string>> = {
  explicit: 'Explicit risk',
  concern: 'Concern',
};

/** The more serious of two tiers (explicit outranks concern). */
export const higherTier = (a: RiskTier | null, b: RiskTier | null): RiskTier | null =>
  a === 'explicit' || b === 'explicit' ? 'explicit' : (a ?? b);
