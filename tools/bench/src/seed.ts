import { type LocalDate, localDateOf } from '@askwell/domain';
import { hash } from '@node-rs/argon2';
import { clientRows, entryRows } from './seed-rows';
import { prng, uuidFrom } from './seed-random';
import { templates } from './seed-templates';
import { tableBatches } from './seed-writers';
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
  const today = options.today ?? localDateOf(new Date(), 'UTC');
  const t = templates(random);
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2);
  const totalEntries = specs.reduce((n, s) => n + s.clients * s.entriesPerClient, 0);
  let written = 0;
  const batches = tableBatches(sql);
  const {
    practices,
    accounts,
    emails,
    caseload,
    assignments,
    entries,
    tags,
    flags,
    sessions,
    reviews,
    decisions,
  } = batches;

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
      const rows = { batches, random, t, today, practiceId, practitionerId, clientId };
      const { weekly, daily } = await clientRows(rows, spec.entriesPerClient);

      for (let i = 0; i < spec.entriesPerClient; i++) {
        await entryRows(rows, i, weekly, daily);
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
