import fc from 'fast-check';
import {
  addDays,
  adherence,
  combineAdherence,
  expandSchedule,
  type LocalDate,
  type Pause,
  type Recurrence,
} from '@askwell/domain';
import { logIn, signUpOwner } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';
import { caseloadPageArgs, CaseloadRepository } from '../../src/modules/insight/caseload.repository';

/**
 * The caseload's adherence is computed in SQL (assignment_due_dates + aggregates) for speed; the rule lives in
 * libs/domain. This property test generates schedules, pauses, ends and completions for two clients, and checks
 * that the caseload page (the statement GET /caseload runs, one page holding both clients) gives each client
 * exactly what expandSchedule + adherence + combineAdherence give on that client's rows.
 */
const day = (offset: number): LocalDate => addDays('2026-01-05', offset);

const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((o) => ({ kind: 'once' as const, dueOn: day(o) })),
  fc.integer({ min: 1, max: 40 }).map((count) => ({ kind: 'daily' as const, count })),
  fc.integer({ min: 1, max: 10 }).map((count) => ({ kind: 'weekly' as const, count })),
  fc
    .record({
      weekdays: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }),
      count: fc.integer({ min: 1, max: 30 }),
    })
    .map(({ weekdays, count }) => ({
      kind: 'weekdays' as const,
      weekdays: weekdays,
      count,
    })),
);

const assignmentArb = fc
  .record({
    start: fc.integer({ min: 0, max: 30 }),
    recurrence: recurrenceArb,
    pause: fc.option(
      fc.record({
        from: fc.integer({ min: 0, max: 50 }),
        length: fc.option(fc.integer({ min: 1, max: 10 })),
      }),
    ),
    endedAfter: fc.option(fc.integer({ min: 0, max: 60 })),
    done: fc.array(fc.integer({ min: -5, max: 70 }), { maxLength: 12 }),
  })
  .map((a) => {
    const startOn = day(a.start);
    const recurrence =
      a.recurrence.kind === 'once' && a.recurrence.dueOn < startOn
        ? { kind: 'once' as const, dueOn: startOn }
        : a.recurrence;
    const pauses: Pause[] = a.pause
      ? [
          {
            from: day(a.start + a.pause.from),
            to: a.pause.length === null ? null : day(a.start + a.pause.from + a.pause.length),
          },
        ]
      : [];
    return {
      startOn,
      recurrence,
      pauses,
      endedOn: a.endedAfter === null ? null : day(a.start + a.endedAfter),
      done: a.done.map((o) => day(a.start + o)),
    };
  });

type Generated = typeof assignmentArb extends fc.Arbitrary<infer T> ? T : never;

describe('caseload adherence: SQL = libs/domain', () => {
  let t: TestApp;
  let practiceId = '';
  let clientIds: string[] = [];
  let practitionerId = '';
  beforeAll(async () => {
    t = await createTestApp();
    const owner = await signUpOwner(t);
    practiceId = owner.practiceId;
    practitionerId = owner.accountId;
    clientIds = [
      (await inviteAndAccept(t, owner, 'client', 'Generated')).id,
      (await inviteAndAccept(t, owner, 'client', 'Generated too')).id,
    ];
    await logIn(
      t,
      (
        await t.dataSource.query<{ email: string }[]>(`SELECT email FROM account WHERE id = $1`, [
          clientIds[0],
        ])
      )[0]?.email ?? '',
    );
  });
  afterAll(async () => {
    await t.close();
  });

  async function insertAssignments(clientId: string, assignments: Generated[]): Promise<void> {
    for (const a of assignments) {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, start_on, recurrence, pauses, ended_on, status)
         VALUES ($1, $2, $3, 'micro-ask-staff', $4, $5, $6, $7, $8) RETURNING id`,
        [
          practiceId,
          clientId,
          practitionerId,
          a.startOn,
          JSON.stringify(a.recurrence),
          JSON.stringify(a.pauses),
          a.endedOn,
          a.endedOn ? 'ended' : 'active',
        ],
      );
      for (const d of a.done) {
        await t.dataSource.query(
          `INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body)
           VALUES ($1, $2, $3, 'reflection', 'shared', 'submitted', $4, $4, '{"text":"x"}')`,
          [practiceId, clientId, row?.id, d],
        );
      }
    }
  }

  it('agrees on generated schedules, pauses, ends and completions (7- and 28-day windows)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(assignmentArb, { minLength: 1, maxLength: 4 }),
        fc.array(assignmentArb, { maxLength: 3 }),
        fc.integer({ min: 0, max: 80 }),
        async (first, second, todayOffset) => {
          await t.dataSource.query(`DELETE FROM entry WHERE practice_id = $1`, [practiceId]);
          await t.dataSource.query(`DELETE FROM assignment WHERE practice_id = $1`, [practiceId]);
          const generated = [first, second];
          for (const [i, assignments] of generated.entries())
            await insertAssignments(clientIds[i] ?? '', assignments);
          const today = day(todayOffset);
          const rows = (await new CaseloadRepository(t.dataSource).page(
            caseloadPageArgs(practiceId, null, { sort: 'name', limit: 25 }, null, today),
          )) as { id: string; due7: number; done7: number; due28: number; done28: number }[];
          const expected = (assignments: Generated[], days: number) => {
            const window = { from: addDays(today, -(days - 1)), to: today };
            return combineAdherence(
              assignments.map((a) => adherence(expandSchedule(a, window), a.done, window)),
            );
          };
          expect(rows.map((r) => r.id).sort()).toEqual([...clientIds].sort());
          for (const [i, assignments] of generated.entries()) {
            const sql = rows.find((r) => r.id === clientIds[i]);
            const e7 = expected(assignments, 7);
            const e28 = expected(assignments, 28);
            expect({ due7: sql?.due7, done7: sql?.done7, due28: sql?.due28, done28: sql?.done28 }).toEqual({
              due7: e7.due,
              done7: e7.completed,
              due28: e28.due,
              done28: e28.completed,
            });
          }
        },
      ),
      { numRuns: 60, seed: Number(process.env['FC_SEED'] ?? 20261127) },
    );
  }, 240_000);
});
