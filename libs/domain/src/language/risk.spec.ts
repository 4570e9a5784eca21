import { detectRisk, type RiskResult } from './risk';
import { MODEL_THRESHOLD, riskProbability, strongestFeatures } from './risk/classifier';
import { sentencesOf } from './risk/screen';

const flagged = (text: string): boolean => detectRisk(text).flagged;
const first = (text: string): RiskResult['findings'][number] => {
  const f = detectRisk(text).findings[0];
  if (!f) throw new Error(`no finding in: ${text}`);
  return f;
};

describe('detectRisk: tiers and categories (C-SSRS)', () => {
  it.each([
    ['I keep thinking about killing myself.', 'explicit', 'suicidal-thoughts'],
    ['I have been thinking about jumping off the bridge near work.', 'explicit', 'method'],
    ["I'm going to end it this weekend when everyone's away.", 'explicit', 'intent-or-plan'],
    ["I've been saving up my tablets in a drawer.", 'explicit', 'preparation'],
    ['I wrote goodbye letters to my kids.', 'explicit', 'preparation'],
    ['I tried to kill myself in March and nobody knows.', 'explicit', 'attempt'],
    ['I cut myself again last night.', 'explicit', 'self-harm'],
    ["I wish I'd never been born.", 'concern', 'wish-to-be-dead'],
    ["There's no point in living like this.", 'concern', 'hopelessness'],
    ['Everyone would be better off without me.', 'concern', 'burden'],
  ])('%s → %s / %s', (text, tier, category) => {
    const result = detectRisk(text);
    expect(result.flagged).toBe(true);
    expect(result.tier).toBe(tier);
    expect(result.findings.map((f) => f.category)).toContain(category);
  });

  it('an empty or ordinary text does not flag', () => {
    expect(detectRisk('')).toEqual({ flagged: false, tier: null, findings: [], matches: [] });
    expect(flagged('I asked my manager for help with the rota and she said yes.')).toBe(false);
  });

  it('the result tier is the most serious finding', () => {
    const result = detectRisk('Nobody would miss me. I have been cutting again.');
    expect(result.tier).toBe('explicit');
    expect(result.findings.map((f) => f.tier)).toEqual(['concern', 'explicit']);
  });
});

describe('detectRisk: evidence and when', () => {
  it('evidence is an exact substring of the input at its offsets', () => {
    const text = 'Work was fine. Honestly I just want to die, and I told nobody.';
    const result = detectRisk(text);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.evidence);
    expect(result.matches).toEqual(result.findings.map((f) => f.evidence));
    expect(first(text).evidence).toBe('want to die');
  });

  it('keeps offsets with curly apostrophes', () => {
    const text = 'I’m not sure I want to keep living.';
    const f = first(text);
    expect(text.slice(f.start, f.end)).toBe(f.evidence);
  });

  it.each([
    ['I cut myself again last night.', 'again'],
    ['I tried to end my life two years ago.', 'two years ago'],
    ['I attempted suicide in 2019.', 'in 2019'],
    ["I've been having suicidal thoughts since the divorce.", 'since the divorce'],
    ['I relapsed last night after 60 days clean.', 'last night'],
    ['When I was 17 I took an overdose.', 'When I was 17'],
  ])('%s → when "%s"', (text, when) => {
    expect(first(text).when).toBe(when);
  });

  it('when is null without time words', () => {
    expect(first('I want to kill myself.').when).toBeNull();
  });
});

describe('detectRisk: lemmas, not spellings', () => {
  it.each([
    'I keep thinking about ending my life.',
    'I ended up thinking about ending it all.',
    'i have been stockpiling my meds for weeks',
    "I've been googling lethal doses.",
    'I hurt myself on purpose when I feel like this.',
    "I've started cutting again.",
  ])('%s flags', (text) => expect(flagged(text)).toBe(true));

  it('"cut" of self-harm, not of hair, costs or ties', () => {
    expect(flagged("I've been cutting again.")).toBe(true);
    expect(flagged('I cut my hair short and asked my sister what she thought.')).toBe(false);
    expect(flagged("I'm cutting down on sugar.")).toBe(false);
    expect(flagged('I cut ties with my old flatmate.')).toBe(false);
  });
});

