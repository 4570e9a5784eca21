import {
  addDays,
  BARRIER_IDS,
  type ExperimentOutcome,
  ExperimentOutcomeSchema,
  type ExperimentPlan,
  ExperimentPlanSchema,
  type LocalDate,
  localDateOf,
  ObservationEntrySchema,
  ReflectionEntrySchema,
  RISK_SCREEN_VERSION,
} from '@askwell/domain';
import { hash } from '@node-rs/argon2';
import type { Sql } from './sql';

/**
 * Bench data written straight into the schema (multi-row INSERT … SELECT FROM unnest($1::…[], …), a few
 * thousand rows per statement), deterministic from a seed: the same layout and seed give the same rows
 * (ids included) on every machine; only the dates move with "today". Bodies are parsed once by the domain
 * schemas (a pool of variants), so the API reads them as it reads its own rows.
 *
 * Shape per client (entries spread two a day back from today, so the recent weeks look the same whatever the
 * history): 40 % experiments (completed, the newest few only planned), 30 % observations, 30 % reflections
 * (one in ten private); one or two barrier tags per entry (client / suggested / confirmed); entries older than
 * ten days read and reviewed; 2 % raised for the session; a risk flag every 200 entries; three assignments;
 * a session every 14 days; an approved rung move 60 days ago.
 */
export interface PracticeSpec {
  name: string;
  clients: number;
  entriesPerClient: number;
}

export interface SeededPractice {
  practiceId: string;
  name: string;
  practitionerEmail: string;
  clientEmails: string[];
  clientIds: string[];
  entriesPerClient: number;
}

export const BENCH_PASSWORD = 'bench-password-not-secret-1';
export const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A v4-shaped uuid from the generator. */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const REFLECTIONS = [
  'I noticed I wanted to sort the printer out by myself again, even though Dev knows it inside out.',
  'Honestly I felt ashamed to need help with the tax form. It is such a basic thing.',
  'I kept picturing everyone in the meeting staring at me if I asked the question, so I stayed quiet.',
  'I owe Sarah so much already, asking again would make me a burden.',
  'Asked my neighbour to take a parcel in and she said of course, no fuss at all.',
  'It went fine. My sister laughed and said she had been waiting for me to ask.',
];
const REQUESTS: [string, string, ExperimentPlan['channel'], ExperimentPlan['lifeArea']][] = [
  ['a colleague', 'to look over my report before I send it', 'in-person', 'work'],
  ['my sister', 'to pick the kids up on Thursday', 'phone', 'relationships'],
  ['the pharmacist', 'to explain how to take the new tablets', 'in-person', 'physical-health'],
  ['my neighbour', 'to water the plants while I am away', 'in-person', 'everyday'],
  ['my manager', 'for an extra day on the deadline', 'message', 'work'],
  ['my brother', 'to help me move the wardrobe', 'phone', 'relationships'],
];

/** Parsed once: the variants rows are made of (dates filled in per row). */
function templates(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = '2026-01-05';
  const plans = Array.from({ length: 24 }, () => {
    const [helper, request, channel, lifeArea] = pick(REQUESTS);
    return ExperimentPlanSchema.parse({
      helper,
      request,
      channel,
      lifeArea,
      plannedOn: day,
      fearedThought: 'They will think I cannot cope',
      beliefBefore: 50 + Math.floor(random() * 40),
      predictedYesChance: 10 * (1 + Math.floor(random() * 5)),
      predictedAnnoyance: 3 + Math.floor(random() * 6),
      anticipatedDistress: 4 + Math.floor(random() * 5),
    });
  });
  const outcomes = Array.from({ length: 24 }, (_, i) =>
    ExperimentOutcomeSchema.parse(
      i % 7 === 6
        ? { didAsk: 'no', whatGotInTheWay: 'I ran out of time and then it felt too late to ask.' }
        : {
            didAsk: 'yes',
            askedOn: day,
            whatHappened: 'I asked, a bit quickly, and they said yes straight away.',
            response: random() < 0.8 ? 'yes' : 'partly',
            helperReaction: Math.floor(random() * 4),
            peakDistress: 1 + Math.floor(random() * 6),
            fitWithPrediction: 'It went better than I predicted.',
            beliefAfter: 10 + Math.floor(random() * 40),
            learning: pick(['People mostly like being asked.', 'The dread was worse than the ask.']),
            nextStep: pick(['repeat', 'vary-person', 'vary-context'] as const),
          },
    ),
  );
  const observations = Array.from({ length: 12 }, () =>
    ObservationEntrySchema.parse({
      occurredOn: day,
      whoAsked: pick(['a colleague', 'my flatmate', 'a stranger at the station']),
      whomAsked: pick(['the shop assistant', 'their friend', 'me']),
      what: pick(['directions', 'a hand with heavy bags', 'to borrow a charger']),
      size: pick(['small', 'medium'] as const),
      channel: pick(['in-person', 'message'] as const),
      directness: 'direct',
      response: pick(['yes', 'partly'] as const),
      helperReaction: Math.floor(random() * 4),
      assumedHelperFeeling: 'I assumed they would be annoyed, but they seemed pleased to help.',
      barrierThoughts: pick(REFLECTIONS),
    }),
  );
  const reflections = REFLECTIONS.flatMap((text) => [
    ReflectionEntrySchema.parse({ text, sharing: 'shared' }),
    ReflectionEntrySchema.parse({ text, sharing: 'private' }),
  ]);
  return { plans, outcomes, observations, reflections };
}

