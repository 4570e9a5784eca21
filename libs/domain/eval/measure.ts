/**
 * Measures the language screens on one split of the corpus: barrier suggestions per barrier, the risk screen per
 * category (recall) and per kind of hard negative (false flags). Shared by the report script and the quality spec.
 */
import { detectRisk } from '../src/language/risk';
import { RISK_CATEGORIES, type RiskCategory, type RiskTier } from '../src/language/risk-categories';
import { suggestBarriers } from '../src/language/suggest-barriers';
import {
  loadReflections,
  loadRisk,
  NEGATIVE_KINDS,
  type ReflectionItem,
  type RiskItem,
  type Split,
} from './corpus';
import { evaluate, type EvaluationResult } from './evaluate';

export interface Rate {
  hit: number;
  of: number;
}
export const rate = (r: Rate): number | null => (r.of === 0 ? null : r.hit / r.of);

export interface RiskMeasure {
  items: number;
  /** Flagged positives per category (recall). */
  byCategory: Record<RiskCategory, Rate>;
  byTier: Record<RiskTier, Rate>;
  overall: Rate;
  /** Flagged hard negatives per kind (false flags). */
  falseFlagsByKind: Record<(typeof NEGATIVE_KINDS)[number], Rate>;
  falseFlags: Rate;
  /** Positives flagged with the labelled tier (a concern flagged as explicit counts as a hit, not vice versa). */
  tierAgreement: Rate;
  misses: RiskItem[];
  falsePositives: RiskItem[];
}

const zero = (): Rate => ({ hit: 0, of: 0 });
const tally = (r: Rate, hit: boolean): void => {
  r.of += 1;
  if (hit) r.hit += 1;
};

export function measureRisk(items: readonly RiskItem[]): RiskMeasure {
  const m: RiskMeasure = {
    items: items.length,
    byCategory: Object.fromEntries(RISK_CATEGORIES.map((c) => [c, zero()])) as Record<RiskCategory, Rate>,
    byTier: { explicit: zero(), concern: zero() },
    overall: zero(),
    falseFlagsByKind: Object.fromEntries(
      NEGATIVE_KINDS.map((k) => [k, zero()]),
    ) as RiskMeasure['falseFlagsByKind'],
    falseFlags: zero(),
    tierAgreement: zero(),
    misses: [],
    falsePositives: [],
  };
  for (const item of items) {
    const result = detectRisk(item.text);
    if (item.flag) {
      tally(m.byCategory[item.category], result.flagged);
      tally(m.byTier[item.tier], result.flagged);
      tally(m.overall, result.flagged);
      if (result.flagged) tally(m.tierAgreement, item.tier === 'concern' || result.tier === 'explicit');
      else m.misses.push(item);
    } else {
      tally(m.falseFlagsByKind[item.kind], result.flagged);
      tally(m.falseFlags, result.flagged);
      if (result.flagged) m.falsePositives.push(item);
    }
  }
  return m;
}

export interface BarrierMeasure {
  result: EvaluationResult;
  items: readonly ReflectionItem[];
}

export function measureBarriers(items: readonly ReflectionItem[]): BarrierMeasure {
  return {
    items,
    result: evaluate(
      items.map((r) => ({ expected: r.labels, predicted: suggestBarriers(r.text).map((s) => s.barrierId) })),
    ),
  };
}

export interface SplitMeasure {
  split: Split;
  barriers: BarrierMeasure;
  risk: RiskMeasure;
}

export const measureSplit = (split: Split): SplitMeasure => ({
  split,
  barriers: measureBarriers(loadReflections(split)),
  risk: measureRisk(loadRisk(split)),
});
