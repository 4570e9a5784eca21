import { BARRIER_IDS, type BarrierId } from '../taxonomy/ids';
import { SUGGESTION_THRESHOLD, suggestBarriers } from './suggest-barriers';

const ids = (text: string): BarrierId[] => suggestBarriers(text).map((s) => s.barrierId);

const SAMPLE_TEXTS = [
  "I was sure they'd say no, so I didn't ask. My heart was pounding the whole time.",
  'i owe her so much already, i cant keep taking without paying it back',
  'Everyone in the office would have seen me ask and they would talk about it for weeks.',
  "I've put three months into this on my own, asking now would throw all that away.",
  'My dad always said real men sort their own problems out.',
];

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

    it('limits "without" to a short phrase and reads "can\'t ... without" as affirming', () => {
      expect(ids('I finished it without panicking.')).toEqual([]);
      expect(ids("I can't ask without feeling like a failure.")).toEqual(['shame']);
      expect(ids('I asked without feeling like a failure for once.')).toEqual([]);
    });

    it('treats "I used to" as a past state, not a current barrier', () => {
      expect(ids('I used to panic on the phone; now I just ring.')).toEqual([]);
    });

    it('does not take the answer "no" for a negator', () => {
      expect(ids('He said no and my heart was pounding.')).toEqual(['threat-response']);
    });
  });

  describe('round 4: frames written from the definitions', () => {
    it.each([
      ["Honestly I'm petrified she'll turn me down flat.", 'fear-of-rejection'],
      ['I was bracing myself for a refusal the whole walk over.', 'fear-of-rejection'],
      ["I'd be in his debt forever after that.", 'social-debt'],
      ['How would I ever pay her back for all those lifts?', 'social-debt'],
      ['Everybody in the waiting room would be staring at me.', 'spotlight-effect'],
      ['I totally underestimated the job and left it until the night before it was due.', 'planning-fallacy'],
      ["I prefer to sort my problems out alone, that's just me.", 'independence-bias'],
      ['My palms were clammy and my stomach was in knots the whole call.', 'threat-response'],
      ['I feel utterly pathetic needing my son to do my shopping.', 'shame'],
      ["If I ask, my colleagues will realise I don't know what I'm doing.", 'imposter-syndrome'],
      ['We were brought up to stand on our own two feet.', 'self-reliance-myth'],
      ['Everybody else on my course seems to cope without any help.', 'social-comparison'],
      ["I've come this far on my own, calling a plumber now would make it all for nothing.", 'sunk-cost'],
    ] as const)('%j shows %s', (text, barrierId) => {
      expect(ids(text)).toContain(barrierId);
    });

    it('drops a belief the writer attributes to someone else and rejects', () => {
      expect(ids("My dad thinks asking for help is weak, but I don't agree with him.")).toEqual([]);
      expect(ids('Asking for help is weak, I was always told.')).toEqual(['self-reliance-myth']);
    });

    it('ends a negation at "when" and reads "I don\'t know why" as affirming', () => {
      expect(ids("I never ask when I'm sure they'd say no.")).toEqual(['fear-of-rejection']);
      expect(ids("I don't know why I was expecting him to bite my head off.")).toEqual(['fear-of-rejection']);
    });

    it.each([
      'People were talking about the match all evening.',
      'Everyone saw the fireworks from the bridge.',
      'I paid the loan back in March.',
      'I spent hours on the garden and it looks great now.',
      'The team meeting went well and my manager thinks I am doing fine.',
      'Nobody else was at the gym this morning.',
      'My friend is a perfectionist about her garden.',
      'She brought it up at dinner again that she wants a dog.',
      'When my friend needs a lift I drive her, and when I need one she drives me.',
      'We ran out of time at the quiz but it was a laugh.',
    ])('suggests nothing for the everyday sentence %j', (text) => {
      expect(suggestBarriers(text)).toEqual([]);
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
      'The man always waves at us.',
      'My legs were weak after the marathon.',
      'The bank transaction failed twice.',
      'I was raised to always say thank you.',
      'The benefits outweigh the costs.',
      'I deleted the file by mistake.',
      'I imagine them laughing together at the wedding.',
      "My mum won't answer the phone after nine.",
      "I promised my son I'd get him a bike.",
      'My friend thought the trip would be quick.',
    ])('suggests nothing for %j', (text) => {
      expect(suggestBarriers(text)).toEqual([]);
    });
  });

  it('returns evidence that is the exact substring at [start, end) of the input', () => {
    for (const text of SAMPLE_TEXTS) {
      for (const s of suggestBarriers(text)) {
        expect(text.slice(s.start, s.end)).toBe(s.evidence);
        expect(text).toContain(s.evidence);
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
      SAMPLE_TEXTS.join(' ').repeat(2).slice(0, 20_000),
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
});
