import { detectRisk } from './risk';

describe('detectRisk', () => {
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
