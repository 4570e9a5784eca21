import { RISK_CASES } from './__fixtures__/risk.cases';
import { confusion } from './evaluate';
import { detectRisk } from './risk';

describe('detectRisk', () => {
  const positives = RISK_CASES.filter((c) => c.flagged);
  const negatives = RISK_CASES.filter((c) => !c.flagged);

  it('has a table of at least 60 cases, at least 30 on each side', () => {
    expect(RISK_CASES.length).toBeGreaterThanOrEqual(60);
    expect(positives.length).toBeGreaterThanOrEqual(30);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives.map((c) => [c.text]))('flags %j', (text) => {
    const result = detectRisk(text);
    expect(result.flagged).toBe(true);
    for (const m of result.matches) expect(text).toContain(m);
  });

  it('prints the confusion counts: no false negatives, at most 2 false positives', () => {
    const counts = confusion(
      RISK_CASES.map((c) => ({ expected: c.flagged, predicted: detectRisk(c.text).flagged })),
    );
    const falsePositives = negatives.filter((c) => detectRisk(c.text).flagged).map((c) => c.text);
    console.log(
      `risk screen on ${RISK_CASES.length} cases: TP=${counts.tp} FP=${counts.fp} TN=${counts.tn} FN=${counts.fn}` +
        (falsePositives.length ? `\nfalse positives:\n  ${falsePositives.join('\n  ')}` : ''),
    );
    expect(counts.fn).toBe(0);
    expect(counts.fp).toBeLessThanOrEqual(2);
  });

  it.each([
    'This deadline is killing me.',
    'I was dying to ask.',
    'could have killed for a coffee',
    'my phone died',
    'I nearly died of embarrassment',
    'my grandmother died last year',
    'I volunteered at the Samaritans',
    'I ran for a suicide prevention charity',
    'I killed it in the presentation',
    'the suspense is killing me',
    'dead tired',
    "I'd kill to have her confidence",
    'the chapter says many suicides could be prevented',
  ])('never flags the idiom or general statement %j', (text) => {
    expect(detectRisk(text)).toEqual({ flagged: false, tier: null, findings: [], matches: [] });
  });

  it('returns the phrases found as substrings, in order', () => {
    const text = 'Everyone would be better off without me. I cut myself again.';
    expect(detectRisk(text).matches).toEqual(['better off without me', 'cut myself']);
    expect(detectRisk('')).toEqual({ flagged: false, tier: null, findings: [], matches: [] });
  });

  it('stays fast on long and adversarial text', () => {
    for (const text of [
      'a'.repeat(20_000),
      ' '.repeat(20_000),
      'i '.repeat(10_000),
      'sleep '.repeat(3_400),
    ]) {
      const t0 = performance.now();
      detectRisk(text);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });
});
