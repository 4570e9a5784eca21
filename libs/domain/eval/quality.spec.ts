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

/**
 * Issue 14's bar on the held-out split, and where the screens stand. The bar is NOT met yet (the held-out split of
 * writers E, F, K and L, measured 2026-12-07: risk recall 72.8 % overall, 71.4 % explicit, false flags 9.4 %;
 * barriers P 0.90 / R 0.66; the split before it, writers C, D, I and J, read 81.9 %, 79.1 %, 6.9 % and
 * 0.90 / 0.67). Until it is, these tests hold the measured level, less a small margin, as a floor, so
 * a change that loses ground on text it was never tuned on fails; `npm run domain:report` prints the figures beside
 * the tuning split's. Raise the floors as the screens improve; never lower them to make a change pass (they were
 * set anew on 2026-12-07 because the split itself changed: the earlier one was retired into tune), and never tune
 * on what the held-out split's errors show.
 */
const BAR = { explicitRecall: 1, overallRecall: 0.98, falseFlags: 0.03, precision: 0.85, recall: 0.7 };
const FLOOR = { explicitRecall: 0.69, overallRecall: 0.7, falseFlags: 0.11, precision: 0.85, recall: 0.63 };

describe('on the held-out split', () => {
  const heldout = measureSplit('heldout');
  const { precision, recall } = heldout.barriers.result.micro;
  const figures = {
    explicitRecall: rate(heldout.risk.byTier.explicit) ?? 0,
    overallRecall: rate(heldout.risk.overall) ?? 0,
    falseFlags: rate(heldout.risk.falseFlags) ?? 1,
    precision: precision ?? 0,
    recall: recall ?? 0,
  };

  it('has held-out data to measure', () => {
    expect(heldout.risk.overall.of).toBeGreaterThanOrEqual(100);
    expect(heldout.barriers.items.length).toBeGreaterThanOrEqual(200);
    console.log(
      `held-out: ${JSON.stringify(figures)}\nissue 14's bar: ${JSON.stringify(BAR)}\nfloor: ${JSON.stringify(FLOOR)}`,
    );
  });

  it('the risk screen flags at least the floor of explicit statements', () => {
    expect(figures.explicitRecall).toBeGreaterThanOrEqual(FLOOR.explicitRecall);
  });

  it('the risk screen flags at least the floor of all statements', () => {
    expect(figures.overallRecall).toBeGreaterThanOrEqual(FLOOR.overallRecall);
  });

  it('the risk screen flags no more hard negatives than the ceiling', () => {
    expect(figures.falseFlags).toBeLessThanOrEqual(FLOOR.falseFlags);
  });

  it('barrier suggestions keep precision and recall at the floor', () => {
    expect(figures.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(figures.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('the floors never sit above the bar', () => {
    expect(FLOOR.explicitRecall).toBeLessThanOrEqual(BAR.explicitRecall);
    expect(FLOOR.overallRecall).toBeLessThanOrEqual(BAR.overallRecall);
    expect(FLOOR.falseFlags).toBeGreaterThanOrEqual(BAR.falseFlags);
    expect(FLOOR.precision).toBeLessThanOrEqual(BAR.precision);
    expect(FLOOR.recall).toBeLessThanOrEqual(BAR.recall);
  });
});
