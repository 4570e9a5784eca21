/**
 * Cross-validation of the risk screen on the tuning split (the development signal; the held-out split is not
 * read here):
 *   npx tsx libs/domain/eval/crossval.ts
 * 1. Across writers: the backstop model trained on one writer's statements and reflections, the screen measured
 *    on the other's (v1 + engine-extra ↔ writer T), and all the others' → writer U.
 * 2. Five folds over all tuning statements (every fifth line), reflections always in training.
 * For each: the rules alone and rules + model at several thresholds: recall (explicit, concern, all), false flags
 * on the hard negatives and on the held-back reflections. The rules were written on the whole tuning split, so
 * their own figures here are in-sample; what this measures is what the model adds and what it costs.
 */
import { screen } from '../src/language/risk/screen';
import { featuresOf } from '../src/language/risk/features';
import { type Word } from '../src/language/risk/words';
import { loadReflections, loadRisk, type ReflectionItem, type RiskItem } from './corpus';
import { examplesFrom, train, type TrainedModel } from './train-risk-model';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9];

const probabilityOf =
  (m: TrainedModel) =>
  (words: readonly Word[]): number => {
    let z = m.bias;
    for (const f of featuresOf(words)) z += m.weights[f] ?? 0;
    return 1 / (1 + Math.exp(-z));
  };

interface Tally {
  explicit: [number, number];
  concern: [number, number];
  negatives: [number, number];
  reflections: [number, number];
}

function measure(
  items: readonly RiskItem[],
  reflections: readonly ReflectionItem[],
  flag: (t: string) => boolean,
) {
  const t: Tally = { explicit: [0, 0], concern: [0, 0], negatives: [0, 0], reflections: [0, 0] };
  for (const item of items) {
    const cell = item.flag ? t[item.tier] : t.negatives;
    cell[1] += 1;
    if (flag(item.text)) cell[0] += 1;
  }
  for (const r of reflections) {
    t.reflections[1] += 1;
    if (flag(r.text)) t.reflections[0] += 1;
  }
  return t;
}

const show = ([a, b]: [number, number]): string => `${a}/${b}`.padStart(8);
const pct = (x: [number, number]): string => `${((100 * x[0]) / Math.max(1, x[1])).toFixed(1)}%`.padStart(6);

function report(
  label: string,
  items: readonly RiskItem[],
  reflections: readonly ReflectionItem[],
  m: TrainedModel,
) {
  console.log(`\n${label}: ${items.length} statements, ${reflections.length} reflections held back`);
  console.log('                 explicit  concern      all     FF-neg   FF-reflections');
  const rows: [string, (t: string) => boolean][] = [['rules', (text) => screen(text, null).length > 0]];
  for (const th of THRESHOLDS)
    rows.push([`+model ${th}`, (text) => screen(text, probabilityOf(m), th).length > 0]);
  for (const [name, flag] of rows) {
    const t = measure(items, reflections, flag);
    const all: [number, number] = [t.explicit[0] + t.concern[0], t.explicit[1] + t.concern[1]];
    console.log(
      `${name.padEnd(14)} ${show(t.explicit)} ${show(t.concern)} ${show(all)} ${pct(all)} ${show(t.negatives)} ` +
        `${pct(t.negatives)} ${show(t.reflections)}`,
    );
  }
}

const risk = loadRisk('tune');
const reflections = loadReflections('tune');
const byWriterT = (file: string): boolean => file.includes('writer-t');
const byWriterU = (file: string): boolean => file.includes('writer-u');

const earlier = (file: string): boolean => !byWriterT(file) && !byWriterU(file);
/** Label, the files tested, the files trained on. */
const sides: [string, (file: string) => boolean, (file: string) => boolean][] = [
  ['train v1 + engine-extra, test writer T', byWriterT, earlier],
  ['train writer T, test v1 + engine-extra', earlier, byWriterT],
  ['train all but writer U, test writer U', byWriterU, (file) => !byWriterU(file)],
];
for (const [label, isTest, isTrain] of sides) {
  const model = train(
    examplesFrom(
      risk.filter((r) => isTrain(r.file)),
      reflections.filter((r) => isTrain(r.file)).map((r) => r.text),
    ),
  );
  report(
    label,
    risk.filter((r) => isTest(r.file)),
    reflections.filter((r) => isTest(r.file)),
    model,
  );
}

const folds = 5;
const pooled: RiskItem[] = [];
for (let k = 0; k < folds; k += 1) {
  const test = risk.filter((_, i) => i % folds === k);
  const model = train(
    examplesFrom(
      risk.filter((_, i) => i % folds !== k),
      reflections.map((r) => r.text),
    ),
  );
  report(`fold ${k + 1}/${folds}`, test, [], model);
  pooled.push(...test);
}
