import { createHash, randomUUID } from 'node:crypto';
import {
  DEFAULT_CRISIS_RESOURCES,
  detectRisk,
  localDateOf,
  ObservationEntrySchema,
  RISK_SCREEN_VERSION,
} from '@askwell/domain';
import { clientTags, combineRisk, riskOf, suggestionsFor } from '../../src/modules/entries/entry.text';
import { type PracticeWithClient as Ctx, practiceWithClient } from '../factories/practices';
import { PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * POST /me/entries writes the entry, its tags, its risk flag, the draft's removal and the idempotency key in one
 * statement and builds its answer from what that statement returns. These tests hold the answer to what a later
 * read shows, the rows to what the screen and the suggestions ask for, and the idempotency contract to
 * docs/api/core-loop.md in the cases the single statement handles apart (an expired key, a refused retry).
 */

const submit = (c: Ctx, body: Record<string, unknown>, key?: string, query = '') => {
  const req = c.client.agent.post(`/api/v1/me/entries${query}`).set('x-csrf-token', c.client.csrf);
  return (key ? req.set('idempotency-key', key) : req).send(body);
};

const assign = (c: Ctx, exerciseRef: Record<string, unknown>) =>
  c.practitioner.agent
    .post(`/api/v1/clients/${c.clientPerson.id}/assignments`)
    .set('x-csrf-token', c.practitioner.csrf)
    .send({ exerciseRef, startOn: '2026-11-23', recurrence: { kind: 'once', dueOn: '2026-11-28' } })
    .expect(201);

const count = async (t: TestApp, sql: string, params: unknown[]): Promise<number> =>
  (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n ?? -1;

// Words the risk screen and the barrier suggestions both pick up.
const HEAVY =
  'I felt ashamed to ask, like a burden. Everyone would be better off without me. Grown adults should be able to handle this on their own, and I was sure she would say no.';

const OBSERVATION = {
  occurredOn: '2026-11-24',
  where: 'the bakery',
  whoAsked: 'a man in the queue',
  whomAsked: 'the woman at the till',
  what: 'which bread has no seeds',
  assumedHelperFeeling: 'I thought she would be annoyed',
  barrierThoughts: HEAVY,
  note: null,
  clientBarrierTags: ['fear-of-rejection', 'shame'],
};

describe('POST /me/entries, written in one statement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers with the entry a later read shows, and writes the tags, the flag and the draft removal the screen asks for', async () => {
    const c = await practiceWithClient(t);
    await c.client.agent
      .put('/api/v1/me/drafts/observation.new')
      .set('x-csrf-token', c.client.csrf)
      .send({ data: { where: 'the bakery' } })
      .expect(200);
    const created = await submit(
      c,
      { kind: 'observation', observation: OBSERVATION },
      randomUUID(),
      '?draftKey=observation.new',
    ).expect(201);
    const entry = created.body.entry as { id: string; tags: { barrierId: string }[] };
    const read = await c.client.agent.get(`/api/v1/entries/${entry.id}`).expect(200);
    const part = { kind: 'observation', observation: ObservationEntrySchema.parse(OBSERVATION) } as const;
    const risk = riskOf(part);
    expect(risk.tier).not.toBeNull();
    expect(created.body.entry).toEqual(read.body);
    expect(created.body.risk).toEqual({
      flagged: true,
      tier: risk.tier,
      crisisResources: DEFAULT_CRISIS_RESOURCES,
    });
    expect(read.body.risk).toEqual({
      flagged: true,
      raisedAt: expect.any(String),
      tier: risk.tier,
      category: risk.category,
    });
    await c.client.agent.get('/api/v1/me/drafts/observation.new').expect(404);

    // The rows: the client's own tags (once each) with a suggestion's evidence and score where one matched,
    // then the other suggestions; the flag with every finding of the current screen, and the entry read by it.
    const suggestions = suggestionsFor(part);
    const own = [...new Set(clientTags(part))];
    expect(suggestions.some((s) => own.includes(s.barrierId))).toBe(true);
    expect(suggestions.some((s) => !own.includes(s.barrierId))).toBe(true);
    const expected = [
      ...own.map((barrierId) => {
        const s = suggestions.find((x) => x.barrierId === barrierId);
        return {
          barrier_id: barrierId,
          status: 'client',
          evidence: s?.evidence ?? null,
          score: s?.score ?? null,
          changed_by: c.clientPerson.id,
        };
      }),
      ...suggestions
        .filter((s) => !own.includes(s.barrierId))
        .map((s) => ({
          barrier_id: s.barrierId,
          status: 'suggested',
          evidence: s.evidence,
          score: s.score,
          changed_by: null,
        })),
    ].sort((a, b) => (a.barrier_id < b.barrier_id ? -1 : 1));
    const tags = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT barrier_id, status, evidence, round(score::numeric, 2)::float8 AS score, changed_by FROM entry_tag
        WHERE entry_id = $1 ORDER BY barrier_id COLLATE "C"`,
      [entry.id],
    );
    expect(tags).toEqual(expected);
    expect(entry.tags.map((tag) => tag.barrierId).sort()).toEqual(expected.map((e) => e.barrier_id));
    const flags = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT f.client_id, f.matches, f.tier, f.category, f.findings, f.screen_version, n.risk_screen_version
         FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id WHERE f.entry_id = $1`,
      [entry.id],
    );
    expect(flags).toEqual([
      {
        client_id: c.clientPerson.id,
        matches: risk.matches,
        tier: risk.tier,
        category: risk.category,
        findings: risk.findings,
        screen_version: RISK_SCREEN_VERSION,
        risk_screen_version: RISK_SCREEN_VERSION,
      },
    ]);
    expect(risk.findings.map((f) => f.evidence)).toEqual(risk.matches);
  });

  it('names the assigned exercise (a template or the practice’s own) and answers the practice’s crisis text', async () => {
    const c = await practiceWithClient(t);
    await t.dataSource.query(`UPDATE practice SET crisis_resources = $2 WHERE practice_id = $1`, [
      c.client.practiceId,
      'Call 112, or the Samaritans on 116 123.',
    ]);
    const template = await assign(c, { source: 'template', templateId: 'micro-ask-staff' });
    const experiment = await submit(c, {
      kind: 'experiment',
      assignmentId: template.body.id,
      plan: PLAN,
    }).expect(201);
    expect(experiment.body.entry).toMatchObject({
      exerciseTitle: template.body.exercise.title,
      assignmentId: template.body.id,
    });
    expect(experiment.body.entry).toEqual(
      (await c.client.agent.get(`/api/v1/entries/${experiment.body.entry.id}`).expect(200)).body,
    );

    const exercise = await c.practitioner.agent
      .post('/api/v1/exercises')
      .set('x-csrf-token', c.practitioner.csrf)
      .send({
        title: 'Ask for a lift',
        instructions: 'Ask someone for a lift this week, in your own words.',
        recordType: 'reflection',
        rung: null,
        targetedBarriers: ['shame'],
        suggestedFrequency: { kind: 'once' },
      })
      .expect(201);
    const custom = await assign(c, { source: 'custom', exerciseId: exercise.body.exerciseId });
    const reflection = await submit(c, {
      kind: 'reflection',
      assignmentId: custom.body.id,
      reflection: { text: HEAVY, sharing: 'private' },
    }).expect(201);
    expect(reflection.body.entry).toMatchObject({ exerciseTitle: 'Ask for a lift', sharing: 'private' });
    expect(reflection.body.risk).toEqual({
      flagged: true,
      tier: combineRisk([detectRisk(HEAVY)]).tier,
      crisisResources: 'Call 112, or the Samaritans on 116 123.',
    });
    expect(reflection.body.entry).toEqual(
      (await c.client.agent.get(`/api/v1/entries/${reflection.body.entry.id}`).expect(200)).body,
    );
  });

  it('replays an entry with tags and a flag exactly, writing nothing more', async () => {
    const c = await practiceWithClient(t);
    const key = randomUUID();
    const body = {
      kind: 'reflection',
      reflection: { text: HEAVY, sharing: 'shared', clientBarrierTags: ['shame'] },
    };
    const first = await submit(c, body, key).expect(201);
    const rows = async () => [
      await count(t, 'entry WHERE client_id = $1', [c.clientPerson.id]),
      await count(t, 'entry_tag WHERE entry_id = $1', [first.body.entry.id]),
      await count(t, 'risk_flag WHERE client_id = $1', [c.clientPerson.id]),
    ];
    const before = await rows();
    expect(before[1]).toBeGreaterThan(1);
    const again = await submit(c, body, key).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await rows()).toEqual(before);
  });

  it('treats a key whose row has expired as new: a new entry, the key now answering it', async () => {
    const c = await practiceWithClient(t);
    const key = randomUUID();
    await t.dataSource.query(
      `INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response, created_at)
       VALUES ($1, $2, $3, 'POST /api/v1/me/entries', 'another body', 201, '{"old": true}', now() - interval '25 hours')`,
      [c.client.practiceId, c.clientPerson.id, key],
    );
    const body = { kind: 'reflection', reflection: { text: 'Asked again, a day later.', sharing: 'shared' } };
    const created = await submit(c, body, key).expect(201);
    expect(created.body.entry.reflection.text).toBe('Asked again, a day later.');
    // The key stores the rows the statement wrote (the answer is built from them, as on the first request).
    const [row] = await t.dataSource.query<{ fresh: boolean; entry_id: unknown }[]>(
      `SELECT created_at > now() - interval '1 hour' AS fresh, response #>> '{entry,id}' AS entry_id FROM idempotency_key
        WHERE practice_id = $1 AND account_id = $2 AND key = $3`,
      [c.client.practiceId, c.clientPerson.id, key],
    );
    expect(row).toEqual({ fresh: true, entry_id: created.body.entry.id });
    expect((await submit(c, body, key).expect(201)).body).toEqual(created.body);
    expect(await count(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
  });

  it('replays a retry before checking its assignment again; a new key is checked', async () => {
    const c = await practiceWithClient(t);
    const a = await assign(c, { source: 'template', templateId: 'micro-ask-staff' });
    const key = randomUUID();
    const body = { kind: 'experiment', assignmentId: a.body.id, plan: PLAN };
    const first = await submit(c, body, key).expect(201);
    await c.practitioner.agent
      .patch(`/api/v1/assignments/${a.body.id}`)
      .set('x-csrf-token', c.practitioner.csrf)
      .set('if-match', '"v1"')
      .send({ action: 'end' })
      .expect(200);
    expect((await submit(c, body, key).expect(201)).body).toEqual(first.body);
    const refused = await submit(c, body, randomUUID()).expect(400);
    expect(refused.body.errors).toEqual([
      { path: 'assignmentId', message: 'This assignment has ended; log it as a free entry instead.' },
    ]);
    const reused = await submit(c, { ...body, plan: { ...PLAN, predictedYesChance: 10 } }, key).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(1);
  });

  it('stores each key once under many concurrent creates, repeats of a key among them', async () => {
    const c = await practiceWithClient(t);
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const body = (key: string) => ({
      kind: 'reflection',
      reflection: { text: `Asked ${key}.`, sharing: 'shared' },
    });
    const sent = keys
      .flatMap((key) => [key, key, key])
      .map(async (key) => ({ key, res: await submit(c, body(key), key) }));
    const answers = await Promise.all(sent);
    for (const key of keys) {
      const mine = answers.filter((a) => a.key === key).map((a) => a.res);
      expect(mine.map((r) => r.status).filter((s) => s !== 201 && s !== 409)).toEqual([]);
      const created = mine.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThan(0);
      for (const r of created) expect(r.body).toEqual(created[0]?.body);
    }
    expect(await count(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(keys.length);
    expect(await count(t, 'idempotency_key WHERE account_id = $1', [c.clientPerson.id])).toBe(keys.length);
  });

  // A first request that commits after this one's statement took its snapshot (and before it took the key's
  // lock) is invisible to its lookup. Planted here: a transaction writes the key's row without the lock and
  // commits while the create waits on that row. The create must write nothing and answer the stored answer.
  if (process.env['TEST_DATABASE_URL']) {
    it('answers with the first request’s answer when that one committed after this one looked, writing nothing', async () => {
      const c = await practiceWithClient(t);
      const body = { kind: 'reflection', reflection: { text: 'Lost the race.', sharing: 'shared' } };
      const hash = createHash('sha256')
        .update('POST /api/v1/me/entries\n')
        .update('{"kind":"reflection","reflection":{"sharing":"shared","text":"Lost the race."}}')
        .digest('hex');
      for (const [storedHash, status] of [
        [hash, 201],
        ['another body', 422],
      ] as const) {
        const key = randomUUID();
        const runner = t.dataSource.createQueryRunner();
        await runner.connect();
        await runner.startTransaction();
        try {
          await runner.query(
            `INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
             VALUES ($1, $2, $3, 'POST /api/v1/me/entries', $4, 201, '{"first": true}')`,
            [c.client.practiceId, c.clientPerson.id, key, storedHash],
          );
          const pending = submit(c, body, key).then((r) => r);
          for (let i = 0; i < 100; i++) {
            const [waiting] = await t.dataSource.query<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%WITH gate%'`,
            );
            if (waiting?.n) break;
            await new Promise((r) => setTimeout(r, 50));
          }
          await runner.commitTransaction();
          const res = await pending;
          expect(res.status).toBe(status);
          if (status === 201) expect(res.body).toEqual({ first: true });
          else expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
        } finally {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        }
      }
      expect(await count(t, 'entry WHERE client_id = $1', [c.clientPerson.id])).toBe(0);
    });
  }

  it('dates a reflection by the client’s time zone as it is when the request arrives', async () => {
    const c = await practiceWithClient(t);
    // UTC+14 and UTC−11 are 25 hours apart: their dates differ at every moment.
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      await c.client.agent
        .patch('/api/v1/me/preferences')
        .set('x-csrf-token', c.client.csrf)
        .send({ timeZone })
        .expect(200);
      const before = localDateOf(new Date(), timeZone);
      const res = await submit(c, { kind: 'reflection', reflection: { text: 'Asked.', sharing: 'shared' } });
      const after = localDateOf(new Date(), timeZone);
      expect(res.status).toBe(201);
      expect([before, after]).toContain(res.body.entry.occurredOn);
      expect(res.body.entry.doneOn).toBe(res.body.entry.occurredOn);
    }
  });
});
