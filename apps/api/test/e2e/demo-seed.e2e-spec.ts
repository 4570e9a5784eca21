import { randomIp } from '../factories/accounts';
import { createTestApp, type TestApp } from '../setup/test-app';
import { isEmpty, seedDemo } from '../../src/database/demo-seed';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a practice whose caseload, charts, barrier map and brief make sense, behind a working login', async () => {
    expect(await isEmpty(t.dataSource)).toBe(true);
    const seen: number[] = [];
    const login = await seedDemo(t.dataSource, (done) => seen.push(done));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(login.password.length).toBeGreaterThanOrEqual(12);
    expect(await isEmpty(t.dataSource)).toBe(false);

    const agent = t.agent();
    await agent.post('/api/v1/auth/login').set('x-forwarded-for', randomIp()).send(login).expect(200);
    const caseload = await agent.get('/api/v1/caseload').expect(200);
    expect(caseload.body).toMatchObject({ total: 3, flagged: 1, nextCursor: null });
    // Who needs attention first: Jonah, with the open risk flag.
    expect(caseload.body.items[0]).toMatchObject({ displayName: 'Jonah Reyes', openRiskFlags: 1 });
    const byName = Object.fromEntries(
      (
        caseload.body.items as {
          displayName: string;
          currentRung: number;
          openRiskFlags: number;
          adherence28: { due: number };
        }[]
      ).map((c) => [c.displayName, c]),
    );
    expect(Object.keys(byName).sort()).toEqual(['Jonah Reyes', 'Maya Okafor', 'Priya Nair']);
    expect(
      Object.values(byName)
        .map((c) => c.currentRung)
        .sort(),
    ).toEqual([1, 3, 5]);
    expect(byName['Jonah Reyes']?.openRiskFlags).toBe(1);
    for (const c of Object.values(byName)) expect(c.adherence28.due).toBeGreaterThan(0);
    // Clients keep to their exercises differently, and nothing happened in the future.
    const rows = caseload.body.items as { adherence28: { rate: number }; lastActivityAt: string }[];
    expect(new Set(rows.map((c) => c.adherence28.rate)).size).toBe(3);
    for (const c of rows) expect(Date.parse(c.lastActivityAt)).toBeLessThanOrEqual(Date.now());

    const jonah = (caseload.body.items as { id: string; displayName: string }[]).find(
      (c) => c.displayName === 'Jonah Reyes',
    );
    const progress = await agent.get(`/api/v1/clients/${jonah?.id}/progress`).expect(200);
    expect(progress.body.experiments.length).toBeGreaterThanOrEqual(8);
    const weeks = new Set((progress.body.barrierMap as { week: string }[]).map((r) => r.week));
    expect(weeks.size).toBeGreaterThanOrEqual(4);
    const statuses = progress.body.barrierMap as { confirmed: number; unreviewed: number }[];
    expect(statuses.some((r) => r.confirmed > 0)).toBe(true);
    expect(statuses.some((r) => r.unreviewed > 0)).toBe(true);
    const brief = await agent.get(`/api/v1/clients/${jonah?.id}/brief`).expect(200);
    const points = brief.body.talkingPoints as { code: string; entryIds: string[] }[];
    expect(points[0]?.code).toBe('risk-flags');
    expect(points.length).toBeGreaterThanOrEqual(3);
    // Every entry a talking point links to opens for the practitioner.
    for (const id of new Set(points.flatMap((p) => p.entryIds)))
      await agent.get(`/api/v1/entries/${id}`).expect(200);
    const sessions = await agent.get(`/api/v1/clients/${jonah?.id}/sessions`).expect(200);
    expect(sessions.body.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
