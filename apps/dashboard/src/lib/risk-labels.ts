// The words for a risk flag's tier and category, from the domain's `./risk-categories` export rather than its
// index: the index also carries the risk screen and its language model (wink-nlp), which would stay out of the
// dashboard's chunks only as far as the bundler's tree-shaking goes; this module imports nothing.
import {
  RISK_CATEGORY_LABELS,
  RISK_TIER_LABELS,
  type RiskCategory,
  type RiskTier,
} from '@askwell/domain/risk-categories';

export type { RiskCategory, RiskTier };

/** The tier's name; a flag whose tier cannot be told (a private entry's, the untiered screen's) is a "Risk flag". */
export const tierLabel = (tier: RiskTier | null): string => (tier ? RISK_TIER_LABELS[tier] : 'Risk flag');

/** A flag by its tier: "Explicit risk flag", "Concern flag", or just "Risk flag". */
export const flagName = (tier: RiskTier | null): string =>
  tier ? `${RISK_TIER_LABELS[tier]} flag` : 'Risk flag';

export const categoryLabel = (category: RiskCategory): string => RISK_CATEGORY_LABELS[category];

/** "Explicit risk: Intent or a plan", or the tier alone when the category is not known. */
export const flagTitle = (tier: RiskTier | null, category: RiskCategory | null): string =>
  tier && category ? `${tierLabel(tier)}: ${categoryLabel(category)}` : tierLabel(tier);

/** The roster's badge: "Explicit risk · open", "Concern · 2 open". */
export const openFlagsLabel = (tier: RiskTier | null, open: number): string =>
  `${tierLabel(tier)} · ${open === 1 ? 'open' : `${open} open`}`;

/** How serious some open flags are together, never understated (as the API's openRiskTier). */
export function overallTier(flags: readonly { tier: RiskTier | null }[]): RiskTier | null {
  if (flags.some((f) => f.tier === 'explicit')) return 'explicit';
  return flags.length > 0 && flags.every((f) => f.tier === 'concern') ? 'concern' : null;
}

/**
 * A flag's badge colours: a concern in outline, anything else (explicit, or a tier that cannot be told) filled;
 * both in the dark orange that carries white text, and is read as text on white, at WCAG AA.
 */
export const FLAG_COLOUR = '#9c3d00';
export const flagBadgeVariant = (tier: RiskTier | null): 'filled' | 'outline' =>
  tier === 'concern' ? 'outline' : 'filled';
