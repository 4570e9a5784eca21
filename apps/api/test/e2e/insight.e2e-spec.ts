import { strFromU8, unzipSync } from 'fflate';
import { addDays, localDateOf } from '@askwell/domain';
import { logIn, signUpOwner, type SignedIn } from '../factories/accounts';
import { inviteAndAccept, type Person } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

const today = localDateOf(new Date(), 'UTC');

const plan = (helper: string, predictedYesChance: number) => ({
  helper,
  request: `to ask ${helper} for a lift`,
  channel: 'message',
  lifeArea: 'everyday',
  plannedOn: addDays(today, -3),
  fearedThought: 'Grown adults should be able to handle this on their own',
  beliefBefore: 80,
  predictedYesChance,
  anticipatedDistress: 7,
});
const outcome = {
  didAsk: 'yes',
  askedOn: addDays(today, -2),
  response: 'yes',
  helperReaction: 1,
  peakDistress: 3,
  beliefAfter: 40,
  learning: 'People like being asked.',
};

describe('practitioner insight: caseload, progress, brief, sessions, ladder, export', () => {
  let t: TestApp;
  let practitioner: SignedIn;
  let client: SignedIn;
  let person: Person;
  const experimentIds: string[] = [];
  let privateText = '';

  beforeAll(async () => {
    t = await createTestApp();
    practitioner = await signUpOwner(t);
    person = await inviteAndAccept(t, practitioner, 'client', 'Robin');
    client = await logIn(t, person.email);
    const p = practitioner.agent;
    const c = client.agent;
    const assignment = await p
      .post(`/api/v1/clients/${person.id}/assignments`)
      .set('x-csrf-token', practitioner.csrf)
      .send({
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: addDays(today, -6),
        recurrence: { kind: 'daily', count: 7 },
      })
      .expect(201);
    const etag = (await p.get(`/api/v1/clients/${person.id}`).expect(200)).headers.etag as string;
    await p
      .put(`/api/v1/clients/${person.id}/rung`)
      .set('x-csrf-token', practitioner.csrf)
      .set('if-match', etag)
      .send({ rung: 2 })
      .expect(200);
    for (const [i, helper] of ['my brother', 'a colleague', 'the neighbour'].entries()) {
      const created = await c
        .post('/api/v1/me/entries')
        .set('x-csrf-token', client.csrf)
        .send({
          kind: 'experiment',
          assignmentId: i === 0 ? assignment.body.id : null,
          plan: plan(helper, 10 + i * 10),
        })
        .expect(201);
      const id = created.body.entry.id as string;
      experimentIds.push(id);
      await c
        .post(`/api/v1/me/entries/${id}/lock`)
        .set('x-csrf-token', client.csrf)
        .set('if-match', '"v1"')
        .send({})
        .expect(200);
      await c
        .put(`/api/v1/me/entries/${id}/outcome`)
        .set('x-csrf-token', client.csrf)
        .set('if-match', '"v2"')
        .send({ outcome })
        .expect(200);
    }
    privateText = 'A private thought about my father nobody should read.';
    await c
      .post('/api/v1/me/entries')
      .set('x-csrf-token', client.csrf)
      .send({ kind: 'reflection', reflection: { text: privateText, sharing: 'private' } })
      .expect(201);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('shows the caseload with adherence, unread, rung and the readiness suggestion, sortable and filterable', async () => {
    const res = await practitioner.agent.get('/api/v1/caseload').expect(200);
    expect(res.body).toMatchObject({ nextCursor: null, total: 1, flagged: 0 });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      id: person.id,
      currentRung: 2,
      adherence7: { due: 7, completed: 1 },
      unreadSharedEntries: 3,
      openRiskFlags: 0,
      readiness: { ready: true, figures: { experimentsWithLearning: 3, distinctHelpers: 3 } },
    });
    await practitioner.agent
      .get('/api/v1/caseload?flagged=true')
      .expect(200, { items: [], nextCursor: null, total: 0, flagged: 0 });
    const unread = await practitioner.agent.get('/api/v1/caseload?sort=unread&unread=true').expect(200);
    expect(unread.body).toMatchObject({ items: [{ id: person.id }], total: 1 });
    await practitioner.agent.get('/api/v1/caseload?sort=shoe-size').expect(400);
  });

  it('gives the progress charts’ data and a barrier map that keeps confirmed and unreviewed apart', async () => {
    const first = experimentIds[0] ?? '';
    const etag = (await practitioner.agent.get(`/api/v1/entries/${first}`).expect(200)).headers
      .etag as string;
    await practitioner.agent
      .post(`/api/v1/entries/${first}/review`)
      .set('x-csrf-token', practitioner.csrf)
      .set('if-match', etag)
      .send({ tagDecisions: [{ barrierId: 'self-reliance-myth', decision: 'confirm' }] })
      .expect(200);
    const res = await practitioner.agent.get(`/api/v1/clients/${person.id}/progress`).expect(200);
    expect(res.body.experiments).toHaveLength(3);
    expect(res.body.experiments[0]).toMatchObject({
      predictedYesChance: 10,
      actualYes: 1,
      anticipatedDistress: 7,
      peakDistress: 3,
      beliefBefore: 80,
      beliefAfter: 40,
    });
    expect(res.body.barrierMap).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ barrierId: 'self-reliance-myth', confirmed: 1, unreviewed: 2 }),
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('father');
  });

  it('builds a brief whose talking points point at the entries behind them', async () => {
    const res = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(res.body.period).toEqual({ from: addDays(today, -13), to: today });
    const codes = (res.body.talkingPoints as { code: string }[]).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'better-than-predicted',
        'belief-dropped',
        'ready-for-next-rung',
        'unread-reflections',
      ]),
    );
    const better = (res.body.talkingPoints as { code: string; entryIds: string[] }[]).filter(
      (p) => p.code === 'better-than-predicted',
    );
    expect(better.flatMap((p) => p.entryIds).every((id) => experimentIds.includes(id))).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('father');
    await practitioner.agent
      .post(`/api/v1/clients/${person.id}/brief/review`)
      .set('x-csrf-token', practitioner.csrf)
      .send(res.body.period)
      .expect(200);
    const again = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(again.body.reviewedAt).toEqual(expect.any(String));
    await practitioner.agent
      .get(`/api/v1/clients/${person.id}/brief?since=${today}&until=${addDays(today, -1)}`)
      .expect(400);
  });

  it('starts the brief the day after the last session; session notes stay with the practitioners', async () => {
    const note = 'Talked about her father; go gently.';
    const created = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/sessions`)
      .set('x-csrf-token', practitioner.csrf)
      .send({ heldOn: addDays(today, -2), note })
      .expect(201);
    const brief = await practitioner.agent.get(`/api/v1/clients/${person.id}/brief`).expect(200);
    expect(brief.body.period.from).toBe(addDays(today, -1));
    expect(brief.body.lastSession).toMatchObject({ id: created.body.id });
    await practitioner.agent
      .patch(`/api/v1/sessions/${created.body.id}`)
      .set('x-csrf-token', practitioner.csrf)
      .set('if-match', '"v1"')
      .send({ note: `${note} Revisit.` })
      .expect(200);
    await practitioner.agent
      .patch(`/api/v1/sessions/${created.body.id}`)
      .set('x-csrf-token', practitioner.csrf)
      .set('if-match', '"v1"')
      .send({ note: 'lost update' })
      .expect(412);
    // The client has no way to the notes.
    await client.agent.get(`/api/v1/clients/${person.id}/sessions`).expect(403);
    for (const path of [
      '/api/v1/auth/session',
      `/api/v1/clients/${person.id}`,
      '/api/v1/me/entries',
      '/api/v1/me/week',
      '/api/v1/me/assignments',
    ]) {
      const res = await client.agent.get(path).expect(200);
      expect(JSON.stringify(res.body)).not.toContain('go gently');
    }
  });

  it('moves the client up a rung only when the practitioner approves, and audits it', async () => {
    const approved = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/rung-decisions`)
      .set('x-csrf-token', practitioner.csrf)
      .send({ decision: 'approve' })
      .expect(201);
    expect(approved.body).toMatchObject({ decision: 'approve', fromRung: 2, toRung: 3 });
    const caseload = await practitioner.agent.get('/api/v1/caseload').expect(200);
    // The experiments before the move no longer count towards the next one.
    expect(caseload.body.items[0]).toMatchObject({
      currentRung: 3,
      readiness: { ready: false, figures: { experimentsCompleted: 0 } },
    });
    const declined = await practitioner.agent
      .post(`/api/v1/clients/${person.id}/rung-decisions`)
      .set('x-csrf-token', practitioner.csrf)
      .send({ decision: 'decline', note: 'Not yet.' })
      .expect(201);
    expect(declined.body).toMatchObject({ fromRung: 3, toRung: 3 });
    const audit = await practitioner.agent.get(`/api/v1/audit-events?action=client.rung.`).expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action)).toEqual([
      'client.rung.decline',
      'client.rung.approve',
      'client.rung.set',
    ]);
  });

  it('exports the whole record as JSON and as zipped CSVs, without private entries, and audits it', async () => {
    const json = await practitioner.agent.get(`/api/v1/clients/${person.id}/export?format=json`).expect(200);
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="askwell-client-.*\.json"/);
    const data = JSON.parse(json.text) as { entries: unknown[]; sessions: unknown[] };
    expect(data.entries).toHaveLength(3);
    expect(data.sessions).toHaveLength(1);
    expect(json.text).not.toContain('father nobody');
    const zip = await practitioner.agent
      .get(`/api/v1/clients/${person.id}/export?format=zip`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'assignments.csv',
        'barrier-tags.csv',
        'client.csv',
        'experiments.csv',
        'observations.csv',
        'reflections.csv',
        'risk-flags.csv',
        'rung-decisions.csv',
        'sessions.csv',
      ].sort(),
    );
    const experiments = strFromU8(files['experiments.csv'] as Uint8Array);
    expect(experiments.split('\n')[0]).toContain('plan.predictedYesChance');
    expect(experiments.trim().split('\n')).toHaveLength(4);
    for (const f of Object.values(files)) expect(strFromU8(f)).not.toContain('father nobody');
    const audit = await practitioner.agent.get(`/api/v1/audit-events?action=client.export`).expect(200);
    expect(audit.body.items).toHaveLength(2);
  });
});