/** Rows per column, inserted with one unnest() per batch. */
/** The one finding of a bench flag, as the API stores it (risk_flag.findings). */
const FLAG_FINDINGS = JSON.stringify([
  { tier: 'concern', category: 'wish-to-be-dead', evidence: 'not wake up', when: null },
]);

class Batch {
  private readonly cols: unknown[][];
  constructor(
    private readonly sql: Sql,
    private readonly table: string,
    private readonly columns: [name: string, type: string, cast?: string][],
    private readonly size = 4000,
    /** Batches whose rows these refer to: written first. */
    private readonly after: Batch[] = [],
  ) {
    this.cols = columns.map(() => []);
  }
  rows = 0;
  async add(values: unknown[]): Promise<void> {
    values.forEach((v, i) => this.cols[i]?.push(v));
    this.rows++;
    if ((this.cols[0]?.length ?? 0) >= this.size) await this.flush();
  }
  async flush(): Promise<void> {
    if ((this.cols[0]?.length ?? 0) === 0) return;
    for (const b of this.after) await b.flush();
    const names = this.columns.map(([n]) => n).join(', ');
    const args = this.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
    const aliases = this.columns.map((_, i) => `c${i}`).join(', ');
    const select = this.columns.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(', ');
    await this.sql.query(
      `INSERT INTO ${this.table} (${names}) SELECT ${select} FROM unnest(${args}) AS u(${aliases})`,
      this.cols.map((c) => [...c]),
    );
    for (const c of this.cols) c.length = 0;
  }
}

export interface SeedOptions {
  seed?: number;
  today?: LocalDate;
  onProgress?: (done: number) => void;
}

