/**
 * Trains the risk screen's backstop (src/language/risk/model.json, read by classifier.ts) on the tuning split
 * only:
 *   npx tsx libs/domain/eval/train-risk-model.ts [threshold]      (0.8 unless given)
 * Logistic regression over features.ts, one example per sentence: every sentence of a hard negative and of a
 * tuning reflection is a negative; a positive statement gives the sentences the rules found it in, or the whole
 * text when they found nothing. Full-batch AdaGrad with L2, a fixed number of rounds, features seen in at least
 * two texts: deterministic, the same weights on every machine.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featuresOf } from '../src/language/risk/features';
import { screen, sentencesOf } from '../src/language/risk/screen';
import { type Word } from '../src/language/risk/words';
import { loadReflections, loadRisk, type RiskItem } from './corpus';

export interface Example {
  features: Set<string>;
  positive: boolean;
}

export interface TrainedModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const rulesOnly = (text: string) => screen(text, null);

/** Sentence-level examples from labelled risk items and from reflections (all negative). */
export function examplesFrom(items: readonly RiskItem[], reflections: readonly string[]): Example[] {
  const out: Example[] = [];
  const negatives = (text: string): void => {
    for (const words of sentencesOf(text))
      if (words.length > 0) out.push({ features: featuresOf(words), positive: false });
  };
  for (const item of items) {
    if (!item.flag) {
      negatives(item.text);
      continue;
    }
    const sentences = sentencesOf(item.text);
    const found = rulesOnly(item.text);
    const hit = sentences.filter((words) => found.some((f) => words.some((w: Word) => w.start === f.start)));
    const chosen = hit.length > 0 ? hit : [sentences.flat()];
    for (const words of chosen) out.push({ features: featuresOf(words), positive: true });
  }
  for (const text of reflections) negatives(text);
  return out;
}

export function train(
  examples: readonly Example[],
  rounds = 300,
  l2 = 0.002,
  positiveWeight = 2,
): TrainedModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= 2)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: [...e.features]
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b),
    y: e.positive ? 1 : 0,
    weight: e.positive ? positiveWeight : 1,
  }));
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const rate = 0.5;
  const total = rows.reduce((s, r) => s + r.weight, 0);
  for (let round = 0; round < rounds; round += 1) {
    const grad = new Float64Array(vocab.length);
    let biasGrad = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.ids) z += w[i] as number;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.weight;
      biasGrad += err;
      for (const i of r.ids) grad[i] = (grad[i] as number) + err;
    }
    for (let i = 0; i < vocab.length; i += 1) {
      const g = (grad[i] as number) / total + l2 * (w[i] as number);
      g2[i] = (g2[i] as number) + g * g;
      w[i] = (w[i] as number) - (rate * g) / Math.sqrt(g2[i] as number);
    }
    const bg = biasGrad / total;
    biasG2 += bg * bg;
    bias -= (rate * bg) / Math.sqrt(biasG2);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = w[i] as number;
    if (Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
  });
  return { bias: Math.round(bias * 1000) / 1000, threshold: 0.5, weights };
}

/** The model as committed: trained on the whole tuning split. */
export function trainOnTune(threshold: number): TrainedModel {
  const model = train(
    examplesFrom(
      loadRisk('tune'),
      loadReflections('tune').map((r) => r.text),
    ),
  );
  return { ...model, threshold };
}

if (require.main === module) {
  const threshold = Number(process.argv[2] ?? '0.8');
  const model = trainOnTune(threshold);
  const out = join(__dirname, '../src/language/risk/model.json');
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  console.warn(`wrote ${out}: ${Object.keys(model.weights).length} weights, threshold ${threshold}`);
}
