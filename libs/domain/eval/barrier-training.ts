/**
 * Training the barrier model on the tuning split (never on held-out data): features of every text, one logistic
 * regression per barrier over the features seen in at least `minCount` training texts, pruned to the `topK`
 * strongest and refitted, and a threshold per barrier chosen on out-of-fold scores for the target precision.
 * Deterministic: fixed folds (by position), zero-initialised weights, a fixed number of steps.
 */
import { textFeatures } from '../src/language/barrier-features';
import { BARRIER_IDS, type BarrierId } from '../src/taxonomy/ids';
import { type ReflectionItem } from './corpus';
import { fitLogistic, score, type Sample } from './logistic';

export interface Doc {
  text: string;
  labels: readonly BarrierId[];
  /** The corpus file: one writer (or round) per file. */
  group: string;
  features: readonly string[];
}

export interface TrainOptions {
  l2: number;
  /** l2 multiplier of lemma features (w:): words are a writer's, concepts and frames are the barrier's. */
  wordPenalty: number;
  steps: number;
  rate: number;
  positiveWeight: number;
  minCount: number;
  topK: number;
  withWords: boolean;
  /** Precision the thresholds aim for on out-of-fold scores. */
  targetPrecision: number;
  folds: number;
  /** Folds of the out-of-fold scores the thresholds are chosen on. */
  innerFolds: number;
  /** 1: one threshold for every barrier (pooled out-of-fold scores); 0: one per barrier. */
  globalThreshold: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  l2: 0.003,
  wordPenalty: 1,
  steps: 400,
  rate: 2,
  positiveWeight: 3,
  minCount: 2,
  topK: 160,
  withWords: true,
  targetPrecision: 0.9,
  folds: 5,
  innerFolds: 3,
  globalThreshold: 1,
};

export interface BarrierWeights {
  bias: number;
  /** Feature → weight, strongest first. */
  weights: [string, number][];
}

export type BarrierModelWeights = Record<BarrierId, BarrierWeights>;

export const featurize = (items: readonly ReflectionItem[], withWords: boolean): Doc[] =>
  items.map((item) => ({
    text: item.text,
    labels: item.labels,
    group: item.file,
    features: [...textFeatures(item.text).features.keys()].filter((f) => withWords || !f.startsWith('w:')),
  }));

function vocabulary(docs: readonly Doc[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  return new Map(names.sort().map((f, i) => [f, i]));
}

function fitModel(
  docs: readonly Doc[],
  barrier: BarrierId,
  vocab: Map<string, number>,
  o: TrainOptions,
): BarrierWeights {
  const samples: Sample[] = docs.map((d) => ({
    x: d.features.flatMap((f) => (vocab.has(f) ? [vocab.get(f) ?? 0] : [])),
    y: d.labels.includes(barrier),
  }));
  const names = [...vocab.keys()];
  const penalty = Float64Array.from(names, (f) => (f.startsWith('w:') ? o.wordPenalty : 1));
  const model = fitLogistic(samples, { ...o, features: vocab.size, penalty });
  const weights = names
    .map((f, i): [string, number] => [f, model.weights[i] ?? 0])
    .filter(([, w]) => Math.abs(w) > 1e-3)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return { bias: model.bias, weights };
}

/** One barrier's weights: fitted on every feature, pruned to the topK strongest, refitted on those. */
export function trainBarrier(docs: readonly Doc[], barrier: BarrierId, o: TrainOptions): BarrierWeights {
  const all = fitModel(docs, barrier, vocabulary(docs, o.minCount), o);
  const kept = all.weights.slice(0, o.topK).map(([f]) => f);
  return fitModel(docs, barrier, new Map(kept.sort().map((f, i) => [f, i])), o);
}

export function zOf(model: BarrierWeights, features: readonly string[]): number {
  const w = new Map(model.weights);
  let z = model.bias;
  for (const f of features) z += w.get(f) ?? 0;
  return z;
}

/** Out-of-fold scores: for each fold, train on the other folds and score the fold's docs. */
export function outOfFold(
  docs: readonly Doc[],
  folds: readonly number[][],
  o: TrainOptions,
): Map<BarrierId, number[]> {
  const out = new Map<BarrierId, number[]>(BARRIER_IDS.map((id) => [id, docs.map(() => 0)]));
  for (const fold of folds) {
    const held = new Set(fold);
    const train = docs.filter((_, i) => !held.has(i));
    for (const id of BARRIER_IDS) {
      const model = trainBarrier(train, id, o);
      const zs = out.get(id) ?? [];
      for (const i of fold) zs[i] = zOf(model, docs[i]?.features ?? []);
    }
  }
  return out;
}

/** k folds by position (every k-th doc), so each writer's file is spread over all folds. */
export const positionFolds = (n: number, k: number): number[][] =>
  Array.from({ length: k }, (_, f) => Array.from({ length: n }, (_, i) => i).filter((i) => i % k === f));

/** One fold per corpus file (train on the other writers, test on this one). */
export function groupFolds(docs: readonly Doc[]): number[][] {
  const groups = [...new Set(docs.map((d) => d.group))].sort();
  return groups.map((g) => docs.flatMap((d, i) => (d.group === g ? [i] : [])));
}

/**
 * The lowest score threshold whose suggestions reach the target precision on out-of-fold scores, counting one
 * extra false positive (so that a handful of lucky hits does not set it); +Infinity when none does.
 */
export function chooseThreshold(zs: readonly number[], ys: readonly boolean[], target: number): number {
  const order = zs.map((z, i) => [z, ys[i] === true] as const).sort((a, b) => b[0] - a[0]);
  let tp = 0;
  let fp = 0;
  let best = Number.POSITIVE_INFINITY;
  order.forEach(([z, y], i) => {
    if (y) tp += 1;
    else fp += 1;
    const next = order[i + 1];
    if (next && next[0] === z) return;
    if (tp / (tp + fp + 1) >= target) best = z;
  });
  return best;
}

export interface TrainedModel {
  weights: BarrierModelWeights;
  thresholds: Record<BarrierId, number>;
}

/** Trains on all docs; thresholds from k-fold out-of-fold scores of the same options. */
export function trainModel(docs: readonly Doc[], o: TrainOptions): TrainedModel {
  const oof = outOfFold(docs, positionFolds(docs.length, o.innerFolds), o);
  const weights = {} as BarrierModelWeights;
  const thresholds = {} as Record<BarrierId, number>;
  const pooled = BARRIER_IDS.flatMap((id) => oof.get(id) ?? []);
  const pooledYs = BARRIER_IDS.flatMap((id) => docs.map((d) => d.labels.includes(id)));
  const global = chooseThreshold(pooled, pooledYs, o.targetPrecision);
  for (const id of BARRIER_IDS) {
    weights[id] = trainBarrier(docs, id, o);
    const ys = docs.map((d) => d.labels.includes(id));
    thresholds[id] = o.globalThreshold ? global : chooseThreshold(oof.get(id) ?? [], ys, o.targetPrecision);
  }
  return { weights, thresholds };
}

export { score };
