import { detectRisk } from './risk';
import { screen } from './risk/screen';

/** The rules alone (no model), so each class of phrasing is shown to be read by a rule. */
const byRules = (text: string): string[] => screen(text, null).map((f) => f.category);
const flagged = (text: string): boolean => byRules(text).length > 0;

describe('detectRisk: texting and slashed forms', () => {
  it.each([
    ['they would all be better w/o me', 'burden'],
    ['s/h again last night', 'self-harm'],
    ['theyd be happier if i was gone', 'burden'],
    ['i want to self delete', 'suicidal-thoughts'],
    ['i wanna unalive', 'wish-to-be-dead'],
    ['i must finish myself', 'suicidal-thoughts'],
    ['i want 2 die', 'wish-to-be-dead'],
    ['i wana die', 'wish-to-be-dead'],
    ['i wnt to kill myslf', 'suicidal-thoughts'],
    ['started sh-ing again', 'self-harm'],
    ['i feel suicidle', 'suicidal-thoughts'],
    ['i wanna disapear forever', 'wish-to-be-dead'],
    ['tired of bein alive', 'wish-to-be-dead'],
    ['i cant do this no more', 'hopelessness'],
    ['i dont wanna be here no more', 'wish-to-be-dead'],
  ])('%s → %s', (text, category) => expect(byRules(text)).toContain(category));

  it('keeps the idiom in kmsl', () => expect(flagged('that meme kmsl')).toBe(false));

  it('reads "no more" as "anymore" only at the end of a clause', () => {
    expect(flagged('I have no more pills to take for my cold.')).toBe(false);
  });
});

describe('detectRisk: ending one’s life, said another way', () => {
  it.each([
    'When the money is sent I will leave this world.',
    'I keep coming back to the permanent solution.',
    'planning my exit and not from work',
    'checking out early is all I think about',
    'A voice keeps telling me to drive into the river.',
    'How do you stop wanting to kill yourself?',
    'I think about dying most nights.',
    'My cousin killed himself in May and now I think about doing the same.',
    'I want out. Permanently.',
  ])('%s', (text) => expect(flagged(text)).toBe(true));

  it.each([
    'The permanent solution for the leak is a new pipe.',
    'I keep thinking about dyeing my hair, or dying my hair as my mum spells it.',
    'I want out of this contract forever.',
    'My mum keeps telling me to drive more carefully.',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: a pull towards a method', () => {
  it.each([
    'The railway line keeps calling me.',
    'My mind goes straight to the pills whenever it gets bad.',
    'I keep picturing stepping off the multi-storey.',
    'I keep thinking of walking into the Thames and not coming out.',
    'Would the whole packet be enough to kill me?',
    'I keep looking at the knives and thinking about it.',
  ])('%s', (text) => expect(byRules(text)).toContain('method'));
});

describe('detectRisk: passive wishes', () => {
  it.each([
    'Every night I pray for the Lord to take me home.',
    "I honestly wouldn't care if I didn't survive the surgery.",
    'I hope the cancer comes back and takes me.',
    'part of me wished it was me in that crash',
    'might as well be dead',
    'I just want to go to heaven.',
    'I want to sleep and never wake up.',
  ])('%s', (text) => expect(byRules(text)).toContain('wish-to-be-dead'));

  it('not a wish about oversleeping', () => {
    expect(flagged("I hope I don't wake up late tomorrow.")).toBe(false);
  });
});

describe('detectRisk: hopelessness and burden, said as things', () => {
  it.each([
    ["I can't picture being thirty.", 'hopelessness'],
    ['There is no reason for me to be here.', 'hopelessness'],
    ["Honestly what's the point anymore", 'hopelessness'],
    ['Why would I keep going?', 'hopelessness'],
    ["I'm just dead weight to my family.", 'burden'],
    ["I'll stop taking up space soon.", 'burden'],
    ['Would anyone even miss me?', 'burden'],
    ['My parents could stop worrying if I was gone.', 'burden'],
    ['If I died tomorrow work would carry on. Nobody would care.', 'burden'],
    ['I do not think anyone would grieve were I to die.', 'burden'],
  ])('%s → %s', (text, category) => expect(byRules(text)).toContain(category));

  it.each([
    "I can't see myself in this job in a year.",
    "There's no point arguing with the council.",
    'Would anyone miss me if I moved to Spain?',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: a laugh said to be meant', () => {
  it('flags "lol but for real", not the laugh alone', () => {
    expect(detectRisk('i want to die lol but for real').flagged).toBe(true);
    expect(flagged('i want to die lol the printer jammed')).toBe(false);
  });
});
