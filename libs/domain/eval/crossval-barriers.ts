/**
 * Cross-validation of the barrier model on the TUNING split only (the development signal; held-out data is never
 * read here):
 *   npm run domain:cv                   k-fold and leave-one-writer-out, micro and per barrier
 *   npm run domain:cv -- --errors       also the out-of-fold errors of the first run (k-fold, or by writer)
 *   npm run domain:cv -- --writers      only leave-one-writer-out (each file held out in turn), faster
 * Each outer fold trains a whole model on the other folds, thresholds included (chosen by an inner k-fold on those
 * folds alone), and is then scored with it: nothing of a test fold is seen before it is scored.
 */
import { BARRIER_IDS, type BarrierId } from '../src/taxonomy/ids';
import {
  DEFAULT_OPTIONS,
  featurize,
  groupFolds,
  positionFolds,
  trainModel,
  zOf,
  type Doc,
  type TrainOptions,
} from './barrier-training';
import { loadReflections } from './corpus';
import { evaluate, type EvaluationResult } from './evaluate';

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};

export function predictFolds(
  docs: readonly Doc[],
  folds: readonly number[][],
  o: TrainOptions,
): BarrierId[][] {
  const predicted: BarrierId[][] = docs.map(() => []);
  for (const fold of folds) {
    const held = new Set(fold);
    const model = trainModel(
      docs.filter((_, i) => !held.has(i)),
      o,
    );
    for (const i of fold) {
      const features = docs[i]?.features ?? [];
      predicted[i] = BARRIER_IDS.filter((id) => zOf(model.weights[id], features) >= model.thresholds[id]);
    }
  }
  return predicted;
}

const f = (x: number | null): string => (x === null ? '   –' : x.toFixed(2));

function table(results: [string, EvaluationResult][]): void {
  console.log(`${'barrier'.padEnd(18)} ${results.map(([n]) => `| ${n.padEnd(18)}`).join(' ')}`);
  for (const id of [...BARRIER_IDS, 'micro' as const]) {
    const cells = results.map(([, r]) => {
      const s =
        id === 'micro'
          ? { ...r.micro, support: r.micro.tp + r.micro.fn }
          : r.perBarrier.find((b) => b.barrierId === id);
      return `| ${String(s?.support ?? 0).padStart(4)} ${f(s?.precision ?? null)} ${f(s?.recall ?? null)}     `;
    });
    console.log(`${id.padEnd(18)} ${cells.join(' ')}`);
  }
}

function main(): void {
  const o: TrainOptions = {
    ...DEFAULT_OPTIONS,
    ...Object.fromEntries(
      (Object.keys(DEFAULT_OPTIONS) as (keyof TrainOptions)[]).flatMap((k) => {
        const v = option(k);
        return v === undefined ? [] : [[k, k === 'withWords' ? v !== 0 : v]];
      }),
    ),
  };
  const items = loadReflections('tune');
  const docs = featurize(items, o.withWords);
  console.log(
    `Tune split: ${docs.length} texts in ${new Set(docs.map((d) => d.group)).size} files; options`,
    o,
  );
  const t0 = performance.now();
  const expected = docs.map((d) => d.labels);
  const writersOnly = args.includes('--writers');
  const runs: [string, EvaluationResult][] = [];
  if (!writersOnly) {
    const kfold = predictFolds(docs, positionFolds(docs.length, o.folds), o);
    runs.push([
      `${o.folds}-fold`,
      evaluate(docs.map((d, i) => ({ expected: expected[i] ?? [], predicted: kfold[i] ?? [] }))),
    ]);
  }
  const groups = groupFolds(docs);
  if (groups.length > 1) {
    const byWriter = predictFolds(docs, groups, o);
    runs.push([
      'by writer',
      evaluate(docs.map((_, i) => ({ expected: expected[i] ?? [], predicted: byWriter[i] ?? [] }))),
    ]);
    for (const fold of groups) {
      const name = docs[fold[0] ?? 0]?.group ?? '?';
      const r = evaluate(fold.map((i) => ({ expected: expected[i] ?? [], predicted: byWriter[i] ?? [] })));
      console.log(
        `  test on ${name}: P ${f(r.micro.precision)} R ${f(r.micro.recall)} (${fold.length} texts)`,
      );
    }
  }
  if (!writersOnly) {
    const full = trainModel(docs, o);
    const inSample = docs.map((d) =>
      BARRIER_IDS.filter((id) => zOf(full.weights[id], d.features) >= full.thresholds[id]),
    );
    runs.push([
      'in-sample',
      evaluate(docs.map((_, i) => ({ expected: expected[i] ?? [], predicted: inSample[i] ?? [] }))),
    ]);
  }
  table(runs);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (args.includes('--errors')) {
    const r = runs[0]?.[1];
    for (const e of r?.errors ?? []) {
      const d = docs[e.index];
      console.log(
        `  ${d?.group} +[${e.falsePositives.join(', ')}] -[${e.falseNegatives.join(', ')}]: ${d?.text}`,
      );
    }
  }
}

main();
