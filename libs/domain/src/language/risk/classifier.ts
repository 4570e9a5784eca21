import { featuresOf } from './features';
import model from './model.json';
import { type Word } from './words';

/**
 * The recall backstop: logistic regression over features.ts (lemma uni/bigrams, concepts, concepts with the
 * writer named or under negation), trained on the tuning split only by eval/train-risk-model.ts
 * (deterministic; its weights are model.json). screen.ts asks it only about sentences that are plainly the
 * writer's own and in which no rule matched at all, so it never overrides the rules' third-party, media, idiom,
 * professional or negation readings. It explains itself by its strongest features.
 */
interface Model {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}
const MODEL = model as Model;

export const MODEL_THRESHOLD = MODEL.threshold;

/** The model's probability that the words state a risk. */
export function riskProbability(words: readonly Word[]): number {
  let z = MODEL.bias;
  for (const f of featuresOf(words)) z += MODEL.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed the probability up most. */
export function strongestFeatures(words: readonly Word[], n = 5): string[] {
  return [...featuresOf(words)]
    .map((f) => [f, MODEL.weights[f] ?? 0] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([f]) => f);
}
