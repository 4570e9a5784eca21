import { higherTier, type RiskCategory, type RiskTier } from './risk-categories';
import { screen } from './risk/screen';

/** One reason the screen flagged: what kind of statement, and the words that show it. */
export interface RiskFinding {
  tier: RiskTier;
  category: RiskCategory;
  /** The phrase that shows it, an exact substring of the input. */
  evidence: string;
  start: number;
  end: number;
  /** Words placing it in time ("last month", "again", "years ago"), exact from the input; null when none. */
  when: string | null;
}

export interface RiskResult {
  flagged: boolean;
  /** The most serious tier found, null when nothing was. */
  tier: RiskTier | null;
  /** Every finding, in order of appearance. */
  findings: RiskFinding[];
  /** The findings' evidence phrases, in order of appearance. */
  matches: string[];
}

/**
 * Screens free text for suicide and self-harm language in two tiers (product.md, "Barrier suggestions and the
 * risk screen"; the categories in risk-categories.ts). The language layer is in risk/:
 *  - words.ts, texting.ts: analyse()'s tokens as lemmas, texting forms expanded ("im", "wanna", "kms"),
 *    clauses, quotes;
 *  - lexicon.ts: concepts (self, dying, killing, methods, means, self-harm acts, body parts, research, …);
 *  - rules-*.ts, burden.ts: C-SSRS-informed rules over those concepts (pattern.ts);
 *  - scope.ts: whose statement it is (first or third person) and negation scope;
 *  - vetoes.ts: idioms, quoted speech and media, professional and accidental contexts;
 *  - when.ts: the time words near a finding;
 *  - classifier.ts, features.ts, model.json: a logistic-regression backstop where the rules found nothing;
 *  - screen.ts: all of it together.
 * When in doubt between a false flag and a miss, it flags: a negated statement is dropped only when nothing
 * else in the text shows distress.
 */
export function detectRisk(text: string): RiskResult {
  const findings = screen(text).map((f): RiskFinding => ({
    tier: f.tier,
    category: f.category,
    evidence: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    when: f.when ? text.slice(f.when.start, f.when.end) : null,
  }));
  return {
    flagged: findings.length > 0,
    tier: findings.reduce<RiskTier | null>((t, f) => higherTier(t, f.tier), null),
    findings,
    matches: findings.map((f) => f.evidence),
  };
}