/** Writes the practices; returns who can log in. The schema must be migrated and the practices new. */
export async function seedPractices(
  sql: Sql,
  specs: PracticeSpec[],
  options: SeedOptions = {},
): Promise<SeededPractice[]> {
  const random = prng(options.seed ?? 20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const today = options.today ?? localDateOf(new Date(), 'UTC');
  const t = templates(random);
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2);
  const totalEntries = specs.reduce((n, s) => n + s.clients * s.entriesPerClient, 0);
  let written = 0;

  const practices = new Batch(sql, 'practice', [
    ['practice_id', 'uuid'],
    ['name', 'text'],
  ]);
  const accounts = new Batch(sql, 'account', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['password_hash', 'text'],
    ['current_rung', 'smallint'],
  ]);
  const emails = new Batch(sql, 'account_email', [
    ['email', 'text'],
    ['practice_id', 'uuid'],
    ['account_id', 'uuid'],
  ]);
  const caseload = new Batch(sql, 'caseload', [
    ['practice_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['client_id', 'uuid'],
  ]);
  const assignments = new Batch(sql, 'assignment', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['assigned_by', 'uuid'],
    ['template_id', 'text'],
    ['start_on', 'date'],
    ['recurrence', 'jsonb'],
    ['status', 'text'],
    ['ended_on', 'date'],
  ]);
  const entries = new Batch(sql, 'entry', [
    ['practice_id', 'uuid'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['assignment_id', 'uuid'],
    ['kind', 'text'],
    ['sharing', 'text'],
    ['state', 'text'],
    ['occurred_on', 'date'],
    ['done_on', 'date'],
    ['body', 'jsonb'],
    ['plan', 'jsonb'],
    ['outcome', 'jsonb'],
    ['locked_at', 'timestamptz'],
    ['raise_in_session', 'boolean'],
    ['reviewed_at', 'timestamptz'],
    ['reviewed_by', 'uuid'],
    ['read_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    // Read by the current risk screen, as the API writes them: the API's re-screen at start has nothing to do.
    ['risk_screen_version', 'smallint'],
  ]);
  const tags = new Batch(
    sql,
    'entry_tag',
    [
      ['practice_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['barrier_id', 'text'],
      ['status', 'text'],
      ['evidence', 'text'],
      ['changed_by', 'uuid'],
      ['changed_at', 'timestamptz'],
    ],
    4000,
    [entries],
  );
  const flags = new Batch(
    sql,
    'risk_flag',
    [
      ['practice_id', 'uuid'],
      ['client_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['matches', 'text', 'text[]'],
      ['tier', 'text'],
      ['category', 'text'],
      ['findings', 'jsonb'],
      ['screen_version', 'smallint'],
      ['raised_at', 'timestamptz'],
      ['acknowledged_at', 'timestamptz'],
      ['acknowledged_by', 'uuid'],
    ],
    4000,
    [entries],
  );
  const sessions = new Batch(sql, 'client_session', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['held_on', 'date'],
    ['note', 'text'],
  ]);
  const reviews = new Batch(sql, 'brief_review', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['reviewed_by', 'uuid'],
    ['period_from', 'date'],
    ['period_to', 'date'],
    ['reviewed_at', 'timestamptz'],
  ]);
  const decisions = new Batch(sql, 'rung_decision', [
    ['practice_id', 'uuid'],
    ['client_id', 'uuid'],
    ['decided_by', 'uuid'],
    ['decision', 'text'],
    ['from_rung', 'smallint'],
    ['to_rung', 'smallint'],
    ['readiness', 'jsonb'],
    ['created_at', 'timestamptz'],
  ]);

  const out: SeededPractice[] = [];
  for (const [pi, spec] of specs.entries()) {
    const practiceId = uuidFrom(random);
    const ownerId = uuidFrom(random);
    const practitionerId = uuidFrom(random);
    const slug = `${spec.name}-${pi}`;
    await practices.add([practiceId, `Bench ${slug}`]);
    const owner = `owner.${slug}@bench.askwell.example`;
    const practitionerEmail = `practitioner.${slug}@bench.askwell.example`;
    for (const [id, email, name, role] of [
      [ownerId, owner, 'Bench Owner', 'owner'],
      [practitionerId, practitionerEmail, 'Bench Practitioner', 'practitioner'],
    ] as const) {
      await accounts.add([practiceId, id, email, name, role, passwordHash, null]);
      await emails.add([email, practiceId, id]);
    }
    const seeded: SeededPractice = {
      practiceId,
      name: spec.name,
      practitionerEmail,
      clientEmails: [],
      clientIds: [],
      entriesPerClient: spec.entriesPerClient,
    };
    // Accounts first: everything else refers to them.
    const pending: { clientId: string; ci: number }[] = [];
    for (let ci = 0; ci < spec.clients; ci++) {
      const clientId = uuidFrom(random);
      const email = `client${ci}.${slug}@bench.askwell.example`;
      await accounts.add([practiceId, clientId, email, `Client ${ci} ${slug}`, 'client', passwordHash, 3]);
      await emails.add([email, practiceId, clientId]);
      await caseload.add([practiceId, practitionerId, clientId]);
      seeded.clientEmails.push(email);
      seeded.clientIds.push(clientId);
      pending.push({ clientId, ci });
    }
    await practices.flush();
    await accounts.flush();
    await emails.flush();
    await caseload.flush();

    for (const { clientId } of pending) {
      const days = Math.ceil(spec.entriesPerClient / 2);
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
        await sessions.add([
          practiceId,
          clientId,
          practitionerId,
          addDays(today, -s),
          'Worked on predictions.',
        ]);
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

      for (let i = 0; i < spec.entriesPerClient; i++) {
        const age = Math.floor(i / 2); // days before today
        const on = addDays(today, -age);
        const at = new Date(
          `${on}T${String(8 + (i % 2) * 6 + Math.floor(random() * 5)).padStart(2, '0')}:15:00Z`,
        );
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
        written++;
        if (written % 2000 === 0) options.onProgress?.(written / totalEntries);
      }
    }
    out.push(seeded);
  }
  await assignments.flush();
  await entries.flush();
  await tags.flush();
  await flags.flush();
  await sessions.flush();
  await reviews.flush();
  await decisions.flush();
  options.onProgress?.(1);
  return out;
}
