/** Row generators: a client's assignments, sessions, reviews and rung move; its entries, tags and flags. */
import {
  addDays,
  BARRIER_IDS,
  type ExperimentOutcome,
  type ExperimentPlan,
  type LocalDate,
  RISK_SCREEN_VERSION,
} from '@askwell/domain';
import { uuidFrom } from './seed-random';
import type { Templates } from './seed-templates';
import type { Batches } from './seed-writers';

/** The one finding of a bench flag, as the API stores it (risk_flag.findings). */
const FLAG_FINDINGS = JSON.stringify([
  { tier: 'concern', category: 'wish-to-be-dead', evidence: 'not wake up', when: null },
]);

/** What one client's rows are drawn from and written to. */
export interface ClientContext {
  batches: Batches;
  random: () => number;
  t: Templates;
  today: LocalDate;
  practiceId: string;
  practitionerId: string;
  clientId: string;
}

/**
 * The client's three assignments, sessions (each with its brief reviewed) and rung move; returns the two
 * assignments its entries refer to.
 */
export async function clientRows(
  c: ClientContext,
  entriesPerClient: number,
): Promise<{ weekly: string; daily: string }> {
  const {
    batches: { assignments, sessions, reviews, decisions },
    random,
    today,
    practiceId,
    practitionerId,
    clientId,
  } = c;
  const days = Math.ceil(entriesPerClient / 2);
  const first = addDays(today, -(days - 1));
  const weekly = uuidFrom(random);
  const daily = uuidFrom(random);
  const old = uuidFrom(random);
  const recent = addDays(today, -55);
  await assignments.add([
    practiceId,
    weekly,
    clientId,
    practitionerId,
    'micro-ask-staff',
    recent,
    JSON.stringify({ kind: 'weekdays', weekdays: [1, 3, 5], count: 24 }),
    'active',
    null,
  ]);
  await assignments.add([
    practiceId,
    daily,
    clientId,
    practitionerId,
    'observe-help-around-you',
    addDays(today, -20),
    JSON.stringify({ kind: 'daily', count: 30 }),
    'active',
    null,
  ]);
  await assignments.add([
    practiceId,
    old,
    clientId,
    practitionerId,
    'micro-ask-staff',
    first,
    JSON.stringify({ kind: 'weekly', count: 8 }),
    'ended',
    addDays(first, 50),
  ]);
  for (let s = 7; s < days; s += 14) {
    await sessions.add([practiceId, clientId, practitionerId, addDays(today, -s), 'Worked on predictions.']);
    // The brief read before that session, marked reviewed the evening before.
    await reviews.add([
      practiceId,
      clientId,
      practitionerId,
      addDays(today, -s - 13),
      addDays(today, -s - 1),
      new Date(`${addDays(today, -s - 1)}T19:00:00Z`),
    ]);
  }
  await decisions.add([
    practiceId,
    clientId,
    practitionerId,
    'approve',
    2,
    3,
    '{}',
    new Date(`${addDays(today, -60)}T12:00:00Z`),
  ]);
  await assignments.flush();
  return { weekly, daily };
}

/** The client's entry number i (0 the newest) with its barrier tags and, one in 200, a risk flag. */
export async function entryRows(c: ClientContext, i: number, weekly: string, daily: string): Promise<void> {
  const {
    batches: { entries, tags, flags },
    random,
    t,
    today,
    practiceId,
    practitionerId,
    clientId,
  } = c;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const age = Math.floor(i / 2); // days before today
  const on = addDays(today, -age);
  const at = new Date(`${on}T${String(8 + (i % 2) * 6 + Math.floor(random() * 5)).padStart(2, '0')}:15:00Z`);
  const entryId = uuidFrom(random);
  const r = random();
  const kind = r < 0.4 ? 'experiment' : r < 0.7 ? 'observation' : 'reflection';
  const reflection = kind === 'reflection' ? pick(t.reflections) : null;
  const sharing = reflection?.sharing ?? 'shared';
  const isOld = age > 10;
  const read = isOld && sharing === 'shared';
  let body: unknown = null;
  let plan: ExperimentPlan | null = null;
  let outcome: ExperimentOutcome | null = null;
  let state = 'submitted';
  let doneOn: LocalDate | null = on;
  let assignmentId: string | null = null;
  if (kind === 'experiment') {
    plan = { ...pick(t.plans), plannedOn: on };
    if (age < 2) {
      state = 'planned';
      doneOn = null;
    } else {
      state = 'completed';
      const o = pick(t.outcomes);
      outcome = o.didAsk === 'no' ? o : { ...o, askedOn: on };
    }
    if (age <= 55 && doneOn) assignmentId = weekly;
  } else if (kind === 'observation') {
    body = { ...pick(t.observations), occurredOn: on };
    if (age <= 20) assignmentId = daily;
  } else {
    body = reflection;
  }
  await entries.add([
    practiceId,
    entryId,
    clientId,
    assignmentId,
    kind,
    sharing,
    state,
    on,
    doneOn,
    body === null ? null : JSON.stringify(body),
    plan === null ? null : JSON.stringify(plan),
    outcome === null ? null : JSON.stringify(outcome),
    kind === 'experiment' && state === 'completed' ? at : null,
    sharing === 'shared' && random() < 0.02,
    read ? at : null,
    read ? practitionerId : null,
    read ? at : null,
    at,
    at,
    RISK_SCREEN_VERSION,
  ]);
  const first = Math.floor(random() * BARRIER_IDS.length);
  const count = 1 + (random() < 0.5 ? 1 : 0);
  for (let k = 0; k < count; k++) {
    const barrierId = BARRIER_IDS[(first + k * 5) % BARRIER_IDS.length];
    const status = k === 0 ? 'client' : read ? 'confirmed' : 'suggested';
    await tags.add([
      practiceId,
      entryId,
      barrierId,
      status,
      status === 'client' ? null : 'asking again',
      status === 'suggested' ? null : status === 'client' ? clientId : practitionerId,
      at,
    ]);
  }
  if (i % 200 === 17) {
    await flags.add([
      practiceId,
      clientId,
      entryId,
      '{"not wake up"}',
      'concern',
      'wish-to-be-dead',
      FLAG_FINDINGS,
      RISK_SCREEN_VERSION,
      at,
      isOld ? at : null,
      isOld ? practitionerId : null,
    ]);
  }
}
