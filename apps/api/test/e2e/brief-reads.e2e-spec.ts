import { addDays, type BriefRiskFlag, detectRisk, localDateOf } from '@askwell/domain';
import { combineRisk } from '../../src/modules/entries/entry.text';
import { logIn, signUpOwner, type SignedIn } from '../factories/accounts';
import { inviteAndAccept, type Person } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * The brief and the progress data are each read in two statements (the client with the access check, then
 * everything with the read's audit row). What that must keep: who may read, the audit row exactly when the read
 * was answered, and every part of the view (flags, unread, raised for the session, review, last session).
 */
const today = localDateOf(new Date(), 'UTC');
const SHARED_FLAG_TEXT = 'Some days I think everyone would be better off without me.';

interface AuditRow {
  action: string;
  actor_account_id: string;
  actor_role: string;
  client_id: string;
  target_id: string;
  outcome: string;
  detail: { from: string; to: string } | null;
}

describe('reading a client’s brief and progress', () => {
  let t: TestApp;
  let owner: SignedIn;
  let practitioner: SignedIn;
  let outsider: SignedIn;
  let client: SignedIn;
  let person: Person;
  let otherClient: SignedIn;
  let sharedFlagEntry = '';
  let raisedEntry = '';

  const auditRows = async (clientId: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT action, actor_account_id, actor_role, client_id, target_id, outcome, detail
         FROM audit_event WHERE client_id = $1 AND action LIKE 'client.%' ORDER BY id`,
      [clientId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUpOwner(t);
    const p = await inviteAndAccept(t, owner, 'practitioner', 'Pat');
    practitioner = await logIn(t, p.email);
    const o = await inviteAndAccept(t, owner, 'practitioner', 'Olive');
    outsider = await logIn(t, o.email);
    person = await inviteAndAccept(t, owner, 'client', 'Robin', p.id);
    client = await logIn(t, person.email);
    otherClient = await logIn(t, (await inviteAndAccept(t, owner, 'client', 'Sky', p.id)).email);
    const submit = async (body: object) =>
      (await client.agent.post('/api/v1/me/entries').set('x-csrf-token', client.csrf).send(body).expect(201))
        .body as { entry: { id: string; version: number }; risk: { flagged: boolean } };
    const privateFlag = await submit({
      kind: 'reflection',
      reflection: { text: 'Everyone would be better off without me.', sharing: 'private' },
    });
    expect(privateFlag.risk.flagged).toBe(true);
    const sharedFlag = await submit({
      kind: 'reflection',
      reflection: { text: SHARED_FLAG_TEXT, sharing: 'shared' },
    });
    expect(sharedFlag.risk.flagged).toBe(true);
    sharedFlagEntry = sharedFlag.entry.id;
    const raised = await submit({
      kind: 'reflection',
      reflection: { text: 'I asked my sister for help and it went fine.', sharing: 'shared' },
    });
    raisedEntry = raised.entry.id;
    const etag = (await practitioner.agent.get(`/api/v1/entries/${raisedEntry}`).expect(200)).headers
      .etag as string;
    await practitioner.agent
      .post(`/api/v1/entries/${raisedEntry}/review`)
      .set('x-csrf-token', practitioner.csrf)
      .set('if-match', etag)
      .send({ comment: 'Ask how it felt.', raiseInSession: true })
      .expect(200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('answers the whole brief to the client’s practitioner and audits the read with its period', async () => {
    const before = (await auditRows(person.id)).length;
    const res = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(res.body.client).toEqual({ id: person.id, displayName: 'Robin', currentRung: null });
    expect(res.body.period).toEqual({ from: addDays(today, -13), to: today });
    expect(res.body.lastSession).toBeNull();
    expect(res.body.reviewedAt).toBeNull();
    const flags = res.body.openRiskFlags as BriefRiskFlag[];
    expect(flags).toHaveLength(2);
    // The private entry's flag says only that, and when; the shared one points at its entry, with what the
    // screen found (tier, category, the evidence verbatim).
    expect(flags.map((f) => f.entryId).sort()).toEqual([null, sharedFlagEntry].sort());
    for (const f of flags) expect(new Date(f.raisedAt).toISOString()).toBe(f.raisedAt);
    const screened = combineRisk([detectRisk(SHARED_FLAG_TEXT)]);
    expect(flags.find((f) => f.entryId === null)).toEqual({
      flagId: expect.any(String),
      entryId: null,
      raisedAt: expect.any(String),
      tier: null,
      category: null,
      findings: [],
    });
    expect(flags.find((f) => f.entryId === sharedFlagEntry)).toEqual({
      flagId: expect.any(String),
      entryId: sharedFlagEntry,
      raisedAt: expect.any(String),
      tier: screened.tier,
      category: screened.category,
      findings: screened.findings,
    });
    expect(screened.findings.length).toBeGreaterThan(0);
    for (const f of screened.findings) expect(SHARED_FLAG_TEXT).toContain(f.evidence);
    expect(res.body.raisedForSession).toEqual([{ entryId: raisedEntry, comment: 'Ask how it felt.' }]);
    expect(JSON.stringify(res.body)).not.toContain('Everyone would be better off');
    const rows = (await auditRows(person.id)).slice(before);
    expect(rows).toEqual([
      {
        action: 'client.brief.read',
        actor_account_id: practitioner.accountId,
        actor_role: 'practitioner',
        client_id: person.id,
        target_id: person.id,
        outcome: 'success',
        detail: { from: addDays(today, -13), to: today },
      },
    ]);
  });

  it('marks a brief reviewed with its audit row, and the next read shows it', async () => {
    const before = (await auditRows(person.id)).length;
    const period = { from: addDays(today, -13), to: today };
    const marked = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/brief/review`)
      .set('x-csrf-token', practitioner.csrf)
      .send(period)
      .expect(200);
    const again = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(again.body.reviewedAt).toBe(marked.body.reviewedAt);
    expect((await auditRows(person.id)).slice(before).map((r) => [r.action, r.detail])).toEqual([
      ['client.brief.review', period],
      ['client.brief.read', period],
    ]);
  });

  it('starts at the day after the last session, which the brief names', async () => {
    const session = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/sessions`)
      .set('x-csrf-token', practitioner.csrf)
      .send({ heldOn: addDays(today, -3), note: 'First session.' })
      .expect(201);
    const later = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/sessions`)
      .set('x-csrf-token', practitioner.csrf)
      .send({ heldOn: addDays(today, -1), note: 'Second session.' })
      .expect(201);
    const res = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(res.body.lastSession).toEqual({ id: later.body.id, heldOn: addDays(today, -1) });
    expect(res.body.lastSession.id).not.toBe(session.body.id);
    expect(res.body.period).toEqual({ from: today, to: today });
  });

  it('gives the progress data with the reflections’ times, audited', async () => {
    const before = (await auditRows(person.id)).length;
    const res = await owner.agent.get(`/api/v1/clients/${person.id}/progress`).expect(200);
    const reflections = res.body.reflections as { entryId: string; createdAt: string }[];
    expect(reflections.map((r) => r.entryId)).toEqual([raisedEntry, sharedFlagEntry]);
    for (const r of reflections) expect(new Date(r.createdAt).toISOString()).toBe(r.createdAt);
    expect(res.body.client).toMatchObject({ id: person.id, displayName: 'Robin', timeZone: 'UTC' });
    expect((await auditRows(person.id)).slice(before)).toEqual([
      expect.objectContaining({
        action: 'client.progress.read',
        actor_account_id: owner.accountId,
        actor_role: 'owner',
        detail: null,
      }),
    ]);
  });

  it('answers 404 and writes nothing to anyone who may not see the client, or for a period that ends before it starts', async () => {
    const before = await auditRows(person.id);
    const reviews = async (): Promise<number> =>
      Number(
        (
          await t.dataSource.query(`SELECT count(*) AS n FROM brief_review WHERE client_id = $1`, [person.id])
        )[0].n,
      );
    const reviewsBefore = await reviews();
    const period = { from: addDays(today, -13), to: today };
    for (const path of [`/api/v1/clients/${person.id}/brief`, `/api/v1/clients/${person.id}/progress`]) {
      await outsider.agent.get(path).expect(404);
      await otherClient.agent.get(path).expect((r) => expect([403, 404]).toContain(r.status));
    }
    await outsider.agent
      .post(`/api/v1/clients/${person.id}/brief/review`)
      .set('x-csrf-token', outsider.csrf)
      .send(period)
      .expect(404);
    await practitioner.agent.get('/api/v1/clients/not-a-client-id/brief').expect(404);
    await practitioner.agent.get(`/api/v1/clients/${otherClient.accountId}/brief`).expect(200);
    await practitioner.agent
      .get(`/api/v1/clients/${person.id}/brief?since=${today}&until=${addDays(today, -1)}`)
      .expect(400);
    expect(await auditRows(person.id)).toEqual(before);
    expect(await reviews()).toBe(reviewsBefore);
  });
});
