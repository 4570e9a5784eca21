import { type BarrierId } from '../taxonomy/ids';
import { read } from './reading';
import { suggestBarriers } from './suggest-barriers';

const ids = (text: string): BarrierId[] => suggestBarriers(text).map((s) => s.barrierId);
const negatedWords = (text: string): string[] =>
  read(text).flatMap((s) => s.words.filter((w) => w.negated).map((w) => w.key));

describe('suggestBarriers: paraphrase, not wording', () => {
  it.each<[string, BarrierId]>([
    ['I could already see her face going blank when I asked.', 'fear-of-rejection'],
    ['my hands went clammy just thinking about dialling', 'threat-response'],
    ['I only let him help once I knew I could pay him back with a meal.', 'social-debt'],
    ['Pictured my brother sighing and making some excuse, so I never sent the text.', 'fear-of-rejection'],
    ['Before the call my mouth went dry and my legs were like jelly.', 'threat-response'],
    [
      "I've kept a running tally of every lift she's given me and I can't ask until it's even.",
      'social-debt',
    ],
    ["If I ask, they'll realise I blagged my way into this job.", 'imposter-syndrome'],
    [
      'Everyone else in my class seems to get it straight away; I am the only one who struggles.',
      'social-comparison',
    ],
    ["I've put two years into this on my own, getting help now would make all that pointless.", 'sunk-cost'],
  ])('%j suggests %s', (text, barrier) => {
    expect(ids(text)).toContain(barrier);
  });
});

describe('suggestBarriers: negation by scope', () => {
  it.each<[string, BarrierId]>([
    ["Not that I'd have to pay her back, she just offered and I said yes.", 'social-debt'],
    ["I wasn't worried they'd say no. I just forgot to ask.", 'fear-of-rejection'],
    ["My heart wasn't pounding at all this time, I just asked.", 'threat-response'],
    ["I'm not ashamed of asking, I just didn't know who to ask.", 'shame'],
  ])('%j does not suggest %s', (text, barrier) => {
    expect(ids(text)).not.toContain(barrier);
  });

  it('ends the scope at a causal or contrastive word', () => {
    expect(negatedWords("I didn't ask because I was sure she'd say no.")).toEqual(['ask']);
    expect(negatedWords("I wasn't worried, but my heart was pounding.")).toEqual(['worried']);
  });

  it('keeps what pseudo-negations and double negations leave standing', () => {
    expect(negatedWords("I didn't want to be a burden to my kids.")).toEqual([]);
    expect(negatedWords("I can't stop thinking she'll turn me down.")).toEqual([]);
    expect(negatedWords("I'd rather not be turned away in front of the whole queue.")).toEqual([]);
    expect(negatedWords("I can't ask without feeling like a failure.")).toEqual(['ask']);
  });

  it('does not take the answer "no" for a negator', () => {
    expect(negatedWords('He said no and my heart was pounding.')).toEqual([]);
  });

  it('treats "used to" as a past state', () => {
    expect(negatedWords('I used to panic on the phone; now I just ring.')).toContain('panic');
  });
});

describe("suggestBarriers: other people's beliefs, idioms, plain asks", () => {
  it.each([
    "My mum thinks asking for help is weak, but I don't agree with her, so I asked my tutor.",
    "My brother reckons real men don't see doctors. I think that's rubbish, so I booked it.",
    'I froze the soup and asked my husband to pick up bread on the way home.',
    'This deadline is killing me, but I asked Jo to take the notes and she was happy to.',
    'Asked the pharmacist about the tablets. She explained in two minutes. Easy.',
  ])('suggests nothing for %j', (text) => {
    expect(suggestBarriers(text)).toEqual([]);
  });

  it('still counts a rule the writer grew up with and keeps', () => {
    expect(ids('My dad always said real men sort their own problems out, so I never ring anyone.')).toContain(
      'gendered-norms',
    );
  });
});

describe('suggestBarriers: evidence', () => {
  it('is the clause around what triggered the suggestion, as written', () => {
    const text = 'Work was fine. But when I had to ring the GP my heart was pounding and I froze.';
    const threat = suggestBarriers(text).find((s) => s.barrierId === 'threat-response');
    expect(threat).toBeDefined();
    expect(text.slice(threat?.start, threat?.end)).toBe(threat?.evidence);
    expect(threat?.start).toBeGreaterThanOrEqual(text.indexOf('But'));
    expect(threat?.evidence).toMatch(/heart|froze/);
  });
});
