import { detectRisk } from './risk';
import { screen } from './risk/screen';

/** The rules alone (no model), so each class of warning sign is shown to be read by a rule. */
const byRules = (text: string): string[] => screen(text, null).map((f) => f.category);
const flagged = (text: string): boolean => byRules(text).length > 0;

describe('detectRisk: settling affairs (preparation)', () => {
  it.each([
    'Rewrote my will on Sunday and left the envelope on the desk.',
    'Cleared off my credit card debts so my sister is not stuck with them after.',
    'Deactivated all my socials. Easier for everyone once I am gone.',
    'I rehomed my cat with my neighbour.',
    'Getting my affairs in order: the dog, the passwords, the bank.',
    'Been learning to tie a noose from a forum.',
    'Went back to the car park to check how high the top floor is, and looked over the edge.',
    'I hugged my dad for ages. He did not realise I was saying goodbye.',
    'Seeing all my friends one last time this week.',
    'Left a letter for whoever finds me.',
    'Wrote letters to both kids just in case.',
    'I said my goodbyes.',
    'I looked up the highest bridge near me.',
  ])('%s', (text) => expect(byRules(text)).toContain('preparation'));

  it.each([
    'We updated our wills after the baby was born, as the solicitor advised.',
    'Paid off my debts this year and I feel free.',
    'We rehomed the dog because we are moving abroad.',
    'I measured how high the shelf is for the new fridge.',
    'Practising tying knots for the sailing course.',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: attempts told by their frame', () => {
  it.each([
    'The night I tried, my mum found me.',
    'Since I tried I have not been the same.',
    'I almost went through with it on Friday.',
    'I started to do it and then rang 999.',
    'I wrote the note and took all the tablets, then panicked.',
    'I tried to take myself out last spring.',
    'The rope was already around my neck when I stopped.',
  ])('%s', (text) => expect(byRules(text)).toContain('attempt'));

  it.each([
    'The night I tried sushi I got food poisoning.',
    'The last time I tried, the shop was shut.',
    'I started to do it but the homework was too hard.',
    'I took my tablets with breakfast as the doctor said.',
    'I will take myself out for lunch.',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: self-harm hidden or told by its traces', () => {
  it.each([
    'I hid my razors under the sink so my flatmate would not see.',
    'How do I explain the scars on my wrists at the beach?',
    "I can't let anyone see my forearms.",
    'Wore my hoodie all day in 30 degree heat.',
    "The marks on my legs are from what I've been doing.",
    'I deserve it, so I punch my thighs until there are bruises.',
    'My clean streak is gone.',
    'Relapsed on Friday after six weeks.',
    'I have self-harm scars on my arms that I cover at work.',
  ])('%s', (text) => expect(byRules(text)).toContain('self-harm'));

  it.each([
    "I can't let anyone see my arms until I get a tan.",
    'I cut my hand on a tin.',
    'The urge to snack won again.',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: scope of negation and quotation', () => {
  it.each([
    "I wouldn't mind if a lorry hit me.",
    "I don't care if I die.",
    "Nobody needs to see my stuff after I'm gone.",
    "I keep picturin' myself jumpin' off the bridge.",
    "Sat by my parents' pond and thought about drowning myself.",
  ])('%s', (text) => expect(flagged(text)).toBe(true));

  it.each(['I never once thought about suicide.', "I don't want to die, I want help."])(
    'still negated: %s',
    (text) => expect(flagged(text)).toBe(false),
  );
});

describe('detectRisk: principled vetoes that keep real disclosures', () => {
  it.each([
    "The dentist again? I'd rather be dead, haha.",
    'I like to died when they called my name.',
    'A lad in my class overdosed at the weekend.',
    "It's not that I don't want to be here, I want a quieter job.",
    "One more meeting and I'll lose the will to live.",
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));

  it.each([
    "I'd rather be dead than keep feeling like this.",
    'My friend died by suicide and now I think about it too.',
    'I have lost all desire to go on living.',
    "I don't want to fight anymore.",
    'Every night I think how to die.',
  ])('still: %s', (text) => expect(flagged(text)).toBe(true));
});

describe('detectRisk: an ordinary reading named in the sentence silences the model too', () => {
  it.each([
    'I checked how high the bridge is for our caravan.',
    'I keep thinking about the pills I need to pick up from the pharmacy.',
    "I'm leaving this world of retail behind for a new career.",
    'The sea is calling me, I need a beach holiday.',
    'I hope the bus gets me there on time.',
    'Waiting for it all to be over at the dentist.',
    'I hid my razors from my toddler.',
    'I left a note for whoever borrowed my bike.',
    'I drank some bleach by accident as a kid.',
    'Would anyone miss me if I skipped the party?',
  ])('not: %s', (text) => expect(detectRisk(text).flagged).toBe(false));

  it.each([
    'hid my blades in a shoebox so my mum wont find them',
    'I collect a few tablets from a different pharmacy each week, for when I decide.',
    'Would anyone miss me if I was gone?',
  ])('still: %s', (text) => expect(detectRisk(text).flagged).toBe(true));
});
