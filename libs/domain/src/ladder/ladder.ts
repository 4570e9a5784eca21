/**
 * The graduated ladder of help-seeking (product.md, "The ladder"): six rungs, lowest first, each with several
 * exercise templates, plus supporting practices usable at any rung. A practitioner assigns templates; a client
 * reads the instructions on a phone. All text is our own writing: warm, calm, concrete, second person.
 *
 * Template ids are stored with assignments: never rename one; retire it and add a new id instead.
 */
import { RUNGS, type BarrierId, type Rung, type StrategyId } from '../taxonomy/ids';

/** What kind of entry a template produces (product.md, "Record types"). */
export const RECORD_TYPES = ['observation', 'experiment', 'reflection'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type SuggestedFrequency =
  | { readonly kind: 'once' }
  | { readonly kind: 'daily'; readonly count: number }
  | { readonly kind: 'weekly'; readonly count: number };

export interface ExerciseTemplate {
  /** Kebab-case and stable. */
  readonly id: string;
  /** The rung it belongs to; null for a supporting practice usable at any rung. */
  readonly rung: Rung | null;
  readonly title: string;
  /** 60–150 words, for the client. */
  readonly instructions: string;
  readonly recordType: RecordType;
  readonly targetedBarriers: readonly BarrierId[];
  readonly strategies: readonly StrategyId[];
  readonly suggestedFrequency: SuggestedFrequency;
}

export interface LadderRung {
  readonly rung: Rung;
  readonly title: string;
  /** One sentence, for the client. */
  readonly summary: string;
  readonly templates: readonly ExerciseTemplate[];
}

function timesWord(count: number): string {
  if (count === 1) return 'Once';
  if (count === 2) return 'Twice';
  return `${count} times`;
}

/** A short human label, e.g. “Once a day”, “3 times a week”, “Once”. */
export function describeFrequency(f: SuggestedFrequency): string {
  switch (f.kind) {
    case 'once':
      return 'Once';
    case 'daily':
      return `${timesWord(f.count)} a day`;
    case 'weekly':
      return `${timesWord(f.count)} a week`;
  }
}

const ONCE: SuggestedFrequency = { kind: 'once' };
const daily = (count: number): SuggestedFrequency => ({ kind: 'daily', count });
const weekly = (count: number): SuggestedFrequency => ({ kind: 'weekly', count });

/** Rung 1 records observations; rungs 2–6 record help-request experiments. Checked at compile time. */
type RungTemplate<R extends Rung> = ExerciseTemplate & {
  readonly rung: R;
  readonly recordType: R extends 1 ? 'observation' : 'experiment';
};

const RUNG_INFO = {
  1: {
    title: 'Observe',
    summary:
      'Spend a week noticing how often help is asked for and given around you, without asking for anything yourself.',
  },
  2: {
    title: 'Micro-asks',
    summary: 'Make tiny requests of strangers or people you barely know, where very little is at stake.',
  },
  3: {
    title: 'Everyday practical asks',
    summary: 'Ask people you know for small, practical things that make an ordinary day easier.',
  },
  4: {
    title: 'Asks that cost the helper something',
    summary: 'Ask for a real favour, some of someone’s time, or their honest feedback.',
  },
  5: {
    title: 'Vulnerable asks',
    summary: 'Let someone see that you are struggling, and ask them for support.',
  },
  6: {
    title: 'High-stakes asks',
    summary:
      'Ask for help with the things that matter most: your health, your money, your work, and professional support.',
  },
} as const satisfies Record<Rung, { title: string; summary: string }>;

const RUNG_TEMPLATES: { readonly [R in Rung]: readonly RungTemplate<R>[] } = {
  1: [
    {
      id: 'observe-help-around-you',
      rung: 1,
      title: 'Spot the asks around you',
      instructions:
        'For the next seven days, be a quiet collector of help. Each day, notice at least one moment when someone asks for something or offers it: a shopper asking where the oat milk is, a colleague asking for a second pair of eyes, a child asking a parent to reach a high shelf. You don’t have to do anything else. Log one example a day: who asked whom, how they asked, and how the other person responded. Then add what you guessed the helper felt, and what they actually seemed to feel. On a busy day, one tiny moment is enough. This week is for watching, not for getting anything right.',
      recordType: 'observation',
      targetedBarriers: ['confirmation-bias', 'social-comparison', 'self-reliance-myth'],
      strategies: ['observe-others'],
      suggestedFrequency: daily(1),
    },
    {
      id: 'observe-asks-at-work',
      rung: 1,
      title: 'Watch how asking works at work',
      instructions:
        'Choose the place where asking feels riskiest to you, often work or a class, and study it for a week like a friendly researcher. Notice who asks questions in meetings, who messages a colleague for a file or a quick check, who says “can you remind me how this works?”. For each moment you log, note how big the request was and how people treated the asker afterwards. Did anyone seem to think less of them? Did anyone even remember it ten minutes later? Make a point of including people you respect. If you work from home, chat threads and emails count too. Nothing to prove here; you are simply gathering evidence.',
      recordType: 'observation',
      targetedBarriers: ['workplace-image', 'imposter-syndrome', 'spotlight-effect'],
      strategies: ['observe-others'],
      suggestedFrequency: daily(1),
    },
    {
      id: 'observe-people-like-you',
      rung: 1,
      title: 'Find people like you asking',
      instructions:
        'This week, look especially for people who remind you of yourself asking for help: your age, your gender, your kind of job, your temperament. A man asking the pharmacist which painkiller to take. A confident colleague asking the way to a meeting room. A parent at the school gate asking another parent to pick up their child. Log each one you see and how the other person reacted. Then write one line about what you honestly thought of the person who asked. Were you kinder to them than you usually are to yourself? One sighting a day is plenty, and if you spot none, just note where you looked.',
      recordType: 'observation',
      targetedBarriers: ['gendered-norms', 'double-standard', 'self-reliance-myth'],
      strategies: ['observe-others', 'reframe-as-strength'],
      suggestedFrequency: daily(1),
    },
    {
      id: 'observe-help-that-reaches-you',
      rung: 1,
      title: 'Notice the help that reaches you',
      instructions:
        'For one week, pay attention to help that reaches you or the people close to you, whether anyone asked for it or not: someone holding a door, a partner taking the bins out, a stranger pointing out the glove you dropped, a colleague forwarding a useful link. Log one moment each day. Note how the helper seemed while helping: rushed, neutral, pleased? Did they look as if they were keeping score? Jot down what you felt too, including any urge to pay them back on the spot. It is fine if your list starts short. Once you begin looking, help tends to turn up in more places than you expected.',
      recordType: 'observation',
      targetedBarriers: ['negativity-bias', 'social-debt', 'confirmation-bias'],
      strategies: ['observe-others', 'notice-rewards'],
      suggestedFrequency: daily(1),
    },
  ],
  2: [
    {
      id: 'micro-ask-time-or-way',
      rung: 2,
      title: 'Ask a stranger the time or the way',
      instructions:
        'Choose one tiny request to a stranger: the time, the way to a street you half know, or whether this is the right platform for your train. Pick a calm moment, like a quiet shop or a bus stop, rather than a rush. Before you ask, write down your prediction: how likely a yes is, how annoyed the person will be from 0 to 10, and how anxious you expect to feel. Then ask in one short sentence, without a long apology first. Afterwards, record what actually happened and how it compared with what you expected. If your voice wobbles or the words come out in the wrong order, that is completely normal. The only goal is that you asked.',
      recordType: 'experiment',
      targetedBarriers: ['threat-response', 'fear-of-rejection', 'spotlight-effect'],
      strategies: ['start-small'],
      suggestedFrequency: weekly(3),
    },
    {
      id: 'micro-ask-staff',
      rung: 2,
      title: 'Ask staff for something small',
      instructions:
        'Next time you are in a shop, café or library, ask someone who works there for something you could have found yourself with a bit of effort: where the batteries are, whether they have this in another size, a glass of tap water. Answering questions is part of their day, which makes this a gentle place to begin. On your way in, note how you think they will respond and how nervous you expect to be, from 0 to 10. Ask once, plainly. Afterwards, write down what they said, how they seemed, and whether anyone nearby even glanced over. Feeling a little silly afterwards is common and fades fast; note it if it shows up.',
      recordType: 'experiment',
      targetedBarriers: ['independence-bias', 'spotlight-effect', 'fear-of-rejection'],
      strategies: ['start-small'],
      suggestedFrequency: weekly(3),
    },
    {
      id: 'micro-ask-tiny-favour',
      rung: 2,
      title: 'A tiny favour from a stranger',
      instructions:
        'Ask someone you don’t know for a favour that costs them a few seconds: borrowing a pen at the post office, taking a photo of you and a friend, or keeping an eye on your bag while you fetch a napkin. Notice any urge to over-explain or to offer something in return, and see whether you can skip it; a simple thank you is enough. Beforehand, record your prediction and the thought you fear most. Afterwards, note how they reacted, how high your nerves peaked, and whether the debt you were worried about was really there. If they say no, that is useful too. It tells you about their moment, not about your worth.',
      recordType: 'experiment',
      targetedBarriers: ['social-debt', 'fear-of-rejection', 'threat-response'],
      strategies: ['start-small', 'let-others-help'],
      suggestedFrequency: weekly(2),
    },
    {
      id: 'micro-ask-acquaintance-message',
      rung: 2,
      title: 'A quick question to an acquaintance',
      instructions:
        'Send a short message to someone you only know a little: a neighbour, a parent from school, someone from your gym or course. Ask a small question they can answer in a minute, such as which day the recycling goes out, what time next week’s session starts, or whether they know a good local bakery. Keep it to two sentences. First write down how likely you think a friendly reply is and how long you expect to wait. Then send it and put your phone somewhere out of reach for a while. Record the reply when it comes, and how the waiting felt. Waiting is often the hardest part, and finding it uncomfortable is perfectly okay.',
      recordType: 'experiment',
      targetedBarriers: ['fear-of-rejection', 'independence-bias', 'confirmation-bias'],
      strategies: ['start-small', 'notice-rewards'],
      suggestedFrequency: weekly(2),
    },
  ],
  3: [
    {
      id: 'everyday-hand-over-a-task',
      rung: 3,
      title: 'Hand over one household job',
      instructions:
        'Pick one small everyday job you normally do yourself and ask someone you live with, or see often, to do it this time: picking up bread on their way home, packing tomorrow’s lunches, bringing in the washing. Ask directly, for example “Could you grab milk on your way back tonight?”, rather than hinting and hoping. Then let them do it their way, even if it is not quite how you would. Before asking, note your prediction and the thought that tells you not to bother. Afterwards, record how they responded, how it went, and what you did with the minutes you got back. Wanting to step in and redo it is normal; try to leave it be.',
      recordType: 'experiment',
      targetedBarriers: ['independence-bias', 'perfectionism', 'social-debt'],
      strategies: ['start-small', 'let-others-help'],
      suggestedFrequency: weekly(2),
    },
    {
      id: 'everyday-borrow-something',
      rung: 3,
      title: 'Borrow instead of buying',
      instructions:
        'Instead of buying something or going without, ask to borrow it from someone you know: a drill from a neighbour, a phone charger from a colleague, a cake tin or a suitcase from a friend. Choose something they clearly have and probably won’t need this week. Write down what you expect them to say, and how much you expect to owe them afterwards, from nothing to a lot. Then ask, and when you give it back, offer a warm thanks rather than a gift. Record how they reacted and whether the sense of owing them matched your fear. If the request comes out clumsy, don’t worry. Lending things is one of the oldest ways people look after each other.',
      recordType: 'experiment',
      targetedBarriers: ['social-debt', 'self-reliance-myth', 'fear-of-rejection'],
      strategies: ['start-small', 'let-others-help'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'everyday-quick-check',
      rung: 3,
      title: 'Ask for a quick second look',
      instructions:
        'Ask someone you know to spend two minutes checking something small for you: reading a short email before you send it, confirming you have read a timetable correctly, or glancing at a form in case you missed a box. Pick something that is nearly finished, so the request feels light. You might say, “Would you mind looking at this? I’d like a second opinion.” Beforehand, write down the thought you fear, perhaps “they’ll think I can’t handle simple things”, and how strongly you believe it from 0 to 100. Afterwards, record how they responded and rate that belief again. A moment of awkwardness is a fair trade for a second pair of eyes.',
      recordType: 'experiment',
      targetedBarriers: ['perfectionism', 'imposter-syndrome', 'workplace-image'],
      strategies: ['start-small', 'reframe-as-strength'],
      suggestedFrequency: weekly(2),
    },
    {
      id: 'everyday-ask-for-a-tip',
      rung: 3,
      title: 'Ask for someone’s recommendation',
      instructions:
        'Ask someone you know for their advice on an everyday choice: a mechanic they trust, an easy weeknight recipe, the app they use to keep track of bills, or how they get everyone out of the door on time in the morning. Most people enjoy being treated as the expert on something, which makes this a friendly kind of ask. Before you ask, note how interested you expect them to be. While they answer, watch whether they seem pleased to have been asked. Record what they suggested and one thing you learned that you wouldn’t have found alone. If a voice says “I should already know this”, write it down and carry on anyway.',
      recordType: 'experiment',
      targetedBarriers: ['self-reliance-myth', 'social-comparison', 'independence-bias'],
      strategies: ['let-others-help', 'notice-rewards'],
      suggestedFrequency: weekly(1),
    },
  ],
  4: [
    {
      id: 'favour-ask-for-time',
      rung: 4,
      title: 'Ask for an hour of someone’s time',
      instructions:
        'This step is a request that takes real time: a lift to the station, help carrying a sofa up the stairs, an hour of babysitting so you can get to an appointment. Choose someone who has said “let me know if you need anything”, and a task that would genuinely help. Make it clear and easy to decline, such as “No worries if it doesn’t work, but could you…?” Before asking, note how likely you think a yes is, the annoyance you expect, and any plan to repay them straight away. Afterwards, record what happened, how they seemed, and whether you ended up feeling closer or more in debt. Discomfort here means you are stretching, not failing.',
      recordType: 'experiment',
      targetedBarriers: ['social-debt', 'fear-of-rejection', 'independence-bias'],
      strategies: ['let-others-help', 'start-small'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'favour-ask-for-feedback',
      rung: 4,
      title: 'Ask for honest feedback',
      instructions:
        'Ask someone whose judgement you trust for feedback on something you have made: a draft report, your CV, a presentation, a painting, a plan for the garden. Share it before it feels finished; that is part of the exercise. Make the request specific, for example “What is one thing that works and one thing you would change?” Before you ask, write down what you fear they will conclude about you, and how much you believe it from 0 to 100. Afterwards, record what they actually said and how they said it, then rate that belief again. If showing unfinished work makes you squirm, let it. The squirm usually fades long before the useful advice does.',
      recordType: 'experiment',
      targetedBarriers: ['perfectionism', 'imposter-syndrome', 'workplace-image'],
      strategies: ['reframe-as-strength', 'start-small'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'favour-ask-to-be-shown',
      rung: 4,
      title: 'Ask someone to show you how',
      instructions:
        'Think of something you have been wrestling with alone, like a spreadsheet formula, a bike puncture, a stubborn phone setting or a knitting stitch, and ask someone who knows it to show you. It costs them some time and patience, which is why it sits on this rung. If you have already sunk hours into it, you may hear “it’s too late to ask now”; notice that thought and ask anyway. Write your prediction, including any fear of looking slow. Afterwards, record how long it took them compared with your solo attempts, how they seemed while showing you, and what you picked up. Feeling clumsy as a beginner is simply what learning feels like.',
      recordType: 'experiment',
      targetedBarriers: ['sunk-cost', 'imposter-syndrome', 'self-reliance-myth'],
      strategies: ['let-others-help', 'reframe-as-strength'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'favour-share-the-load-at-work',
      rung: 4,
      title: 'Share the load at work',
      instructions:
        'Look at your coming week at work or study and find a task that is likely to run late, or that someone else could do faster. Ask a colleague or classmate for real help with it: taking on one part, working through it together for half an hour, or explaining the step where you are stuck. Ask early, before it turns urgent; asking early is the skill you are practising. Write down your prediction, including what you think they will decide about you. Afterwards, record how they responded, how the deadline went, and whether anyone seemed to judge you at all. It is fine if your request sounds rehearsed. Most people just hear a sensible question.',
      recordType: 'experiment',
      targetedBarriers: ['workplace-image', 'planning-fallacy', 'spotlight-effect'],
      strategies: ['start-small', 'observe-others'],
      suggestedFrequency: weekly(1),
    },
  ],
  5: [
    {
      id: 'vulnerable-tell-someone',
      rung: 5,
      title: 'Tell someone what has been hard',
      instructions:
        'Choose one person you trust and tell them about something that has been hard lately: sleeping badly, a worry about your family, feeling flat at work. You don’t need them to fix anything; the request is simply that they listen. You can start with less than the whole story, for example “Can I tell you about something that’s been on my mind?” Plan when and where, then write down the thought you are most afraid of and how strongly you believe it. Afterwards, record how they responded, what you felt in your body, and whether that belief shifted. Tears, a shaky voice or a long pause are all allowed.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'fear-of-rejection', 'threat-response'],
      strategies: ['reframe-as-strength', 'mindful-noticing'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'vulnerable-ask-for-support',
      rung: 5,
      title: 'Ask for a specific kind of support',
      instructions:
        'Ask someone close to you for one specific kind of support during a hard stretch: “Could you text me on Thursday evening to ask how the interview went?”, “Would you come with me to the appointment?”, or “Can I call you tonight if I’m struggling?” Specific requests are much easier to say yes to than a general “I need support”. Before asking, note your prediction, what you fear it says about you, and whether you would judge a friend for asking the same. Afterwards, record their answer, how they seemed and what it was like to be looked after. If part of you insists you should cope alone, thank it for trying to protect you, and ask anyway.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'social-debt', 'gendered-norms', 'double-standard'],
      strategies: ['let-others-help', 'reframe-as-strength'],
      suggestedFrequency: weekly(1),
    },
    {
      id: 'vulnerable-after-a-mistake',
      rung: 5,
      title: 'Ask for help after a mistake',
      instructions:
        'Pick something that has gone wrong which you have been quietly trying to fix alone: a missed payment, a forgotten promise, a misunderstanding at work, a project that has gone sideways. Tell the person involved, or someone who can help, what happened, and ask for their help putting it right. Keep it short and factual, such as “I got the dates wrong and could use your help sorting it out.” Before you speak, write your feared thought and rate how strongly you hold it. Afterwards, note how they actually responded and what changed. Owning a mistake feels exposing, and it is also one of the quickest ways to build trust.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'imposter-syndrome', 'sunk-cost', 'perfectionism'],
      strategies: ['reframe-as-strength', 'start-small'],
      suggestedFrequency: ONCE,
    },
    {
      id: 'vulnerable-reconnect',
      rung: 5,
      title: 'Reach out after going quiet',
      instructions:
        'When life gets hard, many of us go quiet and then feel too awkward to get back in touch. Choose one person you have drifted from and send a message that asks for contact, for example “I’ve had a rough few months and went a bit silent. Would you like to get a coffee soon?” You don’t owe them a full explanation. Beforehand, record how likely a warm reply seems, and what you imagine they have been thinking about your silence. Afterwards, note their actual reply and how long it took to come. If no reply comes, that stings, and it still belongs in your record next to the replies that went well.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'spotlight-effect', 'negativity-bias', 'fear-of-rejection'],
      strategies: ['let-others-help', 'notice-rewards'],
      suggestedFrequency: ONCE,
    },
  ],
  6: [
    {
      id: 'high-stakes-health',
      rung: 6,
      title: 'Book the health appointment you have been putting off',
      instructions:
        'Think of a health worry you have been postponing: a pain that has not gone away, a check-up that is overdue, a symptom you keep hoping will sort itself out. The request is to contact a doctor, nurse, pharmacist or clinic and book a time to talk about it. Break it into steps: find the number today, write the one sentence you will open with, choose a time to call. Record your predictions, including any fear of wasting their time. Afterwards, note what happened and how you felt. Health workers hear small worries all day; bringing yours is exactly what they are there for. Needing more than one try is okay.',
      recordType: 'experiment',
      targetedBarriers: ['threat-response', 'planning-fallacy', 'gendered-norms', 'shame'],
      strategies: ['start-small', 'reframe-as-strength'],
      suggestedFrequency: ONCE,
    },
    {
      id: 'high-stakes-money',
      rung: 6,
      title: 'Ask for help with money',
      instructions:
        'Money worries are among the hardest things to ask about, and they tend to grow in silence. Choose one step: calling a provider to ask about a payment plan, contacting a free debt or benefits advice service, checking whether you qualify for support, or asking someone you trust to sit down with your budget alongside you. Gather the numbers you will need and jot a few notes first. Write down what you expect them to say and how you expect to feel. Afterwards, record what happened and what options you have now. Asking early leaves you more choices than asking late. Embarrassment is very common here, and the people you call hear these questions daily.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'self-reliance-myth', 'sunk-cost', 'planning-fallacy'],
      strategies: ['start-small', 'reframe-as-strength'],
      suggestedFrequency: ONCE,
    },
    {
      id: 'high-stakes-work',
      rung: 6,
      title: 'Raise something important at work',
      instructions:
        'Pick one work conversation that matters and that you have been avoiding: telling your manager the workload is not manageable, asking for training you need, requesting more time on a deadline, or asking for an adjustment for your health. Plan it: the one thing you are asking for, the sentence you will open with, and a moment when your manager is likely to be less rushed. Write down what you predict they will say and what you fear it will mean for how you are seen. Afterwards, record what happened, what was agreed and how your belief changed. Most managers would rather hear it now than after a missed deadline. Nerves are fine; bring your notes.',
      recordType: 'experiment',
      targetedBarriers: ['workplace-image', 'imposter-syndrome', 'spotlight-effect', 'perfectionism'],
      strategies: ['reframe-as-strength', 'observe-others'],
      suggestedFrequency: ONCE,
    },
    {
      id: 'high-stakes-professional-help',
      rung: 6,
      title: 'Reach out to a professional',
      instructions:
        'Sometimes the help you need is from someone trained for it: a doctor about your mood or sleep, a therapist or counsellor, a specialist, a support group. If that has been on your mind, this is a gentle first step. You might look up two or three options, draft a short message, or ask your practitioner to help you find the right person. Then send one enquiry or make one call. Record what you expected and what actually happened. You don’t need perfect words; “I’ve been struggling and would like to talk to someone” is enough. If you ever feel unsafe, contact your local emergency number straight away.',
      recordType: 'experiment',
      targetedBarriers: ['shame', 'gendered-norms', 'self-reliance-myth', 'threat-response'],
      strategies: ['reframe-as-strength', 'start-small'],
      suggestedFrequency: ONCE,
    },
  ],
};

export const LADDER: readonly LadderRung[] = RUNGS.map((rung) => ({
  rung,
  ...RUNG_INFO[rung],
  templates: RUNG_TEMPLATES[rung],
}));

/** Practices usable alongside any rung (rung: null). */
export const SUPPORTING_PRACTICES: readonly (ExerciseTemplate & { readonly rung: null })[] = [
  {
    id: 'practice-notice-resistance',
    rung: null,
    title: 'Notice the resistance, kindly',
    instructions:
      'When you catch yourself avoiding an ask, maybe typing and deleting a message or deciding you will just manage, pause for about a minute. Breathe out slowly and notice what is going on: where you feel it in your body, what your mind is telling you, and what you feel like doing instead. Give it a simple name, like “there’s the tight chest” or “there’s the burden story”. You don’t have to argue with it or obey it; just let it be there. Afterwards, write a few lines about what you noticed and how strong it was from 0 to 10. Some days you will forget to pause, and noticing later still counts.',
    recordType: 'reflection',
    targetedBarriers: ['threat-response', 'independence-bias', 'fear-of-rejection', 'shame'],
    strategies: ['mindful-noticing'],
    suggestedFrequency: daily(1),
  },
  {
    id: 'practice-recall-rewards',
    rung: null,
    title: 'Remember the asks that went well',
    instructions:
      'Memory tends to hold on to the one time asking went badly and let the good times slip away. This practice evens the scales. Once a week, write down two or three times someone helped you, recently or long ago: a teacher who stayed late, a friend who lent you money, a stranger who gave you directions. For each one, note what the help gave you, such as relief, time, a solved problem or feeling less alone, and how the helper seemed. Then take a moment to really remember how it felt. If nothing comes at first, start tiny; someone passing you the salt still counts.',
    recordType: 'reflection',
    targetedBarriers: ['negativity-bias', 'confirmation-bias', 'fear-of-rejection'],
    strategies: ['notice-rewards'],
    suggestedFrequency: weekly(1),
  },
  {
    id: 'practice-write-a-reframe',
    rung: null,
    title: 'Write a kinder version',
    instructions:
      'Write down one harsh thought you have about asking for help, in your own words, like “asking means I’ve failed” or “a capable person would work this out alone”. Underneath, write what you would say to a good friend who believed that about themselves. Then write a new version for yourself that is kind and still true, for instance “asking shows I know what I need” or “checking early is how careful people work”. It doesn’t have to feel convincing yet. Rate how much you believe the old thought and the new one, each from 0 to 100. Come back to it next week and see whether the numbers have moved.',
    recordType: 'reflection',
    targetedBarriers: ['shame', 'double-standard', 'perfectionism', 'self-reliance-myth'],
    strategies: ['reframe-as-strength'],
    suggestedFrequency: weekly(1),
  },
  {
    id: 'practice-let-someone-help',
    rung: null,
    title: 'Let someone help you grow closer',
    instructions:
      'Think of someone you would like to know better, such as a newer colleague, a neighbour or a friend of a friend. Ask them for a small favour or for advice on something they know well: a book recommendation, help choosing a paint colour, their view on a good running route. People often end up liking someone more after helping them, so an ask can build a connection rather than only cost one. And if someone offers you help this week, try saying yes instead of “I’m fine”. Record your prediction, what happened, and whether you felt closer afterwards. Accepting help can feel strange at first; let it.',
    recordType: 'experiment',
    targetedBarriers: ['social-debt', 'independence-bias', 'gendered-norms'],
    strategies: ['let-others-help', 'notice-rewards'],
    suggestedFrequency: weekly(1),
  },
  {
    id: 'practice-spot-asks-ahead',
    rung: null,
    title: 'Spot the asks ahead of time',
    instructions:
      'Once a week, spend ten minutes with your calendar or to-do list and look for the places where you will probably need help: a packed day with no time to cook, a task at work you have never done before, a trip where you will need a lift. Write down each one, who could help, and the smallest request that would make a difference. Also note anything you have been grinding away at alone for a while, and ask yourself honestly whether going solo is still worth it. You don’t have to make any of these asks yet. Seeing them early already makes them smaller. If the list feels long, circle just one.',
    recordType: 'reflection',
    targetedBarriers: ['planning-fallacy', 'sunk-cost', 'independence-bias'],
    strategies: ['start-small', 'mindful-noticing'],
    suggestedFrequency: weekly(1),
  },
];

/** Every template: the ladder's rungs in order, then the supporting practices. */
export const EXERCISE_TEMPLATES: readonly ExerciseTemplate[] = [
  ...LADDER.flatMap((rung) => rung.templates),
  ...SUPPORTING_PRACTICES,
];

const TEMPLATE_BY_ID: ReadonlyMap<string, ExerciseTemplate> = new Map(
  EXERCISE_TEMPLATES.map((template) => [template.id, template]),
);

export function getTemplate(id: string): ExerciseTemplate | undefined {
  return TEMPLATE_BY_ID.get(id);
}

export function templatesForRung(rung: Rung): readonly ExerciseTemplate[] {
  return RUNG_TEMPLATES[rung];
}
