import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import {
  addDays,
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
import type { DataSource, EntityManager } from 'typeorm';
import { one } from '../common/db';
import { ARGON2_PARAMS } from '../modules/auth/password.service';
import { clientTags, type EntryPart, riskOf, suggestionsFor } from '../modules/entries/entry.text';

/**
 * A demo practice for a first look: one practitioner (the owner) and three clients at different rungs with eight
 * weeks of varied entries, tags (some confirmed), a risk flag, sessions and a rung decision. Deterministic apart
 * from the password and the dates (relative to today). Written with plain SQL through the same rules as the API:
 * entries are parsed by the domain schemas, tags come from suggestBarriers, the flag from detectRisk.
 */
export interface DemoLogin {
  email: string;
  password: string;
}

export const DEMO_EMAIL = 'demo@askwell.example';

/** A small seeded generator so the demo reads the same on every machine. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REFLECTIONS = [
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

const REQUESTS: [string, string, ExperimentPlan['channel'], ExperimentPlan['lifeArea']][] = [
  ['a colleague', 'to look over my report before I send it', 'in-person', 'work'],
  ['my sister', 'to pick the kids up on Thursday', 'phone', 'relationships'],
  ['the pharmacist', 'to explain how to take the new tablets', 'in-person', 'physical-health'],
  ['my neighbour', 'to water the plants while I am away', 'in-person', 'everyday'],
  ['my manager', 'for an extra day on the deadline', 'message', 'work'],
  ['a friend from the course', 'to share their notes from last week', 'message', 'learning'],
  ['my brother', 'to help me move the wardrobe', 'phone', 'relationships'],
  ['the bank adviser', 'to walk me through the savings options', 'video', 'finances'],
];

const FEARED = [
  'They will think I cannot cope',
  'I should be able to handle this on my own',
  'They will say no and it will be awkward',
  'I will be a burden',
];

interface ClientSpec {
  name: string;
  email: string;
  rung: number;
  kinds: ('observation' | 'experiment' | 'reflection')[];
  perWeek: number;
  flag: boolean;
  /** How often an entry of the assignment's kind is logged against it: the clients keep to it differently. */
  keepsToIt: number;
}

