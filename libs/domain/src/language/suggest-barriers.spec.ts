import { BARRIER_IDS } from '../taxonomy/ids';
import { SUGGESTION_THRESHOLD, suggestBarriers } from './suggest-barriers';

const SAMPLES = [
  "I was sure they'd say no, so I didn't ask. My heart was pounding the whole time.",
  'my hands went clammy just thinking about dialling the number',
  "Everyone in the office would have seen me ask and they'd be talking about it for weeks.",
  "I've put three months into this on my own, asking now would throw all that away.",
  'My dad always said real men sort their own problems out.',
];

describe('suggestBarriers: the interface', () => {
  it('returns nothing for empty or blank text', () => {
    expect(suggestBarriers('')).toEqual([]);
    expect(suggestBarriers('   \n\t ')).toEqual([]);
  });

  it.each(SAMPLES)('gives exact evidence, one suggestion per barrier, sorted by score: %j', (text) => {
    const out = suggestBarriers(text);
    expect(out.length).toBeGreaterThan(0);
    expect(new Set(out.map((s) => s.barrierId)).size).toBe(out.length);
    for (const s of out) {
      expect(BARRIER_IDS).toContain(s.barrierId);
      expect(text.slice(s.start, s.end)).toBe(s.evidence);
      expect(s.evidence.trim()).toBe(s.evidence);
      expect(s.score).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const scores = out.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reads curly apostrophes like straight ones and keeps the offsets of the original text', () => {
    const straight = "I was sure they'd say no, so I didn't ask. My heart was pounding.";
    const curly = straight.replace(/'/g, '\u2019');
    const a = suggestBarriers(straight);
    const b = suggestBarriers(curly);
    expect(b.map((s) => [s.barrierId, s.start, s.end])).toEqual(a.map((s) => [s.barrierId, s.start, s.end]));
    for (const s of b) expect(curly.slice(s.start, s.end)).toBe(s.evidence);
  });

  it('stays linear on long adversarial input', () => {
    const long = `${'my heart my heart pounding owe owe everyone everyone stare '.repeat(340)}.`;
    // CPU time, not wall time: the machines running the tests are often busy with other work.
    const started = process.cpuUsage();
    const out = suggestBarriers(long);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
    for (const s of out) expect(long.slice(s.start, s.end)).toBe(s.evidence);
  });
});
