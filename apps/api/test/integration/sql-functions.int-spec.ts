import fs from 'node:fs';
import path from 'node:path';
import { SQL_FUNCTIONS_DIR } from '../../src/database/functions';
import { inviteAndAccept, practiceWithClient } from '../factories/practices';
import { OUTCOME, PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * The SQL functions of src/database/functions, each on a small fixture on the migrated database: what each one
 * answers, and that the migrations installed the newest version of each file. (assignment_due_dates is also
 * checked against libs/domain on generated schedules: insight-metrics.int-spec.ts.)
 */
describe('SQL functions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const bodyOf = (file: string): string => {
    const text = fs.readFileSync(path.join(SQL_FUNCTIONS_DIR, file), 'utf8');
    return text.slice(text.indexOf('$$') + 2, text.lastIndexOf('$$')).trim();
  };
  const installed = async (name: string): Promise<string | undefined> =>
    (
      await t.dataSource.query<{ prosrc: string }[]>(`SELECT prosrc FROM pg_proc WHERE proname = $1`, [name])
    )[0]?.prosrc.trim();

  it('are installed at the newest version of their file', async () => {
    const files = fs.readdirSync(SQL_FUNCTIONS_DIR).filter((f) => f.endsWith('.sql'));
    const newest = new Map<string, { version: number; file: string }>();
    for (const file of files) {
      const [, name = '', version = '0'] = /^(.+)\.v(\d+)\.sql$/.exec(file) ?? [];
      if ((newest.get(name)?.version ?? 0) < Number(version))
        newest.set(name, { version: Number(version), file });
    }
    expect([...newest.keys()].sort()).toEqual(['assignment_due_dates', 'brief_data']);
    for (const [name, { file }] of newest)
      expect({ name, body: await installed(name) }).toEqual({ name, body: bodyOf(file) });
  });

  describe('assignment_due_dates', () => {
    const due = async (
      recurrence: object,
      pauses: object[] = [],
      endedOn: string | null = null,
      startOn = '2026-01-05', // a Monday
    ): Promise<string[]> =>
      (
        await t.dataSource.query<{ d: string }[]>(
          `SELECT d::text AS d FROM assignment_due_dates($1::date, $2::jsonb, $3::jsonb, $4::date) AS d ORDER BY d`,
          [startOn, JSON.stringify(recurrence), JSON.stringify(pauses), endedOn],
        )
      ).map((r) => r.d);

    it('expands each kind of recurrence', async () => {
      expect(await due({ kind: 'once', dueOn: '2026-01-09' })).toEqual(['2026-01-09']);
      expect(await due({ kind: 'daily', count: 3 })).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
      expect(await due({ kind: 'weekly', count: 3 })).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
      // Mondays and Wednesdays, three of them.
      expect(await due({ kind: 'weekdays', weekdays: [1, 3], count: 3 })).toEqual([
        '2026-01-05',
        '2026-01-07',
        '2026-01-12',
      ]);
      expect(await due({ kind: 'weekdays', weekdays: [7], count: 2 })).toEqual(['2026-01-11', '2026-01-18']);
    });

    it('skips paused days (from inclusive, to exclusive, open-ended) and nothing after the end', async () => {
      const daily5 = { kind: 'daily', count: 5 };
      expect(await due(daily5, [{ from: '2026-01-06', to: '2026-01-08' }])).toEqual([
        '2026-01-05',
        '2026-01-08',
        '2026-01-09',
      ]);
      expect(await due(daily5, [{ from: '2026-01-07', to: null }])).toEqual(['2026-01-05', '2026-01-06']);
      expect(await due(daily5, [], '2026-01-07')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
      expect(await due({ kind: 'once', dueOn: '2026-01-09' }, [], '2026-01-08')).toEqual([]);
    });
  });

  describe('brief_data', () => {
    interface BriefJson {
      experiments: { id: string; occurred_on: string }[];
      tags: { entry_id: string; barrier_id: string; status: string; occurred_on: string }[];
      assignments: { start_on: string; done: string[] }[];
      unread: { id: string; kind: string }[];
      flags: {
        id: string;
        entry_id: string | null;
        sharing: string;
        tier: string | null;
        category: string | null;
        findings: unknown[];
      }[];
      raised: { id: string; review_comment: string | null }[];
      readiness: { client_id: string; helper: string; belief_after: number | null }[];
      reviewed_at: string | null;
    }

    it("reads one client's period and the one before it, a private entry's flag without its words", async () => {
      const { practitioner, clientPerson } = await practiceWithClient(t);
      const other = await inviteAndAccept(t, practitioner, 'client', 'Other');
      const p = practitioner.practiceId;
      const c = clientPerson.id;
      const q = async <T>(text: string, params: unknown[]): Promise<T> =>
        (await t.dataSource.query<T[]>(text, params))[0] as T;
      const entry = async (
        client: string,
        e: {
          kind: string;
          sharing?: string;
          on: string;
          read?: boolean;
          raise?: string;
          assignment?: string;
        },
      ): Promise<string> =>
        (
          await q<{ id: string }>(
            `INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body,
                                plan, outcome, read_at, raise_in_session, review_comment)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
            [
              p,
              client,
              e.assignment ?? null,
              e.kind,
              e.sharing ?? 'shared',
              e.kind === 'experiment' ? 'completed' : 'submitted',
              e.on,
              e.assignment ? e.on : null,
              e.kind === 'experiment' ? null : JSON.stringify({ text: 'x' }),
              e.kind === 'experiment' ? JSON.stringify(PLAN) : null,
              e.kind === 'experiment' ? JSON.stringify(OUTCOME) : null,
              e.read ? new Date() : null,
              e.raise !== undefined,
              e.raise ?? null,
            ],
          )
        ).id;

      const before = await entry(c, { kind: 'experiment', on: '2026-01-03', read: true });
      const during = await entry(c, { kind: 'experiment', on: '2026-01-10', read: true });
      await entry(c, { kind: 'experiment', on: '2025-12-20', read: true }); // before both periods
      await entry(other.id, { kind: 'experiment', on: '2026-01-10' }); // another client
      const shared = await entry(c, { kind: 'reflection', on: '2026-01-09', raise: 'Talk about the bakery' });
      const hidden = await entry(c, { kind: 'reflection', sharing: 'private', on: '2026-01-11' });
      for (const [id, barrier] of [
        [shared, 'fear-of-burden'],
        [hidden, 'fear-of-rejection'],
      ] as const)
        await t.dataSource.query(
          `INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status) VALUES ($1, $2, $3, 'client')`,
          [p, id, barrier],
        );
      const finding = [{ tier: 'concern', category: 'hopelessness', evidence: 'no point', when: 'now' }];
      const flag = async (id: string, acknowledged = false): Promise<string> =>
        (
          await q<{ id: string }>(
            `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version,
                                    acknowledged_at)
             VALUES ($1, $2, $3, '{}', 'concern', 'hopelessness', $4, 2, $5) RETURNING id`,
            [p, c, id, JSON.stringify(finding), acknowledged ? new Date() : null],
          )
        ).id;
      const sharedFlag = await flag(shared);
      const privateFlag = await flag(hidden);
      await flag(shared, true); // acknowledged: not open
      const assignment = (
        await q<{ id: string }>(
          `INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, start_on, recurrence)
           VALUES ($1, $2, $3, 'micro-ask-staff', '2026-01-09', '{"kind":"daily","count":5}') RETURNING id`,
          [p, c, practitioner.accountId],
        )
      ).id;
      await entry(c, { kind: 'reflection', on: '2026-01-10', assignment, read: true });
      await entry(c, { kind: 'reflection', on: '2026-01-02', assignment, read: true }); // done before the period
      const reviewed = await q<{ reviewed_at: Date }>(
        `INSERT INTO brief_review (practice_id, client_id, reviewed_by, period_from, period_to)
         VALUES ($1, $2, $3, '2026-01-08', '2026-01-14') RETURNING reviewed_at`,
        [p, c, practitioner.accountId],
      );

      const data = (
        await q<{ data: BriefJson }>(
          `SELECT brief_data($1, $2, '2026-01-01', '2026-01-08', '2026-01-14') AS data`,
          [p, c],
        )
      ).data;

      expect(data.experiments.map((e) => [e.id, e.occurred_on])).toEqual([
        [before, '2026-01-03'],
        [during, '2026-01-10'],
      ]);
      expect(data.tags).toEqual([
        { entry_id: shared, barrier_id: 'fear-of-burden', status: 'client', occurred_on: '2026-01-09' },
      ]);
      expect(data.assignments.map((a) => [a.start_on, a.done])).toEqual([['2026-01-09', ['2026-01-10']]]);
      expect(data.unread).toEqual([{ id: shared, kind: 'reflection' }]);
      expect(
        data.flags.map(({ id, entry_id, sharing, tier, category, findings }) => ({
          id,
          entry_id,
          sharing,
          tier,
          category,
          findings,
        })),
      ).toEqual([
        {
          id: sharedFlag,
          entry_id: shared,
          sharing: 'shared',
          tier: 'concern',
          category: 'hopelessness',
          findings: finding,
        },
        { id: privateFlag, entry_id: null, sharing: 'private', tier: null, category: null, findings: [] },
      ]);
      expect(data.raised).toEqual([{ id: shared, review_comment: 'Talk about the bakery' }]);
      expect(data.readiness.map((r) => [r.client_id, r.helper, r.belief_after])).toEqual([
        [c, PLAN.helper, OUTCOME.beliefAfter],
        [c, PLAN.helper, OUTCOME.beliefAfter],
        [c, PLAN.helper, OUTCOME.beliefAfter],
      ]);
      expect(data.reviewed_at === null ? null : new Date(data.reviewed_at).toISOString()).toBe(
        reviewed.reviewed_at.toISOString(),
      );
    });
  });

  // Last: it reverts migrations (this spec file's own database).
  it('loads the version before when the migration that replaced a function is reverted', async () => {
    const migrations = t.dataSource.migrations.map((m) => m.name);
    const tiers = migrations.findIndex((n) => n?.startsWith('BriefDataRiskTiers'));
    for (let i = migrations.length - 1; i >= tiers; i -= 1)
      await t.dataSource.undoLastMigration({ transaction: 'each' });
    try {
      expect(await installed('brief_data')).toBe(bodyOf('brief_data.v1.sql'));
    } finally {
      await t.dataSource.runMigrations({ transaction: 'each' });
    }
    expect(await installed('brief_data')).toBe(bodyOf('brief_data.v2.sql'));
  });
});
