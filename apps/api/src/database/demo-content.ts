/** The demo practice's made-up people and words: its three clients and what their entries say. */

import type { ExperimentPlan } from '@askwell/domain';

/** What the reflections say (the first four also serve as an observation's barrier thoughts). */
export const REFLECTIONS = [
  'I noticed I wanted to sort the printer out by myself again, even though Dev knows it inside out. I should be able to handle this on my own, I kept thinking.',
  'Honestly I felt ashamed to need help with the tax form. It is such a basic thing.',
  'I kept picturing everyone in the meeting staring at me if I asked the question, so I stayed quiet.',
  'I owe Sarah so much already, asking again would make me a burden.',
  'Asked my neighbour to take a parcel in and she said of course, no fuss at all. I had built it up for nothing.',
  'I thought it would take me an hour to fix the spreadsheet and it took the whole afternoon. I could have asked at lunch.',
  'Real men sort their own problems out, that is what my dad always said. I can hear him when I think about asking.',
  'What if they say no and I have to see them every day after that?',
  'I have already put three weekends into this shed; asking for help now feels like admitting it was a waste.',
  'Everyone else on the course seems to get it straight away. I do not want to be the one who is behind.',
  'It went fine. My sister laughed and said she had been waiting for me to ask.',
  'I told my manager I was stuck. She thanked me for saying so early.',
];

/** Whom an experiment asks, for what, how, and in which part of life. */
export const REQUESTS: [string, string, ExperimentPlan['channel'], ExperimentPlan['lifeArea']][] = [
  ['a colleague', 'to look over my report before I send it', 'in-person', 'work'],
  ['my sister', 'to pick the kids up on Thursday', 'phone', 'relationships'],
  ['the pharmacist', 'to explain how to take the new tablets', 'in-person', 'physical-health'],
  ['my neighbour', 'to water the plants while I am away', 'in-person', 'everyday'],
  ['my manager', 'for an extra day on the deadline', 'message', 'work'],
  ['a friend from the course', 'to share their notes from last week', 'message', 'learning'],
  ['my brother', 'to help me move the wardrobe', 'phone', 'relationships'],
  ['the bank adviser', 'to walk me through the savings options', 'video', 'finances'],
];

/** The thought an experiment tests. */
export const FEARED = [
  'My boss will think I am not up to the job',
  'Grown adults should be able to handle this on their own',
  'They will say no and it will be awkward',
  'I will be a burden and owe them',
];

/** One demo client: their rung, what they write and how often, whether they raise the risk flag. */
export interface ClientSpec {
  name: string;
  email: string;
  rung: number;
  kinds: ('observation' | 'experiment' | 'reflection')[];
  perWeek: number;
  flag: boolean;
  /** How often an entry of the assignment's kind is logged against it: the clients keep to it differently. */
  keepsToIt: number;
}

export const CLIENTS: ClientSpec[] = [
  {
    name: 'Maya Okafor',
    email: 'maya.demo@askwell.example',
    rung: 1,
    kinds: ['observation', 'reflection'],
    perWeek: 3,
    flag: false,
    keepsToIt: 0.95,
  },
  {
    name: 'Jonah Reyes',
    email: 'jonah.demo@askwell.example',
    rung: 3,
    kinds: ['experiment', 'reflection'],
    perWeek: 3,
    flag: true,
    keepsToIt: 0.35,
  },
  {
    name: 'Priya Nair',
    email: 'priya.demo@askwell.example',
    rung: 5,
    kinds: ['experiment', 'experiment', 'reflection'],
    perWeek: 4,
    flag: false,
    keepsToIt: 0.7,
  },
];

/** How many weeks of entries each client has, up to today. */
export const WEEKS = 8;

/** What the practitioner noted after a session. */
export const SESSION_NOTES = [
  'Good energy; worked on predictions.',
  'Talked about the old rule “manage alone”.',
  'Planned next week’s asks together.',
];
