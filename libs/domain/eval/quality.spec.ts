/**
 * The language screens' quality bar (issue 14), measured on the held-out split, which no rule or weight was
 * tuned on. The tuning split's figures are printed beside them by `npm run domain:report`.
 */
import { BARRIER_IDS } from '../src/taxonomy/ids';
import { RISK_CATEGORIES } from '../src/language/risk-categories';
import { loadReflections, loadRisk } from './corpus';
import { measureSplit, rate } from './measure';

describe('the labelled corpus', () => {
  const reflections = [...loadReflections('tune'), ...loadReflections('heldout')];
  const risk = [...loadRisk('tune'), ...loadRisk('heldout')];

  it('has at least 600 reflections: every barrier 25 times, 100 with two barriers, 80 with none', () => {
    expect(reflections.length).toBeGreaterThanOrEqual(600);
    for (const id of BARRIER_IDS) {
      expect([id, reflections.filter((r) => r.labels.includes(id)).length]).toEqual([id, expect.any(Number)]);
      expect(reflections.filter((r) => r.labels.includes(id)).length).toBeGreaterThanOrEqual(25);
    }
    expect(reflections.filter((r) => r.labels.length >= 2).length).toBeGreaterThanOrEqual(100);
    expect(reflections.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(80);
  });

  it('has at least 300 risk statements across every category and 300 hard negatives', () => {
    const positives = risk.filter((r) => r.flag);
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(risk.filter((r) => !r.flag).length).toBeGreaterThanOrEqual(300);
    for (const c of RISK_CATEGORIES) {
      expect(positives.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps the held-out split apart: no held-out text appears in the tuning split', () => {
    const tune = new Set(
      [...loadReflections('tune'), ...loadRisk('tune')].map((r) => r.text.trim().toLowerCase()),
    );
    const leaked = [...loadReflections('heldout'), ...loadRisk('heldout')].filter((r) =>
      tune.has(r.text.trim().toLowerCase()),
    );
    expect(leaked.map((r) => `${r.file}:${r.line}`)).toEqual([]);
  });
});

describe('on the held-out split', () => {
  const heldout = measureSplit('heldout');

  it('has held-out data to measure', () => {
    expect(heldout.risk.overall.of).toBeGreaterThanOrEqual(100);
    expect(heldout.barriers.items.length).toBeGreaterThanOrEqual(200);
  });

  it('the risk screen flags every explicit statement', () => {
    expect(heldout.risk.byTier.explicit.hit).toBe(heldout.risk.byTier.explicit.of);
  });

  it('the risk screen flags at least 98 % of all statements', () => {
    expect(rate(heldout.risk.overall)).toBeGreaterThanOrEqual(0.98);
  });

  it('the risk screen flags at most 3 % of the hard negatives', () => {
    expect(rate(heldout.risk.falseFlags)).toBeLessThanOrEqual(0.03);
  });

  it('barrier suggestions reach precision 0.85 and recall 0.70', () => {
    const { precision, recall } = heldout.barriers.result.micro;
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