describe('detectRisk: texting style', () => {
  it.each([
    'kms lol i cant do this',
    'i dont want to live anymore',
    'wanna unalive myself ngl',
    'ive been thinking of ctb',
    'i did sh again last night',
    'im gonna end it tonight',
    'cant see myself making it to 30 and honestly dont want to',
  ])('%s flags', (text) => expect(flagged(text)).toBe(true));
});

describe('detectRisk: idioms and hyperbole do not flag', () => {
  it.each([
    'This deadline is killing me.',
    'I was dying to ask her about the new job.',
    "I'm dying of boredom in these meetings.",
    'That exam nearly finished me off.',
    "My mum will kill me if I'm late again.",
    'I could murder a curry.',
    'That chocolate cake was to die for.',
    'I was dead tired but I asked my neighbour for help.',
    'I nearly killed myself laughing at his impression.',
    "I'm ending it with him this weekend.",
    "I'd rather die than sing karaoke in front of my colleagues.",
    'I wanted to die when my boss read my email out to everyone.',
    "If the printer jams one more time I'm throwing myself out of the window, haha.",
    'I shot myself in the foot by not asking earlier.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));
});

describe('detectRisk: other people, professionals and media do not flag', () => {
  it.each([
    "A colleague's son took his own life last year.",
    'My brother says he wants to die sometimes and I do not know what to do.',
    'My best friend told me she has been cutting herself.',
    'My friend says nobody would notice if she was gone.',
    "I'm a social worker; three of the young people on my caseload self-harm.",
    'We did a mental health first aid module on suicidal ideation today.',
    "The song goes 'I wanna die' in the chorus.",
    'We watched a film where the main character jumps off a bridge.',
    'I listened to a podcast about surviving a suicide attempt.',
    'I work in A&E and we had three overdoses on my shift.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it('but the writer still flags when a film moves them to it', () => {
    expect(flagged('That film made me want to die.')).toBe(true);
  });
});

describe('detectRisk: accidents and medical context do not flag', () => {
  it.each([
    'I cut my finger chopping onions and had to ask my husband to finish dinner.',
    'I burned my hand on the oven tray.',
    'I took two paracetamol for a headache.',
    'I hurt myself at the gym lifting too much.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it('deliberate injury still flags', () => {
    expect(flagged('I burnt myself with the iron deliberately.')).toBe(true);
  });
});

describe('detectRisk: negation', () => {
  it.each([
    "I'm not suicidal, just tired.",
    "I'd never kill myself, I have my kids.",
    "I've never self-harmed.",
    "I don't have any thoughts of ending my life.",
  ])('a plain denial does not flag: %s', (text) => expect(flagged(text)).toBe(false));

  it('a denial with distress beside it still flags', () => {
    expect(flagged("I'm not going to kill myself, I just want the noise to stop.")).toBe(true);
  });

  it.each([
    'Not once have I wanted to die.',
    'There was a time I wanted to die, but not anymore.',
    'Suicide has never crossed my mind.',
    'Killing myself is not something I would ever do.',
    "I'm not suicidal, just tired of being around people at work.",
  ])('negations before, after and inverted: %s', (text) => expect(flagged(text)).toBe(false));

  it('a denial limited in time still flags', () => {
    expect(flagged("I'm not going to kill myself tonight.")).toBe(true);
  });

  it('a negation does not cross into a complement clause', () => {
    expect(flagged("What I didn't say is that the thought of killing myself keeps coming back.")).toBe(true);
  });

  it('negation of the subject clause does not reach the statement', () => {
    expect(flagged('Nobody knows that I cut myself.')).toBe(true);
  });

  it('"I don\'t want to be here" is itself the statement', () => {
    expect(first("I don't want to be here anymore.").category).toBe('wish-to-be-dead');
    expect(
      flagged("I don't want to be here at this job anymore, so I asked a friend to look at my CV."),
    ).toBe(false);
  });
});

describe('detectRisk: the trained backstop', () => {
  const text = 'Sometimes I think about just not being around, for good.';

  it('flags what no rule reads, with the sentence as evidence', () => {
    const f = first(text);
    expect(f.evidence).toBe('Sometimes I think about just not being around, for good');
    expect(f.tier).toBe('explicit');
  });

  it('explains itself by its strongest features', () => {
    const words = sentencesOf(text)[0] ?? [];
    expect(riskProbability(words)).toBeGreaterThanOrEqual(MODEL_THRESHOLD);
    expect(strongestFeatures(words)).toContain('b:think_about');
  });

  it('is not asked about someone else, nor where a rule read a negation', () => {
    expect(flagged('My brother thinks about just not being around, for good.')).toBe(false);
    expect(flagged("I'm not suicidal, just tired of being around people at work.")).toBe(false);
  });
});

describe('detectRisk: spellings read as standard English', () => {
  it.each([
    ['one-letter typos of risk words', 'i have been feeling sucidal for weeks'],
    ['a typo that swaps a letter', 'took an overdoze of my tablets on friday'],
    ['symbols that dodge filters', 'honestly i want to d!e'],
    ['slang said as two words', 'sewer slide is all i think about lately'],
    ['dropped g', 'i keep thinkin about killin myself'],
    ['Scots pronouns and negatives', 'Ah cannae stop thinking aboot killing masel'],
  ])('%s: %s', (_, text) => expect(flagged(text)).toBe(true));

  it('does not correct towards risk words from ordinary ones', () => {
    expect(flagged("I'm a researcher; I'd rather gather data than teach.")).toBe(false);
    expect(flagged('The prison ballet was filling up with relatives.')).toBe(false);
  });
});

describe('detectRisk: the writer in the third or second person', () => {
  it('reads a self-descriptor as the writer', () => {
    expect(flagged('this guy is thinking about killing himself tbh')).toBe(true);
    expect(flagged('this guy from work is thinking about killing himself')).toBe(false);
  });

  it('reads "you" as the writer when the text talks to itself', () => {
    expect(flagged("You should just kill yourself. That's what I keep telling myself.")).toBe(true);
    expect(flagged('You should just go to bed. That is what I keep telling myself.')).toBe(false);
  });
});

describe('detectRisk: a role stated in a neighbouring sentence', () => {
  it('reads method words as work, but not the writer’s own act', () => {
    expect(flagged("I'm a coroner. Half my week is overdoses.")).toBe(false);
    expect(flagged("I'm a nurse. Last night I took an overdose.")).toBe(true);
  });
});

describe('detectRisk: arrangements for after', () => {
  it.each([
    "I've sorted my passwords out for my wife, for after I'm gone.",
    "I asked my neighbour to take the rabbit, because I won't be around to feed her.",
    "Gave my bike and my books to my cousin. I won't need them.",
  ])('%s', (text) => expect(flagged(text)).toBe(true));

  it('not ordinary plans', () => {
    expect(flagged("I won't be around to see the match, I'm in Leeds that weekend.")).toBe(false);
  });
});

describe('detectRisk: who gets what', () => {
  it('reads deciding who inherits as preparation', () => {
    expect(flagged('I wrote down who gets my guitar and the car.')).toBe(true);
    expect(flagged('Gave my phone to my brother. I no go need it again.')).toBe(true);
  });
});

describe('detectRisk: an unnamed act, decided and dated', () => {
  it('reads "was going to do it on …" as intent', () => {
    expect(first('I was going to do it on Friday, then my mate turned up.').category).toBe('intent-or-plan');
    expect(flagged('I was going to ring her on Friday, then my mate turned up.')).toBe(false);
  });
});
