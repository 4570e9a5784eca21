import { type BarrierId } from '../taxonomy/ids';
import { textFeatures } from './barrier-features';
import { read } from './reading';
import { suggestBarriers } from './suggest-barriers';

/**
 * Ideas said the way a stranger might say them: phrasings written for these tests, in none of the corpus files.
 * The concept lexicons were widened by idea (synonyms, inflections, informal spellings), not by one sentence.
 */
const ids = (text: string): BarrierId[] => suggestBarriers(text).map((s) => s.barrierId);
const concepts = (text: string): string[] =>
  [...textFeatures(text).features.keys()].filter((f) => f.startsWith('c:')).map((f) => f.slice(2));
const negatedWords = (text: string): string[] =>
  read(text).flatMap((s) => s.words.filter((w) => w.negated).map((w) => w.key));

describe('concept lexicons: other ways to say the same idea', () => {
  it.each<[string, string]>([
    ['My stomach was in knots and my palms were sweaty.', 'alarm'],
    ['I went hot all over and shaky at the front desk.', 'alarm'],
    ['My heart was racing the whole time I was on hold.', 'alarm'],
    ["I need to square it with him first, he's done so much.", 'repay'],
    ["I can't even stand him a pint to say thanks.", 'repay'],
    ["I'd be paying that one off for years.", 'repay'],
    ["I'd owe her one, and she'd never let me forget it.", 'owe'],
    ['By Monday it would be round the whole village.', 'crowd'],
    ['Lads dont cry, that was the rule in our house.', 'gender-rule'],
    ['I keep noticing every time someone sighs at me.', 'notice-bad'],
    ['The kind replies somehow never register with me.', 'discount'],
    ['It has to be spot on, every comma where I want it.', 'flawless'],
    ["One question and they'd know I fooled them at the interview.", 'fraud'],
    ['If I keep asking, it all goes straight into my review.', 'career-stakes'],
    ["Ask the foreman twice and he'll stop giving me shifts.", 'career-stakes'],
    ['Men in my family don’t go to counsellors.', 'gender-rule'],
    ['She helped me once and I just filed that under exceptions.', 'discount'],
    ['That one laugh is still rattling round my head.', 'memory'],
    ['Half the canteen would be clocking me by lunch.', 'watching'],
  ])('%j has %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });
});

describe('suggestBarriers: widened ideas', () => {
  it.each<[string, BarrierId]>([
    [
      'Every time I go to knock on his door my stomach is in knots and my palms get sweaty.',
      'threat-response',
    ],
    [
      "She's had my kids every day this month. I'll never be able to repay her, so I can't ask again.",
      'social-debt',
    ],
    ["Lads don't moan, my dad always said, so I never asked the doctor about the pain.", 'gendered-norms'],
    [
      "It has to be spot on before anyone sees it, so I won't ask for a second pair of eyes.",
      'perfectionism',
    ],
  ])('%j suggests %s', (text, barrier) => {
    expect(ids(text)).toContain(barrier);
  });
});

describe('suggestBarriers: disowned reasons and debts owed to me', () => {
  it('negates the reason after "not because" and "not that" to the end of its clause', () => {
    expect(negatedWords('I bought her lunch, not because I felt I owed her.')).toEqual(
      expect.arrayContaining(['felt', 'owed', 'her']),
    );
    expect(negatedWords('I bought her lunch, not because I felt I owed her.')).not.toContain('lunch');
    expect(negatedWords("Not that I'd have to pay him back.")).toEqual(
      expect.arrayContaining(['pay', 'back']),
    );
  });

  it.each<[string, BarrierId]>([
    ['I took her flowers because I wanted to, not because I felt I owed her anything.', 'social-debt'],
    ["I'm owed two weeks' pay and I rang the agency about it.", 'social-debt'],
    [
      'My dad used to say nobody owes you anything. I rang the bank anyway and they were kind.',
      'social-debt',
    ],
    ['Rang the surgery this morning, heart steady, no dread at all. Sorted.', 'threat-response'],
  ])('%j does not suggest %s', (text, barrier) => {
    expect(ids(text)).not.toContain(barrier);
  });
});