const CLIENTS: ClientSpec[] = [
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

const WEEKS = 8;

/** True when the database holds no practice yet (a fresh install). */
export async function isEmpty(ds: DataSource): Promise<boolean> {
  return !(await one(ds, `SELECT 1 FROM practice LIMIT 1`));
}

async function account(
  tx: EntityManager,
  practiceId: string,
  email: string,
  name: string,
  role: 'owner' | 'client',
  passwordHash: string,
): Promise<string> {
  const row = await one<{ id: string }>(
    tx,
    `INSERT INTO account (practice_id, email, display_name, role, password_hash, password_changed_at, time_zone)
     VALUES ($1, $2, $3, $4, $5, now(), 'UTC') RETURNING id`,
    [practiceId, email, name, role, passwordHash],
  );
  if (!row) throw new Error('demo account insert returned nothing');
  await tx.query(`INSERT INTO account_email (email, practice_id, account_id) VALUES ($1, $2, $3)`, [
    email,
    practiceId,
    row.id,
  ]);
  return row.id;
}

async function tagAndScreen(
  tx: EntityManager,
  practiceId: string,
  clientId: string,
  practitionerId: string,
  entryId: string,
  part: EntryPart,
  at: Date,
  confirm: boolean,
  shared: boolean,
): Promise<void> {
  for (const barrierId of clientTags(part)) {
    await tx.query(
      `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, changed_by, changed_at) VALUES ($1, $2, $3, 'client', $4, $5)
       ON CONFLICT DO NOTHING`,
      [practiceId, entryId, barrierId, clientId, at],
    );
  }
  for (const s of suggestionsFor(part)) {
    await tx.query(
      `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (practice_id, entry_id, barrier_id) DO NOTHING`,
      [
        practiceId,
        entryId,
        s.barrierId,
        confirm && shared ? 'confirmed' : 'suggested',
        s.evidence,
        s.score,
        confirm && shared ? practitionerId : null,
        at,
      ],
    );
  }
  const risk = riskOf(part);
  if (risk.flagged) {
    await tx.query(
      `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        practiceId,
        clientId,
        entryId,
        risk.matches,
        risk.tier,
        risk.category,
        JSON.stringify(risk.findings),
        RISK_SCREEN_VERSION,
        at,
      ],
    );
  }
}

/**
 * Writes the demo practice in one transaction. `onProgress` gets 0…1 as clients are written.
 */
export async function seedDemo(
  ds: DataSource,
  onProgress: (done: number) => void = () => undefined,
  fixedPassword: string | null = null,
): Promise<DemoLogin> {
  const password = fixedPassword ?? randomBytes(9).toString('base64url');
  const passwordHash = await hash(password, ARGON2_PARAMS);
  const clientHash = await hash(randomBytes(18).toString('base64url'), ARGON2_PARAMS);
  const today = localDateOf(new Date(), 'UTC');
  const start = addDays(today, -(WEEKS * 7 - 1));
  const random = prng(20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rating = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  await ds.transaction(async (tx) => {
    const practice = await one<{ practice_id: string }>(
      tx,
      `INSERT INTO practice (name) VALUES ('Harbour Coaching (demo)') RETURNING practice_id`,
    );
    const practiceId = practice?.practice_id ?? '';
    const owner = await account(tx, practiceId, DEMO_EMAIL, 'Sam Rivers', 'owner', passwordHash);
    for (const [ci, spec] of CLIENTS.entries()) {
      const clientId = await account(tx, practiceId, spec.email, spec.name, 'client', clientHash);
      await tx.query(`UPDATE account SET current_rung = $3 WHERE practice_id = $1 AND id = $2`, [
        practiceId,
        clientId,
        spec.rung,
      ]);
      await tx.query(`INSERT INTO caseload (practice_id, practitioner_id, client_id) VALUES ($1, $2, $3)`, [
        practiceId,
        owner,
        clientId,
      ]);
      const template = spec.rung === 1 ? 'observe-help-around-you' : 'micro-ask-staff';
      const assignment = await one<{ id: string }>(
        tx,
        `INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, start_on, recurrence, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          practiceId,
          clientId,
          owner,
          template,
          start,
          JSON.stringify({ kind: 'weekdays', weekdays: [1, 3, 5], count: WEEKS * 3 }),
          'Small steps; notice what you expected.',
          new Date(`${start}T09:00:00Z`),
        ],
      );
      let flagWritten = false;
      for (let week = 0; week < WEEKS; week++) {
        if (week % 2 === 1) {
          await tx.query(
            `INSERT INTO client_session (practice_id, client_id, practitioner_id, held_on, note) VALUES ($1, $2, $3, $4, $5)`,
            [
              practiceId,
              clientId,
              owner,
              addDays(start, week * 7 + 1),
              pick([
                'Good energy; worked on predictions.',
                'Talked about the old rule “manage alone”.',
                'Planned next week’s asks together.',
              ]),
            ],
          );
        }
        const count = spec.perWeek - (random() < 0.3 ? 1 : 0);
        for (let i = 0; i < count; i++) {
          const on: LocalDate = addDays(start, week * 7 + Math.min(6, i * 2 + (random() < 0.5 ? 0 : 1)));
          if (on > today) continue;
          // Some time that day, never later than now (an entry from the future would read as "just now").
          const at = new Date(
            Math.min(
              Date.parse(`${on}T${String(8 + rating(0, 11)).padStart(2, '0')}:15:00Z`),
              Date.now() - rating(5, 90) * 60_000,
            ),
          );
          const kind = spec.kinds[i % spec.kinds.length] ?? 'reflection';
          const old = on < addDays(today, -10);
          const forAssignment =
            (kind === 'experiment' || (spec.rung === 1 && kind === 'observation')) &&
            random() < spec.keepsToIt;
          let part: EntryPart;
          let extra: EntryPart[] = [];
          let row: {
            state: string;
            body: unknown;
            plan: ExperimentPlan | null;
            outcome: ExperimentOutcome | null;
            sharing: string;
            doneOn: LocalDate | null;
          };
          if (kind === 'observation') {
            const observation = ObservationEntrySchema.parse({
              occurredOn: on,
              whoAsked: pick(['a colleague', 'my flatmate', 'a stranger at the station', 'my mum']),
              whomAsked: pick(['the shop assistant', 'their friend', 'me', 'the bus driver']),
              what: pick(['directions', 'a hand with heavy bags', 'to borrow a charger', 'advice on a form']),
              size: pick(['small', 'medium'] as const),
              channel: pick(['in-person', 'message'] as const),
              directness: 'direct',
              response: pick(['yes', 'yes', 'partly'] as const),
              helperReaction: rating(0, 3),
              assumedHelperFeeling: 'I assumed they would be annoyed, but they seemed pleased to help.',
              barrierThoughts: pick(REFLECTIONS.slice(0, 4)),
            });
            part = { kind: 'observation', observation };
            row = {
              state: 'submitted',
              body: observation,
              plan: null,
              outcome: null,
              sharing: 'shared',
              doneOn: on,
            };
          } else if (kind === 'reflection') {
            const flagged: boolean = spec.flag && week === WEEKS - 1 && !flagWritten;
            flagWritten ||= flagged;
            const text = flagged
              ? 'Rough week. Some nights I want to go to sleep and not wake up. Writing it down because we said I would.'
              : pick(REFLECTIONS);
            const reflection = ReflectionEntrySchema.parse({
              text,
              sharing: flagged || random() < 0.85 ? 'shared' : 'private',
            });
            part = { kind: 'reflection', reflection };
            row = {
              state: 'submitted',
              body: reflection,
              plan: null,
              outcome: null,
              sharing: reflection.sharing,
              doneOn: on,
            };
          } else {
            const [helper, request, channel, lifeArea] = pick(REQUESTS);
            const predicted = rating(1, 5) * 10;
            const plan = ExperimentPlanSchema.parse({
              helper,
              request,
              channel,
              lifeArea,
              plannedOn: on,
              fearedThought: pick(FEARED),
              beliefBefore: rating(60, 90) - week * 3,
              predictedYesChance: predicted,
              predictedAnnoyance: rating(4, 8),
              anticipatedDistress: rating(5, 8),
            });
            const asked = random() < 0.85;
            const slip = random() < 0.3 ? rating(1, 3) : 0;
            const askedOn = addDays(on, slip) > today ? on : addDays(on, slip);
            const outcome = ExperimentOutcomeSchema.parse(
              asked
                ? {
                    didAsk: 'yes',
                    askedOn,
                    whatHappened: 'I asked, a bit quickly, and they said yes straight away.',
                    response: random() < 0.8 ? 'yes' : 'partly',
                    helperReaction: rating(0, 3),
                    peakDistress: Math.max(0, rating(2, 6) - Math.floor(week / 3)),
                    fitWithPrediction: 'It went better than I predicted.',
                    beliefAfter: Math.max(5, rating(20, 50) - week * 3),
                    learning: pick([
                      'People mostly like being asked.',
                      'The dread was worse than the ask.',
                      'A no would not have been the end of the world.',
                    ]),
                    nextStep: pick(['repeat', 'vary-person', 'vary-context'] as const),
                  }
                : { didAsk: 'no', whatGotInTheWay: 'I ran out of time and then it felt too late to ask.' },
            );
            part = { kind: 'plan', plan };
            row = {
              state: 'completed',
              body: null,
              plan,
              outcome,
              sharing: 'shared',
              doneOn: asked ? askedOn : on,
            };
            // The outcome's reflective fields feed suggestions too.
            extra = [{ kind: 'outcome', outcome }];
          }
          const entry = await one<{ id: string }>(
            tx,
            `INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body, plan, outcome,
                                locked_at, read_at, reviewed_at, reviewed_by, created_at, updated_at, risk_screen_version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17) RETURNING id`,
            [
              practiceId,
              clientId,
              forAssignment ? assignment?.id : null,
              kind,
              row.sharing,
              row.state,
              on,
              row.doneOn,
              row.body === null ? null : JSON.stringify(row.body),
              row.plan === null ? null : JSON.stringify(row.plan),
              row.outcome === null ? null : JSON.stringify(row.outcome),
              kind === 'experiment' ? at : null,
              old && row.sharing === 'shared' ? at : null,
              old && row.sharing === 'shared' ? at : null,
              old && row.sharing === 'shared' ? owner : null,
              at,
              RISK_SCREEN_VERSION,
            ],
          );
          const entryId = entry?.id ?? '';
          await tagAndScreen(
            tx,
            practiceId,
            clientId,
            owner,
            entryId,
            part,
            at,
            old,
            row.sharing === 'shared',
          );
          for (const more of extra) {
            await tagAndScreen(tx, practiceId, clientId, owner, entryId, more, at, old, true);
          }
        }
        onProgress((ci * WEEKS + week + 1) / (CLIENTS.length * WEEKS));
      }
      if (spec.rung > 1) {
        await tx.query(
          `INSERT INTO rung_decision (practice_id, client_id, decided_by, decision, from_rung, to_rung, note, readiness, created_at)
           VALUES ($1, $2, $3, 'approve', $4, $5, 'Moved up after talking it through.', '{}', $6)`,
          [
            practiceId,
            clientId,
            owner,
            spec.rung - 1,
            spec.rung,
            new Date(`${addDays(start, -3)}T12:00:00Z`),
          ],
        );
      }
    }
  });
  return { email: DEMO_EMAIL, password };
}

/** A one-line progress bar on a terminal; a few plain lines in a log. */
export function progressPrinter(
  label: string,
  out: NodeJS.WriteStream = process.stdout,
): (done: number) => void {
  let lastShown = -1;
  return (done: number) => {
    const percent = Math.round(done * 100);
    const width = 24;
    const filled = Math.round(done * width);
    const bar = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}%`;
    if (out.isTTY) out.write(`\r${bar}${done >= 1 ? '\n' : ''}`);
    else if (percent - lastShown >= 25 || done >= 1) {
      out.write(`${bar}\n`);
      lastShown = percent;
    }
  };
}
