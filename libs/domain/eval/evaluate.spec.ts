import { confusion, evaluate, formatEvaluationTable } from './evaluate';

describe('evaluate', () => {
  it('computes per-barrier and micro precision/recall/F1', () => {
    const result = evaluate([
      { expected: ['shame'], predicted: ['shame'] },
      { expected: ['shame', 'sunk-cost'], predicted: ['fear-of-rejection'] },
      { expected: [], predicted: [] },
    ]);
    const shame = result.perBarrier.find((b) => b.barrierId === 'shame');
    expect(shame).toMatchObject({ support: 2, tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(shame?.f1).toBeCloseTo(2 / 3);
    const rejection = result.perBarrier.find((b) => b.barrierId === 'fear-of-rejection');
    expect(rejection).toMatchObject({ support: 0, tp: 0, fp: 1, precision: 0, recall: null, f1: null });
    expect(result.perBarrier.find((b) => b.barrierId === 'perfectionism')).toMatchObject({ precision: null });
    expect(result.micro).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5 });
    expect(result.micro.recall).toBeCloseTo(1 / 3);
    expect(result.errors).toEqual([
      { index: 1, falsePositives: ['fear-of-rejection'], falseNegatives: ['shame', 'sunk-cost'] },
    ]);
    expect(formatEvaluationTable('x', result)).toContain('micro');
  });

  it('counts a binary confusion matrix', () => {
    expect(
      confusion([
        { expected: true, predicted: true },
        { expected: true, predicted: false },
        { expected: false, predicted: true },
        { expected: false, predicted: false },
        { expected: false, predicted: false },
      ]),
    ).toEqual({ tp: 1, fn: 1, fp: 1, tn: 2 });
  });
});
