import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { addDays, type LocalDate, localDateOf } from '@askwell/domain';
import type { DataSource } from 'typeorm';
import { ARGON2_PARAMS } from '../modules/auth/password.service';
import { CLIENTS, SESSION_NOTES, WEEKS } from './demo-content';
import { dice, writeUp } from './demo-entries';
import { DemoWriter } from './demo-writes';

export { emailTaken, isEmpty } from './demo-writes';

/**
 * A demo practice for a first look: one practitioner (the owner) and three clients at different rungs with eight
 * weeks of varied entries, tags (some confirmed), a risk flag, sessions and a rung decision. Deterministic apart
 * from the password and the dates (relative to today). Written with plain SQL through the same rules as the API:
 * entries are parsed by the domain schemas, tags come from suggestBarriers, the flag from detectRisk. Who the
 * clients are and what they write: demo-content.ts; an entry's write-up: demo-entries.ts; the SQL: demo-writes.ts.
 */
export interface DemoLogin {
  email: string;
  password: string;
}

export const DEMO_EMAIL = 'demo@askwell.example';

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
  const d = dice(20261127);
  const { random, pick, rating } = d;

  await ds.transaction(async (tx) => {
    const w = await DemoWriter.practice(tx);
    const owner = await w.account(DEMO_EMAIL, 'Sam Rivers', 'owner', passwordHash);
    for (const [ci, spec] of CLIENTS.entries()) {
      const clientId = await w.account(spec.email, spec.name, 'client', clientHash);
      await w.setRung(clientId, spec.rung);
      await w.addToCaseload(owner, clientId);
      const assignment = await w.assignment({
        clientId,
        assignedBy: owner,
        templateId: spec.rung === 1 ? 'observe-help-around-you' : 'micro-ask-staff',
        startOn: start,
        recurrence: { kind: 'weekdays', weekdays: [1, 3, 5], count: WEEKS * 3 },
        note: 'Small steps; notice what you expected.',
        createdAt: new Date(`${start}T09:00:00Z`),
      });
      let flagWritten = false;
      for (let week = 0; week < WEEKS; week++) {
        if (week % 2 === 1)
          await w.session(clientId, owner, addDays(start, week * 7 + 1), pick(SESSION_NOTES));
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
          // The flagging client's first reflection of the last week raises their risk flag.
          const flagged: boolean = kind === 'reflection' && spec.flag && week === WEEKS - 1 && !flagWritten;
          flagWritten ||= flagged;
          const { part, extra, row } = writeUp(kind, on, week, today, flagged, d);
          const shared = row.sharing === 'shared';
          const entryId = await w.entry({
            clientId,
            assignmentId: forAssignment ? assignment : null,
            kind,
            occurredOn: on,
            row,
            at,
            lockedAt: kind === 'experiment' ? at : null,
            reviewedBy: old && shared ? owner : null,
          });
          await w.tagAndScreen(clientId, owner, entryId, part, at, old, shared);
          for (const more of extra) await w.tagAndScreen(clientId, owner, entryId, more, at, old, true);
        }
        onProgress((ci * WEEKS + week + 1) / (CLIENTS.length * WEEKS));
      }
      if (spec.rung > 1)
        await w.rungDecision(
          clientId,
          owner,
          spec.rung - 1,
          spec.rung,
          new Date(`${addDays(start, -3)}T12:00:00Z`),
        );
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
