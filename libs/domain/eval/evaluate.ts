import { BARRIER_IDS, type BarrierId } from '../src/taxonomy/ids';

/** One labelled text: the barriers a practitioner tagged and the barriers the suggester returned. */
export interface EvaluationCase {
  expected: readonly BarrierId[];
  predicted: readonly BarrierId[];
}

export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was predicted (precision) or nothing was expected (recall). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface BarrierScore extends PrecisionRecall {
  barrierId: BarrierId;
  /** Texts labelled with this barrier. */
  support: number;
}

export interface CaseError {
  index: number;
  falsePositives: BarrierId[];
  falseNegatives: BarrierId[];
}

export interface EvaluationResult {
  cases: number;
  perBarrier: BarrierScore[];
  micro: PrecisionRecall;
  errors: CaseError[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Per-barrier and micro-averaged precision/recall/F1 of multi-label predictions. Pure. */
export function evaluate(cases: readonly EvaluationCase[]): EvaluationResult {
  const counts = new Map<BarrierId, { tp: number; fp: number; fn: number }>(
    BARRIER_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]),
  );
  const errors: CaseError[] = [];
  cases.forEach((c, index) => {
    const expected = new Set(c.expected);
    const predicted = new Set(c.predicted);
    const falsePositives: BarrierId[] = [];
    const falseNegatives: BarrierId[] = [];
    for (const id of BARRIER_IDS) {
      const n = counts.get(id);
      if (!n) continue;
      if (expected.has(id) && predicted.has(id)) n.tp += 1;
      else if (predicted.has(id)) {
        n.fp += 1;
        falsePositives.push(id);
      } else if (expected.has(id)) {
        n.fn += 1;
        falseNegatives.push(id);
      }
    }
    if (falsePositives.length > 0 || falseNegatives.length > 0)
      errors.push({ index, falsePositives, falseNegatives });
  });

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perBarrier = BARRIER_IDS.map((barrierId): BarrierScore => {
    const n = counts.get(barrierId) ?? { tp: 0, fp: 0, fn: 0 };
    tp += n.tp;
    fp += n.fp;
    fn += n.fn;
    return { barrierId, support: n.tp + n.fn, ...precisionRecall(n.tp, n.fp, n.fn) };
  });
  return { cases: cases.length, perBarrier, micro: precisionRecall(tp, fp, fn), errors };
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Confusion counts of a binary screen. Pure. */
export function confusion(cases: readonly { expected: boolean; predicted: boolean }[]): Confusion {
  const out: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const c of cases) {
    if (c.expected && c.predicted) out.tp += 1;
    else if (c.predicted) out.fp += 1;
    else if (c.expected) out.fn += 1;
    else out.tn += 1;
  }
  return out;
}

const fmt = (x: number | null): string => (x === null ? '   –' : x.toFixed(2));

/** A compact plain-text table of an evaluation (for the spec's log and the report script). */
export function formatEvaluationTable(title: string, result: EvaluationResult): string {
  const w = Math.max(...BARRIER_IDS.map((id) => id.length), 'micro'.length);
  const head = `${'barrier'.padEnd(w)}  support  tp  fp  fn  prec   rec    f1`;
  const row = (name: string, support: number, s: PrecisionRecall): string =>
    `${name.padEnd(w)}  ${String(support).padStart(7)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
  const lines = [
    `${title} (${result.cases} texts)`,
    head,
    '-'.repeat(head.length),
    ...result.perBarrier.map((b) => row(b.barrierId, b.support, b)),
    '-'.repeat(head.length),
    row('micro', result.micro.tp + result.micro.fn, result.micro),
  ];
  return lines.join('\n');
}
