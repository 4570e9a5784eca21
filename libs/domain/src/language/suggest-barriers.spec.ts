import { BARRIER_IDS, type BarrierId } from '../taxonomy/ids';
import { LABELLED_REFLECTIONS } from './__fixtures__/reflections.labelled';
import { evaluate, formatEvaluationTable, type EvaluationResult } from './evaluate';
import { SUGGESTION_THRESHOLD, suggestBarriers } from './suggest-barriers';

const ids = (text: string): BarrierId[] => suggestBarriers(text).map((s) => s.barrierId);

describe('suggestBarriers', () => {
  describe('negation', () => {
    it.each([
      "I wasn't worried they'd say no.",
      "It didn't feel like I owed her anything.",
      'I never thought my boss would think I was incompetent.',
      'I no longer panic when I call the bank.',
      'I stopped thinking everyone would stare at me.',
      "My sister didn't brush me off at all.",
      "I'm not ashamed of asking.",
      "I'm not a perfectionist, my flat is a mess.",
      "I didn't freeze this time.",
      'Without my heart pounding for once, I asked.',
      "I don't keep score with my friends.",
      "No longer afraid they'll laugh at me.",
    ])('suggests nothing for %j', (text) => {
      expect(suggestBarriers(text)).toEqual([]);
    });

    it('ends the scope at a contrastive or causal cue', () => {
      expect(ids("I don't think she'd say no, but my heart was pounding anyway.")).toEqual([
        'threat-response',
      ]);
      expect(ids("I didn't ask because I was sure she'd say no.")).toEqual(['fear-of-rejection']);
      expect(ids("I wasn't scared, although everyone would notice if I asked.")).toEqual([
        'spotlight-effect',
      ]);
    });

    it('keeps negations that belong to the phrase itself', () => {
      expect(ids("I don't like relying on anyone.")).toEqual(['independence-bias']);
      expect(ids("Real men don't ask for directions.")).toEqual(['gendered-norms']);
      expect(ids('I can never repay what she did for me.')).toEqual(['social-debt']);
    });

    it('treats "didn\'t want to" and "can\'t stop" as affirming, not negating', () => {
      expect(ids("I didn't want to be a burden to my kids.")).toEqual(['shame']);
      expect(ids("I couldn't stop thinking she'd turn me down.")).toEqual(['fear-of-rejection']);
    });

    it('does not take the answer "no" for a negator', () => {
      expect(ids('He said no and my heart was pounding.')).toEqual(['threat-response']);
    });
  });

  describe('idioms', () => {
    it.each([
      'I was dying to ask my teacher about the results.',
      'This deadline is killing me.',
      'I froze the soup for later.',
      "I'm dead tired but fine.",
      'I owe it to myself to try.',
      "I'd say no if she asked me to lend money.",
      "I'm in debt after the holidays, so I asked the bank for a plan.",
      "Don't sweat it, she said.",
    ])('suggests nothing for %j', (text) => {
      expect(suggestBarriers(text)).toEqual([]);
    });
  });

  it('returns evidence that is the exact substring at [start, end) of the input', () => {
    for (const item of LABELLED_REFLECTIONS) {
      for (const s of suggestBarriers(item.text)) {
        expect(item.text.slice(s.start, s.end)).toBe(s.evidence);
        expect(item.text).toContain(s.evidence);
      }
    }
    const curly = 'I was sure they\u2019d say no.';
    const [s] = suggestBarriers(curly);
    expect(s?.evidence).toBe('they\u2019d say no');
  });

  it('returns at most one suggestion per barrier, above the threshold, sorted by score', () => {
    const text =
      "My heart was pounding and I froze. I panicked. I was sure they'd say no, and what if she says no? Everyone would notice.";
    const out = suggestBarriers(text);
    expect(new Set(out.map((s) => s.barrierId)).size).toBe(out.length);
    for (const s of out) {
      expect(s.score).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(BARRIER_IDS).toContain(s.barrierId);
    }
    expect(out.map((s) => s.score)).toEqual([...out.map((s) => s.score)].sort((a, b) => b - a));
    expect(out[0]?.barrierId).toBe('threat-response');
  });

  it('handles empty and blank text', () => {
    expect(suggestBarriers('')).toEqual([]);
    expect(suggestBarriers('   \n\t ')).toEqual([]);
  });

  it('stays fast on very long and adversarial text (regexes are linear)', () => {
    const inputs = [
      LABELLED_REFLECTIONS.map((r) => r.text)
        .join(' ')
        .repeat(2)
        .slice(0, 20_000),
      'a'.repeat(20_000),
      ' '.repeat(20_000),
      "don't ".repeat(3_400),
      'everyone in the '.repeat(1_250),
      "I thought I'd ".repeat(1_500),
      'I froze '.repeat(2_500),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      suggestBarriers(text);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });

  describe('labelled set', () => {
    const run = (keep: (r: (typeof LABELLED_REFLECTIONS)[number]) => boolean): EvaluationResult =>
      evaluate(
        LABELLED_REFLECTIONS.filter(keep).map((r) => ({ expected: r.labels, predicted: ids(r.text) })),
      );
    const tune = run((r) => r.split === 'tune');
    const heldout = run((r) => r.split === 'heldout');
    const heldoutRound2 = run((r) => r.split === 'heldout' && r.round === 2);

    it('prints the per-barrier tables', () => {
      const m = heldoutRound2.micro;
      console.log(
        `${formatEvaluationTable('tune', tune)}\n\n${formatEvaluationTable('held-out', heldout)}\n\n` +
          `held-out written in round 2 only: tp ${m.tp} fp ${m.fp} fn ${m.fn} precision ${m.precision?.toFixed(2) ?? '–'} recall ${m.recall?.toFixed(2) ?? '–'}`,
      );
      expect(heldout.cases).toBeGreaterThanOrEqual(0.35 * LABELLED_REFLECTIONS.length);
      expect(LABELLED_REFLECTIONS.length).toBeGreaterThanOrEqual(100);
    });

    it('meets the precision target on the held-out part: micro precision >= 0.80', () => {
      expect(heldout.micro.precision).toBeGreaterThanOrEqual(0.8);
    });

    it('does not regress held-out recall below the measured level (0.45 when written)', () => {
      expect(heldout.micro.recall).toBeGreaterThanOrEqual(0.4);
    });

    // KNOWN GAP, kept visible on purpose: the product target is held-out recall >= 0.60 and the hand-written cues
    // do not reach it (measured 0.45; 0.05 on the round-2 held-out texts). `it.failing` passes while the target is
    // missed and fails once it is met, so whoever reaches it must turn this into a plain `it`.
    it.failing('KNOWN GAP: meets the recall target on the held-out part: micro recall >= 0.60', () => {
      expect(heldout.micro.recall).toBeGreaterThanOrEqual(0.6);
    });
  });
});
