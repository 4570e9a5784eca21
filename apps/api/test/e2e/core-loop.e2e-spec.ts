import { randomUUID } from 'node:crypto';
import { detectRisk } from '@askwell/domain';
import { combineRisk } from '../../src/modules/entries/entry.text';
import { logIn } from '../factories/accounts';
import { type PracticeWithClient as Ctx, practiceWithClient } from '../factories/practices';
import { OUTCOME, PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';

const assign = (c: Ctx, body: Record<string, unknown>, key?: string) => {
  const req = c.practitioner.agent
    .post(`/api/v1/clients/${c.clientPerson.id}/assignments`)
    .set('x-csrf-token', c.practitioner.csrf);
  return (key ? req.set('idempotency-key', key) : req).send(body);
};

const submit = (c: Ctx, body: Record<string, unknown>, key?: string, query = '') => {
  const req = c.client.agent.post(`/api/v1/me/entries${query}`).set('x-csrf-token', c.client.csrf);
  return (key ? req.set('idempotency-key', key) : req).send(body);
};

const countRows = async (t: TestApp, sql: string, params: unknown[]): Promise<number> =>
  (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n ?? -1;

describe('the core loop: assign, log, review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('assignments', () => {
    it('assigns a ladder template on a schedule and shows it in the client’s week', async () => {
      const c = await practiceWithClient(t);
      const library = await c.practitioner.agent.get('/api/v1/exercises').expect(200);
      expect(library.body.templates.length).toBeGreaterThanOrEqual(20);
      const created = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'weekdays', weekdays: [1, 3, 5], count: 6 },
        note: 'Pick a quiet moment.',
      }).expect(201);
      expect(created.body).toMatchObject({
        clientId: c.clientPerson.id,
        status: 'active',
        exercise: { source: 'template', templateId: 'micro-ask-staff', recordType: 'experiment' },
        assignedBy: { id: c.practitioner.accountId },
        version: 1,
      });
      const week = await c.client.agent.get('/api/v1/me/week?on=2026-11-25').expect(200);
      expect(week.body).toMatchObject({
        weekStart: '2026-11-23',
        weekEnd: '2026-11-29',
        today: '2026-11-25',
      });
      expect(week.body.items[0].occurrences).toEqual([
        { date: '2026-11-23', status: 'overdue' },
        { date: '2026-11-25', status: 'due' },
        { date: '2026-11-27', status: 'upcoming' },
      ]);
    });

    it('refuses an unknown template and a due date before the start, changing nothing', async () => {
      const c = await practiceWithClient(t);
      const bad = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'no-such-template' },
        startOn: '2026-11-23',
        recurrence: { kind: 'once', dueOn: '2026-11-24' },
      }).expect(400);
      expect(bad.body.errors).toEqual([{ path: 'exerciseRef.templateId', message: expect.any(String) }]);
      const early = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'once', dueOn: '2026-11-20' },
      }).expect(400);
      expect(early.body.errors[0].path).toBe('recurrence.dueOn');
      expect(await countRows(t, 'assignment WHERE client_id = $1', [c.clientPerson.id])).toBe(0);
    });

    it('pauses, resumes and ends with If-Match; an ended assignment no longer changes', async () => {
      const c = await practiceWithClient(t);
      const a = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'daily', count: 10 },
      }).expect(201);
      const patch = (body: object, etag?: string) => {
        const req = c.practitioner.agent
          .patch(`/api/v1/assignments/${a.body.id}`)
          .set('x-csrf-token', c.practitioner.csrf);
        return (etag ? req.set('if-match', etag) : req).send(body);
      };
      expect((await patch({ action: 'pause', on: '2026-11-25' }).expect(428)).body.code).toBe(
        'PRECONDITION_REQUIRED',
      );
      const paused = await patch({ action: 'pause', on: '2026-11-25' }, '"v1"').expect(200);
      expect(paused.body).toMatchObject({
        status: 'paused',
        pauses: [{ from: '2026-11-25', to: null }],
        version: 2,
      });
      expect(paused.headers.etag).toBe('"v2"');
      expect((await patch({ action: 'resume', on: '2026-11-27' }, '"v1"').expect(412)).body.code).toBe(
        'PRECONDITION_FAILED',
      );
      await patch({ action: 'resume', on: '2026-11-27' }, '"v2"').expect(200);
      const week = await c.client.agent.get('/api/v1/me/week?on=2026-11-27').expect(200);
      expect((week.body.items[0].occurrences as { date: string }[]).map((o) => o.date)).toEqual([
        '2026-11-23',
        '2026-11-24',
        '2026-11-27',
        '2026-11-28',
        '2026-11-29',
      ]);
      expect((await patch({ action: 'resume' }, '"v3"').expect(409)).body.code).toBe('INVALID_TRANSITION');
      await patch({ action: 'end', on: '2026-11-28' }, '"v3"').expect(200);
      expect((await patch({ action: 'pause' }, '"v4"').expect(409)).body.code).toBe('ASSIGNMENT_ENDED');
    });

    it('sets the client’s rung with If-Match and shows it in the caseload', async () => {
      const c = await practiceWithClient(t);
      const client = await c.practitioner.agent.get(`/api/v1/clients/${c.clientPerson.id}`).expect(200);
      expect(client.body).toMatchObject({ currentRung: null, openRiskFlags: 0, unreadSharedEntries: 0 });
      const put = c.practitioner.agent
        .put(`/api/v1/clients/${c.clientPerson.id}/rung`)
        .set('x-csrf-token', c.practitioner.csrf);
      await put
        .set('if-match', client.headers.etag as string)
        .send({ rung: 2 })
        .expect(200);
      await c.practitioner.agent
        .put(`/api/v1/clients/${c.clientPerson.id}/rung`)
        .set('x-csrf-token', c.practitioner.csrf)
        .set('if-match', client.headers.etag as string)
        .send({ rung: 3 })
        .expect(412);
      const list = await c.practitioner.agent.get('/api/v1/clients').expect(200);
      expect(list.body.items[0]).toMatchObject({ id: c.clientPerson.id, currentRung: 2 });
    });
  });

  describe('idempotent creates', () => {
    it('answers a retried create with the first result and keeps one row; another body with the key is 422', async () => {
      const c = await practiceWithClient(t);
      const key = randomUUID();
      const body = {
        kind: 'reflection',
        reflection: { text: 'Asked for directions today.', sharing: 'shared' },
      };
      const first = await submit(c, body, key).expect(201);
      const again = await submit(c, body, key).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await countRows(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
      const other = await submit(
        c,
        { ...body, reflection: { ...body.reflection, text: 'Something else.' } },
        key,
      ).expect(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await countRows(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
      // Keys belong to their account: the practitioner reusing it does not collide.
      await assign(
        c,
        {
          exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
          startOn: '2026-11-23',
          recurrence: { kind: 'once', dueOn: '2026-11-24' },
        },
        key,
      ).expect(201);
      await submit(c, body, 'not a valid key').expect(400);
    });

    it('answers a duplicate while the first is still in flight with 409, or serialises it on the embedded database', async () => {
      const c = await practiceWithClient(t);
      const key = randomUUID();
      const body = { kind: 'reflection', reflection: { text: 'Two taps on submit.', sharing: 'shared' } };
      const [a, b] = await Promise.all([submit(c, body, key), submit(c, body, key)]);
      const statuses = [a.status, b.status].sort();
      // Either the second waited for the first and got its answer, or it arrived while the first was running.
      expect([
        [201, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      if (statuses[1] === 409)
        expect([a, b].find((r) => r.status === 409)?.body.code).toBe('REQUEST_IN_PROGRESS');
      else expect(a.body).toEqual(b.body);
      expect(await countRows(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
    });
  });

  // A server runs transactions side by side, so a duplicate can arrive while the first holds its key. (The
  // embedded database has one connection: a second request waits its turn and replays, as tested above.)
  if (process.env['TEST_DATABASE_URL']) {
    it('answers 409 REQUEST_IN_PROGRESS while another transaction holds the key', async () => {
      const c = await practiceWithClient(t);
      const key = randomUUID();
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `idempotency:${c.client.practiceId}:${c.client.accountId}:${key}`,
        ]);
        const busy = await submit(
          c,
          { kind: 'reflection', reflection: { text: 'Busy.', sharing: 'shared' } },
          key,
        ).expect(409);
        expect(busy.body.code).toBe('REQUEST_IN_PROGRESS');
        expect(busy.headers['retry-after']).toBe('1');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      await submit(c, { kind: 'reflection', reflection: { text: 'Busy.', sharing: 'shared' } }, key).expect(
        201,
      );
      expect(await countRows(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
    });
  }

  describe('experiments in two stages', () => {
    it('locks the plan and prediction once the request is marked done, then records the outcome beside it', async () => {
      const c = await practiceWithClient(t);
      const a = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'once', dueOn: '2026-11-28' },
      }).expect(201);
      const created = await submit(c, { kind: 'experiment', assignmentId: a.body.id, plan: PLAN }).expect(
        201,
      );
      const id = created.body.entry.id as string;
      expect(created.body.entry).toMatchObject({
        state: 'planned',
        plan: PLAN,
        outcome: null,
        occurredOn: '2026-11-28',
        review: null,
      });
      expect(created.body.entry.tags).toEqual([
        expect.objectContaining({
          barrierId: 'self-reliance-myth',
          status: 'suggested',
          evidence: 'should be able to handle this on my own',
          changedBy: null,
        }),
      ]);
      const me = c.client.agent;
      const csrf = c.client.csrf;
      // Outcome before the lock is refused.
      const early = await me
        .put(`/api/v1/me/entries/${id}/outcome`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v1"')
        .send({ outcome: OUTCOME })
        .expect(409);
      expect(early.body.code).toBe('OUTCOME_BEFORE_LOCK');
      // The plan may still change.
      const edited = await me
        .patch(`/api/v1/me/entries/${id}/plan`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v1"')
        .send({ plan: { ...PLAN, predictedYesChance: 30 } })
        .expect(200);
      expect(edited.body.entry).toMatchObject({ version: 2, plan: { predictedYesChance: 30 } });
      await me
        .post(`/api/v1/me/entries/${id}/lock`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v2"')
        .send({})
        .expect(200);
      const locked = await me
        .patch(`/api/v1/me/entries/${id}/plan`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v3"')
        .send({ plan: { ...PLAN, predictedYesChance: 90 } })
        .expect(409);
      expect(locked.body).toMatchObject({
        code: 'PREDICTION_LOCKED',
        detail: expect.stringMatching(/locked/),
      });
      const done = await me
        .put(`/api/v1/me/entries/${id}/outcome`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v3"')
        .send({ outcome: OUTCOME })
        .expect(200);
      expect(done.body.entry).toMatchObject({
        state: 'completed',
        doneOn: '2026-11-28',
        plan: { predictedYesChance: 30 },
        outcome: { beliefAfter: 35 },
      });
      // A correction of the outcome is allowed; the prediction still is not.
      await me
        .put(`/api/v1/me/entries/${id}/outcome`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v4"')
        .send({ outcome: { ...OUTCOME, beliefAfter: 30 } })
        .expect(200);
      await me
        .patch(`/api/v1/me/entries/${id}/plan`)
        .set('x-csrf-token', csrf)
        .set('if-match', '"v5"')
        .send({ plan: PLAN })
        .expect(409);
      // Below the API too: the database refuses to change a locked plan.
      await expect(t.dataSource.query(`UPDATE entry SET plan = '{}' WHERE id = $1`, [id])).rejects.toThrow(
        /locked/,
      );
      const week = await me.get('/api/v1/me/week?on=2026-11-28').expect(200);
      expect(week.body.items[0].occurrences).toEqual([{ date: '2026-11-28', status: 'done' }]);
    });

    it('rejects an entry of the wrong kind for an assignment, and unknown fields', async () => {
      const c = await practiceWithClient(t);
      const a = await assign(c, {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: '2026-11-23',
        recurrence: { kind: 'once', dueOn: '2026-11-28' },
      }).expect(201);
      const wrong = await submit(c, {
        kind: 'reflection',
        assignmentId: a.body.id,
        reflection: { text: 'Hi', sharing: 'shared' },
      }).expect(400);
      expect(wrong.body.errors).toEqual([
        { path: 'kind', message: 'This assignment asks for an experiment.' },
      ]);
      const extra = await submit(c, { kind: 'experiment', plan: { ...PLAN, mood: 'fine' } }).expect(400);
      expect(extra.body.errors).toEqual([
        { path: 'plan.mood', message: 'This field is not part of the form. Remove it.' },
      ]);
      const unanswered = await submit(c, {
        kind: 'experiment',
        plan: { ...PLAN, predictedYesChance: 0 },
      }).expect(201);
      expect(unanswered.body.entry.plan.predictedYesChance).toBe(0);
      const missing = await submit(c, {
        kind: 'experiment',
        plan: { ...PLAN, predictedYesChance: undefined },
      }).expect(201);
      expect(missing.body.entry.plan.predictedYesChance).toBeNull();
    });
  });

  describe('tags, review and privacy', () => {
    it('lets the practitioner confirm, reject and add tags, comment and mark reviewed, with who changed what', async () => {
      const c = await practiceWithClient(t);
      const created = await submit(c, {
        kind: 'reflection',
        reflection: {
          text: 'Honestly I felt ashamed to need help with the forms.',
          clientBarrierTags: ['fear-of-rejection'],
          sharing: 'shared',
        },
      }).expect(201);
      const id = created.body.entry.id as string;
      expect(created.body.entry.tags).toEqual([
        expect.objectContaining({
          barrierId: 'fear-of-rejection',
          status: 'client',
          changedBy: expect.objectContaining({ id: c.clientPerson.id }),
        }),
        expect.objectContaining({ barrierId: 'shame', status: 'suggested', evidence: 'ashamed' }),
      ]);
      const list = await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/entries?unread=true`)
        .expect(200);
      expect(list.body).toMatchObject({ unreadCount: 1, items: [expect.objectContaining({ id })] });
      const read = await c.practitioner.agent.get(`/api/v1/entries/${id}`).expect(200);
      expect(read.body.review.readAt).not.toBeNull();
      const reviewed = await c.practitioner.agent
        .post(`/api/v1/entries/${id}/review`)
        .set('x-csrf-token', c.practitioner.csrf)
        .set('if-match', read.headers.etag as string)
        .send({
          tagDecisions: [
            { barrierId: 'shame', decision: 'confirm' },
            { barrierId: 'fear-of-rejection', decision: 'reject' },
          ],
          addTags: ['independence-bias'],
          comment: 'Worth talking about the forms.',
          raiseInSession: true,
          markReviewed: true,
        })
        .expect(200);
      const statuses = Object.fromEntries(
        (reviewed.body.tags as { barrierId: string; status: string }[]).map((tag) => [
          tag.barrierId,
          tag.status,
        ]),
      );
      expect(statuses).toEqual({
        shame: 'confirmed',
        'fear-of-rejection': 'rejected',
        'independence-bias': 'confirmed',
      });
      expect(
        (reviewed.body.tags as { barrierId: string }[]).find((tag) => tag.barrierId === 'shame'),
      ).toMatchObject({ evidence: 'ashamed', changedBy: { id: c.practitioner.accountId } });
      expect(reviewed.body.review).toMatchObject({
        comment: 'Worth talking about the forms.',
        raiseInSession: true,
        reviewedBy: { id: c.practitioner.accountId },
      });
      // Stale review, and a decision on a tag that is not there.
      await c.practitioner.agent
        .post(`/api/v1/entries/${id}/review`)
        .set('x-csrf-token', c.practitioner.csrf)
        .set('if-match', read.headers.etag as string)
        .send({ markReviewed: false })
        .expect(412);
      const none = await c.practitioner.agent
        .post(`/api/v1/entries/${id}/review`)
        .set('x-csrf-token', c.practitioner.csrf)
        .set('if-match', reviewed.headers.etag as string)
        .send({ tagDecisions: [{ barrierId: 'spotlight-effect', decision: 'confirm' }] })
        .expect(400);
      expect(none.body.errors[0].path).toBe('tagDecisions[0].barrierId');
      const confirmed = await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/entries?barrierId=shame&tagStatus=confirmed`)
        .expect(200);
      expect(confirmed.body.items).toHaveLength(1);
      const rejected = await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/entries?barrierId=fear-of-rejection`)
        .expect(200);
      expect(rejected.body.items).toHaveLength(0); // a rejected tag does not count as the barrier
      // The client sees their tags but not the practitioner's review.
      const own = await c.client.agent.get(`/api/v1/entries/${id}`).expect(200);
      expect(own.body.review).toBeNull();
      const audit = await c.practitioner.agent
        .get(`/api/v1/audit-events?clientId=${c.clientPerson.id}`)
        .expect(200);
      expect((audit.body.items as { action: string }[]).map((e) => e.action)).toEqual(
        expect.arrayContaining(['entry.read', 'entry.review', 'client.entries.read']),
      );
    });

    it('never lets a private entry’s text reach the practitioner, even when it raises a risk flag', async () => {
      const c = await practiceWithClient(t);
      const secret = `Everyone would be better off without me ${randomUUID()}`;
      const res = await submit(c, {
        kind: 'reflection',
        reflection: { text: secret, sharing: 'private' },
      }).expect(201);
      expect(res.body.risk).toEqual({
        flagged: true,
        tier: combineRisk([detectRisk(secret)]).tier,
        crisisResources: expect.stringMatching(/emergency/),
      });
      expect(res.body.entry.reflection.text).toBe(secret);
      const id = res.body.entry.id as string;
      const p = c.practitioner.agent;
      const responses = [
        await p.get(`/api/v1/clients/${c.clientPerson.id}/entries`).expect(200),
        await p.get(`/api/v1/clients/${c.clientPerson.id}/entries?flagged=true`).expect(200),
        await p.get(`/api/v1/entries/${id}`).expect(404),
        await p.get(`/api/v1/clients/${c.clientPerson.id}/risk-flags`).expect(200),
        await p.get(`/api/v1/clients/${c.clientPerson.id}`).expect(200),
        await p.get('/api/v1/clients').expect(200),
        await p.get(`/api/v1/audit-events?clientId=${c.clientPerson.id}`).expect(200),
      ];
      for (const r of responses) expect(JSON.stringify(r.body)).not.toContain('better off');
      expect(responses[0]?.body.items).toEqual([]);
      expect(responses[3]?.body).toEqual([
        expect.objectContaining({
          private: true,
          entryId: null,
          tier: null,
          category: null,
          findings: [],
          matches: [],
          raisedAt: expect.any(String),
          acknowledgedAt: null,
        }),
      ]);
      // The client's figures count the flag, but say nothing of how serious it is.
      expect(responses[4]?.body).toMatchObject({
        openRiskFlags: 1,
        openRiskTier: null,
        unreadSharedEntries: 0,
      });
      const caseload = await p.get('/api/v1/caseload').expect(200);
      expect(caseload.body.items).toEqual([
        expect.objectContaining({ id: c.clientPerson.id, openRiskFlags: 1, openRiskTier: null }),
      ]);
      await p
        .post(`/api/v1/entries/${id}/review`)
        .set('x-csrf-token', c.practitioner.csrf)
        .set('if-match', '"v1"')
        .send({ markReviewed: true })
        .expect(404);
    });

    it('shows a shared entry’s flag with its tier until acknowledged, audits the acknowledgement and keeps it listed', async () => {
      const c = await practiceWithClient(t);
      const text = 'Some nights I want to go to sleep and not wake up.';
      const screened = combineRisk([detectRisk(text)]);
      const res = await submit(c, { kind: 'reflection', reflection: { text, sharing: 'shared' } }).expect(
        201,
      );
      expect(res.body.risk).toEqual({
        flagged: true,
        tier: screened.tier,
        crisisResources: expect.any(String),
      });
      expect(res.body.entry.risk).toEqual({
        flagged: true,
        raisedAt: expect.any(String),
        tier: screened.tier,
        category: screened.category,
      });
      const idiom = await submit(c, {
        kind: 'reflection',
        reflection: { text: 'This deadline is killing me but I asked for an extension.', sharing: 'shared' },
      }).expect(201);
      expect(idiom.body.risk).toEqual({ flagged: false, tier: null, crisisResources: null });
      const flags = await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/risk-flags?open=true`)
        .expect(200);
      expect(flags.body).toEqual([
        expect.objectContaining({
          entryId: res.body.entry.id,
          private: false,
          tier: screened.tier,
          category: screened.category,
          findings: screened.findings,
          matches: [expect.stringMatching(/not wake up/)],
        }),
      ]);
      const entry = await c.practitioner.agent.get(`/api/v1/entries/${res.body.entry.id}`).expect(200);
      expect(entry.body.risk).toEqual(res.body.entry.risk);
      const caseload = await c.practitioner.agent.get('/api/v1/caseload').expect(200);
      expect(caseload.body.items).toEqual([
        expect.objectContaining({ openRiskFlags: 1, openRiskTier: screened.tier }),
      ]);
      const ack = await c.practitioner.agent
        .post(`/api/v1/risk-flags/${flags.body[0].id}/acknowledge`)
        .set('x-csrf-token', c.practitioner.csrf)
        .send({})
        .expect(200);
      expect(ack.body).toMatchObject({
        acknowledgedBy: { id: c.practitioner.accountId },
        acknowledgedAt: expect.any(String),
      });
      await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/risk-flags?open=true`)
        .expect(200, []);
      // Its history stays: listed without ?open, with who acknowledged it and when, tier and evidence intact.
      const all = await c.practitioner.agent
        .get(`/api/v1/clients/${c.clientPerson.id}/risk-flags`)
        .expect(200);
      expect(all.body).toEqual([ack.body]);
      expect(ack.body).toMatchObject({ tier: screened.tier, findings: screened.findings });
      const after = await c.practitioner.agent.get(`/api/v1/entries/${res.body.entry.id}`).expect(200);
      expect(after.body.risk).toEqual(res.body.entry.risk);
      const audit = await c.practitioner.agent.get(`/api/v1/audit-events?action=risk_flag.`).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({ action: 'risk_flag.acknowledge', targetId: flags.body[0].id }),
      ]);
    });
  });

  describe('drafts', () => {
    it('keeps a draft on the server until the entry it belongs to is submitted', async () => {
      const c = await practiceWithClient(t);
      const me = c.client.agent;
      await me.get('/api/v1/me/drafts/reflection:new').expect(404);
      await me
        .put('/api/v1/me/drafts/reflection:new')
        .set('x-csrf-token', c.client.csrf)
        .send({ data: { text: 'Half a tho' } })
        .expect(200);
      await me
        .put('/api/v1/me/drafts/reflection:new')
        .set('x-csrf-token', c.client.csrf)
        .send({ data: { text: 'Half a thought' } })
        .expect(200);
      // Another device: a new session of the same client.
      const other = await logIn(t, c.clientPerson.email);
      const draft = await other.agent.get('/api/v1/me/drafts/reflection:new').expect(200);
      expect(draft.body).toMatchObject({ key: 'reflection:new', data: { text: 'Half a thought' } });
      await me
        .put('/api/v1/me/drafts/BAD KEY')
        .set('x-csrf-token', c.client.csrf)
        .send({ data: {} })
        .expect(400);
      await me
        .put('/api/v1/me/drafts/big')
        .set('x-csrf-token', c.client.csrf)
        .send({ data: { text: 'x'.repeat(40_000) } })
        .expect(400);
      await submit(
        c,
        { kind: 'reflection', reflection: { text: 'Half a thought, finished.', sharing: 'private' } },
        undefined,
        '?draftKey=reflection:new',
      ).expect(201);
      await me.get('/api/v1/me/drafts/reflection:new').expect(404);
      // The practitioner cannot read or write a client's drafts.
      await c.practitioner.agent.get('/api/v1/me/drafts').expect(403);
    });
  });
});
