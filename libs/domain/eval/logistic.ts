/**
 * L2-regularised logistic regression over sparse binary features, fitted by full-batch gradient descent with
 * Nesterov momentum from zero weights: deterministic (no randomness, a fixed number of steps), fast enough for a
 * few thousand texts. Used by the barrier model's training and cross-validation (eval/ only, never shipped).
 */
export interface Sample {
  /** Indexes of the features present (binary features). */
  x: readonly number[];
  y: boolean;
}

export interface LogisticOptions {
  features: number;
  /** L2 strength per sample (the penalty is l2 / 2 · |w|², the loss a mean over samples). */
  l2: number;
  /** Per feature: a multiplier of l2 (features a model should lean on less get a larger one). */
  penalty?: Float64Array;
  steps: number;
  rate: number;
  /** Weight of a positive sample's loss (classes are very unbalanced: a barrier is in ≈ 5 % of texts). */
  positiveWeight: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function score(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (const i of x) z += model.weights[i] ?? 0;
  return z;
}

export function fitLogistic(samples: readonly Sample[], o: LogisticOptions): LogisticModel {
  const n = samples.length;
  const w = new Float64Array(o.features);
  const v = new Float64Array(o.features);
  const g = new Float64Array(o.features);
  const look = new Float64Array(o.features);
  let b = 0;
  let vb = 0;
  const momentum = 0.9;
  const totalWeight = samples.reduce((s, x) => s + (x.y ? o.positiveWeight : 1), 0);
  for (let step = 0; step < o.steps; step += 1) {
    for (let i = 0; i < o.features; i += 1) look[i] = (w[i] ?? 0) + momentum * (v[i] ?? 0);
    const lookB = b + momentum * vb;
    g.fill(0);
    let gb = 0;
    for (const s of samples) {
      let z = lookB;
      for (const i of s.x) z += look[i] ?? 0;
      const weight = s.y ? o.positiveWeight : 1;
      const err = (sigmoid(z) - (s.y ? 1 : 0)) * weight;
      gb += err;
      for (const i of s.x) g[i] = (g[i] ?? 0) + err;
    }
    const scale = n / totalWeight;
    for (let i = 0; i < o.features; i += 1) {
      const grad = ((g[i] ?? 0) * scale) / n + o.l2 * (o.penalty?.[i] ?? 1) * (look[i] ?? 0);
      v[i] = momentum * (v[i] ?? 0) - o.rate * grad;
      w[i] = (w[i] ?? 0) + (v[i] ?? 0);
    }
    vb = momentum * vb - (o.rate * gb * scale) / n;
    b += vb;
  }
  return { bias: b, weights: w };
}
