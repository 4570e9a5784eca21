import { detectRisk, RISK_SCREEN_VERSION, type RiskFlagView } from '@askwell/domain';
import { combineRisk } from '../../src/modules/entries/entry.text';
import { rescreenAll } from '../../src/modules/entries/risk-rescreen';
import { RiskRescreenService } from '../../src/modules/entries/risk-rescreen.service';
import { type PracticeWithClient, practiceWithClient } from '../factories/practices';
import { OUTCOME, PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * The re-screen of stored entries (risk-rescreen.ts): entries an older screen read (risk_screen_version 1) are read
 * again once. The old screen's misses are written straight into the tables as it would have left them: an entry
 * at version 1 whose words the current screen flags, without a flag.
 */
const HEAVY = 'Some nights I want to go to sleep and not wake up.';
const LIGHT = 'I asked my sister for a lift and she said yes.';
/** Self-harm: explicit risk on any screen of the design (product.md). */
const SELF_HARM = 'I cut myself again last night.';

interface Stored {
  id: string;
}

async function storeReflection(
  t: TestApp,
  c: PracticeWithClient,
  text: string,
  sharing: 'shared' | 'private',
  version = 1,
): Promise<Stored> {
  const [row] = await t.dataSource.query<Stored[]>(
    `INSERT INTO entry (practice_id, client_id, kind, sharing, state, occurred_on, done_on, body, risk_screen_version)
     VALUES ($1, $2, 'reflection', $3, 'submitted', '2026-11-20', '2026-11-20', $4, $5) RETURNING id`,
    [
      c.client.practiceId,
      c.clientPerson.id,
      sharing,
      JSON.stringify({ text, promptBarrierId: null, clientBarrierTags: [], sharing }),
      version,
    ],
  );
  if (!row) throw new Error('no entry');
  return row;
}

async function storeFlag(
  t: TestApp,
  c: PracticeWithClient,
  entry: Stored,
  tier: 'explicit' | 'concern' | null,
  acknowledged = false,
): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, screen_version,
                            raised_at, acknowledged_at, acknowledged_by)
     VALUES ($1, $2, $3, '{old words}', $4, $5, $6, '2026-11-20T10:00:00Z', $7, $8) RETURNING id`,
    [
      c.client.practiceId,
      c.clientPerson.id,
      entry.id,
      tier,
      tier === null ? null : tier === 'explicit' ? 'attempt' : 'hopelessness',
      tier === null ? 1 : 2,
      acknowledged ? '2026-11-21T09:00:00Z' : null,
      acknowledged ? c.practitioner.accountId : null,
    ],
  );
  if (!row) throw new Error('no flag');
  return row.id;
}

const flagsOf = async (c: PracticeWithClient): Promise<RiskFlagView[]> =>
  (await c.practitioner.agent.get(`/api/v1/clients/${c.clientPerson.id}/risk-flags`).expect(200))
    .body as RiskFlagView[];

const rowCounts = async (t: TestApp, practiceId: string) =>
  (
    await t.dataSource.query<{ flags: number; audits: number; old: number }[]>(
      `SELECT (SELECT count(*)::int FROM risk_flag WHERE practice_id = $1) AS flags,
              (SELECT count(*)::int FROM audit_event WHERE practice_id = $1) AS audits,
              (SELECT count(*)::int FROM entry WHERE practice_id = $1 AND risk_screen_version < $2) AS old`,
      [practiceId, RISK_SCREEN_VERSION],
    )
  )[0];

describe('re-screening stored entries with the current risk screen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('flags what the old screen missed, once, audited as the screen’s; fills untiered flags; never removes one', async () => {
    expect(RISK_SCREEN_VERSION).toBeGreaterThanOrEqual(2);
    const c = await practiceWithClient(t);
    const screened = combineRisk([detectRisk(HEAVY)]);
    expect(screened.tier).not.toBeNull();

    const missed = await storeReflection(t, c, HEAVY, 'shared');
    const missedPrivate = await storeReflection(t, c, HEAVY, 'private');
    const clean = await storeReflection(t, c, LIGHT, 'shared');
    // Already read by the current screen: not read again, whatever it says.
    const current = await storeReflection(t, c, HEAVY, 'shared', RISK_SCREEN_VERSION);
    // Flagged by the untiered screen and acknowledged: gains a tier, keeps its acknowledgement.
    const untiered = await storeReflection(t, c, HEAVY, 'shared');
    const untieredFlag = await storeFlag(t, c, untiered, null, true);
    // Flagged by the untiered screen, words the current one does not flag: the flag stays as it was.
    const stale = await storeReflection(t, c, LIGHT, 'shared');
    const staleFlag = await storeFlag(t, c, stale, null);
    // A flag of the same or a higher tier already there: nothing new.
    const known = await storeReflection(t, c, HEAVY, 'shared');
    await storeFlag(t, c, known, 'explicit');
    // An experiment whose outcome (not its plan) says it.
    const [experiment] = await t.dataSource.query<Stored[]>(
      `INSERT INTO entry (practice_id, client_id, kind, sharing, state, occurred_on, done_on, plan, outcome, locked_at)
       VALUES ($1, $2, 'experiment', 'shared', 'completed', '2026-11-20', '2026-11-20', $3, $4, now()) RETURNING id`,
      [
        c.client.practiceId,
        c.clientPerson.id,
        JSON.stringify(PLAN),
        JSON.stringify({ ...OUTCOME, learning: HEAVY }),
      ],
    );
    const before = await rowCounts(t, c.client.practiceId);

    const summary = await t.app.get(RiskRescreenService).run();
    expect(summary).toEqual({ entries: 7, raised: 3, classified: 1, failed: 0 });

    const flags = await flagsOf(c);
    const byEntry = (id: string) => flags.filter((f) => f.entryId === id);
    for (const e of [missed, experiment]) {
      expect(byEntry(e?.id ?? '')).toEqual([
        expect.objectContaining({
          private: false,
          tier: screened.tier,
          category: screened.category,
          findings: screened.findings,
          matches: screened.matches,
          acknowledgedAt: null,
        }),
      ]);
    }
    // The private entry's new flag says only that it exists, and when.
    const privateFlags = flags.filter((f) => f.private);
    expect(privateFlags).toEqual([
      expect.objectContaining({ entryId: null, tier: null, category: null, findings: [], matches: [] }),
    ]);
    expect(
      await t.dataSource.query(`SELECT tier, screen_version FROM risk_flag WHERE entry_id = $1`, [
        missedPrivate.id,
      ]),
    ).toEqual([{ tier: screened.tier, screen_version: RISK_SCREEN_VERSION }]);
    expect(byEntry(clean.id)).toEqual([]);
    expect(byEntry(current.id)).toEqual([]);
    expect(byEntry(untiered.id)).toEqual([
      expect.objectContaining({
        id: untieredFlag,
        tier: screened.tier,
        category: screened.category,
        findings: screened.findings,
        raisedAt: '2026-11-20T10:00:00.000Z',
        acknowledgedAt: '2026-11-21T09:00:00.000Z',
        acknowledgedBy: expect.objectContaining({ id: c.practitioner.accountId }),
      }),
    ]);
    expect(byEntry(stale.id)).toEqual([
      expect.objectContaining({ id: staleFlag, tier: null, category: null, matches: ['old words'] }),
    ]);
    expect(byEntry(known.id)).toEqual([expect.objectContaining({ tier: 'explicit', category: 'attempt' })]);

    // Audited as the system's (no actor), with the entry and the screen version, never the words.
    const audits = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT actor_account_id, actor_role, client_id, action, target_type, target_id, outcome, detail
         FROM audit_event WHERE practice_id = $1 AND action LIKE 'risk_flag.%' ORDER BY id`,
      [c.client.practiceId],
    );
    const raised = audits.filter((a) => a.action === 'risk_flag.raise');
    expect(raised).toHaveLength(3);
    const newFlags = await t.dataSource.query<{ id: string; entry_id: string }[]>(
      `SELECT id, entry_id FROM risk_flag WHERE practice_id = $1 AND screen_version = $2 AND raised_at > now() - interval '1 hour'`,
      [c.client.practiceId, RISK_SCREEN_VERSION],
    );
    expect(raised).toEqual(
      expect.arrayContaining(
        newFlags.map((f) => ({
          actor_account_id: null,
          actor_role: null,
          client_id: c.clientPerson.id,
          action: 'risk_flag.raise',
          target_type: 'risk_flag',
          target_id: f.id,
          outcome: 'success',
          detail: { entryId: f.entry_id, screenVersion: RISK_SCREEN_VERSION },
        })),
      ),
    );
    expect(audits.filter((a) => a.action === 'risk_flag.classify')).toEqual([
      expect.objectContaining({
        actor_account_id: null,
        target_id: untieredFlag,
        detail: { entryId: untiered.id, screenVersion: RISK_SCREEN_VERSION },
      }),
    ]);
    expect(JSON.stringify(audits)).not.toContain('wake up');
    const after = await rowCounts(t, c.client.practiceId);
    expect(after).toEqual({ flags: (before?.flags ?? 0) + 3, audits: (before?.audits ?? 0) + 4, old: 0 });

    // A second run finds nothing to do and changes nothing.
    expect(await t.app.get(RiskRescreenService).run()).toEqual({
      entries: 0,
      raised: 0,
      classified: 0,
      failed: 0,
    });
    expect(await rowCounts(t, c.client.practiceId)).toEqual(after);
    expect(await flagsOf(c)).toEqual(flags);
  });

  it('raises a new flag when the current screen finds a higher tier than an entry’s flags have', async () => {
    const c = await practiceWithClient(t);
    expect(combineRisk([detectRisk(SELF_HARM)]).tier).toBe('explicit');
    const entry = await storeReflection(t, c, SELF_HARM, 'shared');
    const concernFlag = await storeFlag(t, c, entry, 'concern', true);
    expect(await rescreenAll(t.dataSource)).toEqual({ entries: 1, raised: 1, classified: 0, failed: 0 });
    const flags = (await flagsOf(c)).filter((f) => f.entryId === entry.id);
    expect(flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: concernFlag, tier: 'concern', acknowledgedAt: expect.any(String) }),
        expect.objectContaining({ tier: 'explicit', acknowledgedAt: null }),
      ]),
    );
    expect(flags).toHaveLength(2);
  });

  it('shares the work between two runs at once (two API processes) without reading an entry twice', async () => {
    const c = await practiceWithClient(t);
    const entries: Stored[] = [];
    for (let i = 0; i < 12; i++) entries.push(await storeReflection(t, c, HEAVY, 'shared'));
    const before = await rowCounts(t, c.client.practiceId);
    const [a, b] = await Promise.all([
      rescreenAll(t.dataSource, { batchSize: 2 }),
      rescreenAll(t.dataSource, { batchSize: 3 }),
    ]);
    expect((a?.entries ?? 0) + (b?.entries ?? 0)).toBe(12);
    expect((a?.raised ?? 0) + (b?.raised ?? 0)).toBe(12);
    const perEntry = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(f.id)::int AS n FROM entry n LEFT JOIN risk_flag f ON f.practice_id = n.practice_id AND f.entry_id = n.id
        WHERE n.practice_id = $1 GROUP BY n.id`,
      [c.client.practiceId],
    );
    expect(perEntry.map((r) => r.n)).toEqual(entries.map(() => 1));
    expect(await rowCounts(t, c.client.practiceId)).toEqual({
      flags: (before?.flags ?? 0) + 12,
      audits: (before?.audits ?? 0) + 12,
      old: 0,
    });
  });

  it('sets the current version on every entry the API writes, so nothing new is read again', async () => {
    const c = await practiceWithClient(t);
    await c.client.agent
      .post('/api/v1/me/entries')
      .set('x-csrf-token', c.client.csrf)
      .send({ kind: 'reflection', reflection: { text: LIGHT, sharing: 'shared' } })
      .expect(201);
    await c.client.agent
      .post('/api/v1/me/entries')
      .set('x-csrf-token', c.client.csrf)
      .send({ kind: 'experiment', plan: PLAN })
      .expect(201);
    expect(await rowCounts(t, c.client.practiceId)).toMatchObject({ old: 0 });
  });
});
