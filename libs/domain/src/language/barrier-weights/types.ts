import { type BarrierId } from '../../taxonomy/ids';

/** One barrier's linear model: the bias (minus its threshold) and "feature weight" pairs, strongest first. */
export interface LinearWeights {
  readonly bias: number;
  readonly weights: readonly string[];
}

export type BarrierWeights = Partial<Record<BarrierId, LinearWeights>>;
