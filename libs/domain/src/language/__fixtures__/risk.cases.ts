/**
 * Cases for detectRisk. Positives: explicit first-person suicide or self-harm language, present or recent,
 * including indirect forms. Negatives: idioms, third-party and general statements, charities, accidents.
 * Written for Askwell; some are embedded in ordinary reflections, as clients would write them.
 */
export interface RiskCase {
  text: string;
  flagged: boolean;
  note?: string;
}

export const RISK_CASES: readonly RiskCase[] = [
  // ---------------------------------------------------------------- positives
  { flagged: true, text: 'Everyone would be better off without me.' },
  { flagged: true, text: 'Some nights I want to go to sleep and not wake up.' },
  { flagged: true, text: "I don't want to be here anymore." },
  { flagged: true, text: "I've been thinking about ending it." },
  { flagged: true, text: 'I cut myself again last night after the phone call with my dad.' },
  { flagged: true, text: 'I hurt myself again after the argument. I know I should tell someone.' },
  { flagged: true, text: "There's no point in living like this." },
  { flagged: true, text: 'Sometimes I want to kill myself.' },
  { flagged: true, text: 'I thought about taking all my pills on Sunday.' },
  { flagged: true, text: 'I wish I were dead.' },
  { flagged: true, text: "I've been planning how I would do it." },
  { flagged: true, text: 'I feel suicidal most evenings, especially after work.' },
  { flagged: true, text: "My family would be better off if I wasn't here." },
  { flagged: true, text: 'I keep thinking about suicide when I lie awake.' },
  { flagged: true, text: 'I tried to kill myself in March and nobody knows.' },
  { flagged: true, text: "I've started self-harming again." },
  { flagged: true, text: "Life isn't worth living without her." },
  { flagged: true, text: 'Honestly I just want to die.' },
  { flagged: true, text: "I've been having suicidal thoughts since the divorce." },
  { flagged: true, text: 'I wish I could go to sleep and never wake up again.' },
  { flagged: true, text: "I won't be around much longer, so it doesn't matter if I ask her." },
  { flagged: true, text: "I took a handful of my sleeping pills on Sunday, hoping I wouldn't wake up." },
  { flagged: true, text: 'i dont want to live anymore', note: 'lower case, no apostrophe' },
  { flagged: true, text: 'I keep thinking I should just end my life.' },
  { flagged: true, text: 'Part of me wants to die.' },
  { flagged: true, text: "I've been looking up ways to kill myself." },
  { flagged: true, text: 'sometimes i think about jumping off the bridge near work' },
  { flagged: true, text: 'I burned myself with a lighter on purpose.' },
  { flagged: true, text: 'The urge to self-harm is back this week.' },
  { flagged: true, text: "Nobody would even notice if I was gone. Everyone's better off without me." },
  { flagged: true, text: 'I want to end it all.' },
  { flagged: true, text: "I don't want to exist anymore." },
  { flagged: true, text: "There's no reason to go on." },
  { flagged: true, text: "I've written goodbye letters to my kids." },
  { flagged: true, text: "I'm thinking of taking my own life." },
  { flagged: true, text: 'I want to disappear forever.' },
  { flagged: true, text: 'No one would miss me if I died.' },
  { flagged: true, text: "I can't go on like this." },
  { flagged: true, text: 'I scratched my arms until they bled.' },
  { flagged: true, text: "I've been hurting myself again, nobody knows." },
  {
    flagged: true,
    text: "I asked my sister for help with the rent and she said no. I felt like such a burden. Honestly I don't want to be here anymore.",
    note: 'inside an ordinary reflection',
  },
  {
    flagged: true,
    text: 'I\u2019m not going to kill myself, I just want the noise to stop.',
    note: 'denial next to risk language still flags (by design)',
  },

  // ---------------------------------------------------------------- negatives: idioms
  { flagged: false, text: 'This deadline is killing me.' },
  { flagged: false, text: 'I was dying to ask her about the new job.' },
  { flagged: false, text: 'I could have killed for a coffee after that meeting.' },
  { flagged: false, text: 'My phone died halfway through the call, so I asked a stranger to borrow hers.' },
  { flagged: false, text: 'I nearly died of embarrassment when I had to ask again.' },
  { flagged: false, text: 'My grandmother died last year and I still miss her.' },
  { flagged: false, text: 'I volunteered at the Samaritans for two years before I moved.' },
  { flagged: false, text: 'I ran a half marathon for a suicide prevention charity in May.' },
  { flagged: false, text: 'I killed it in the presentation and then asked my boss for feedback.' },
  { flagged: false, text: 'The suspense is killing me, she still has not replied.' },
  { flagged: false, text: 'I was dead tired but I asked my neighbour for help with the bins.' },
  { flagged: false, text: "I'd kill to have her confidence when she asks for things." },
  { flagged: false, text: 'I nearly killed myself laughing at his impression of our manager.' },
  { flagged: false, text: 'That chocolate cake was to die for.' },
  { flagged: false, text: "I'm dead serious about asking for the raise this time." },
  { flagged: false, text: "I'm sick to death of the rain." },
  { flagged: false, text: 'I could murder a pizza right now.' },
  { flagged: false, text: 'I shot myself in the foot by not asking earlier.' },
  { flagged: false, text: 'I wanted to die of embarrassment when my voice cracked.' },
  { flagged: false, text: "I'm drowning in paperwork at the moment." },
  {
    flagged: false,
    text: 'Killing time before my appointment, I asked the receptionist for a glass of water.',
  },
  { flagged: false, text: 'My laptop battery is dead so I asked a stranger for a charger.' },
  { flagged: false, text: "I'd rather die than sing karaoke in front of my colleagues." },
  { flagged: false, text: 'I wanted the ground to swallow me up.' },
  // ---------------------------------------------------------------- negatives: third party, general, past of others
  {
    flagged: false,
    text: 'The chapter says many suicides could be prevented if people felt able to ask for help.',
  },
  { flagged: false, text: 'My friend told me her brother tried to kill himself years ago.' },
  { flagged: false, text: 'We watched a documentary about self-harm in schools.' },
  { flagged: false, text: 'The film was about a soldier who took his own life.' },
  { flagged: false, text: "She's killing herself with overwork, my poor sister." },
  // ---------------------------------------------------------------- negatives: ordinary life
  { flagged: false, text: 'I cut my finger chopping onions and had to ask my husband to finish dinner.' },
  {
    flagged: false,
    text: 'I hurt myself at the gym lifting too much, so I asked the trainer to check my form.',
  },
  { flagged: false, text: "I'm not going to end it with him, we just need to talk more." },
  { flagged: false, text: 'I took all my notes to the meeting and asked the chair to slow down.' },
  { flagged: false, text: 'I planned how I would ask her and practised in the mirror.' },
  { flagged: false, text: "I'm cutting back on coffee and sugar." },
  {
    flagged: false,
    text: "I don't want to be here at this job anymore, so I asked a friend to look at my CV.",
  },
  { flagged: false, text: 'Grandad passed away peacefully and we all helped each other with the funeral.' },
  { flagged: false, text: 'My plants are dead again, I should ask my neighbour how she keeps hers alive.' },
];
