import { type BarrierId } from '../../taxonomy/ids';
import { BIASES_WEIGHTS } from './biases';
import { CULTURE_WEIGHTS } from './culture';
import { ROOTS_WEIGHTS } from './roots';
import { type LinearWeights } from './types';
import { VULNERABILITY_WEIGHTS } from './vulnerability';

/** The barrier model's weights, generated per barrier group by eval/train-barriers.ts (npm run domain:train). */
export const BARRIER_WEIGHTS = {
  ...ROOTS_WEIGHTS,
  ...CULTURE_WEIGHTS,
  ...VULNERABILITY_WEIGHTS,
  ...BIASES_WEIGHTS,
} as Record<BarrierId, LinearWeights>;
