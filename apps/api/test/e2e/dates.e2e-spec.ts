import { addDays, localDateOf, PERIOD_MAX_DAYS } from '@askwell/domain';
import { fingerprint, fingerprintSql } from '../fuzz/fuzz-support';
import { type PracticeWithClient as Ctx, practiceWithClient } from '../factories/practices';
import { PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * Dates and times at the edge (issue 15): year 0000 (PostgreSQL has none), 9999 (a week or a schedule after it
 * runs into the year 10000), offsets past ±14:00, leap days that are and are not, periods that end before they
 * start or run for centuries. Each is a 400 VALIDATION_FAILED naming the field, and changes nothing; these were
 * 500s before (PostgreSQL's "date/time field value out of range", or a RangeError from the date arithmetic).
 */

const today = localDateOf(new Date(), 'UTC');

describe('dates and times at the edge', () => {
  let t: TestApp;
  let c: Ctx;
  let fpSql: string;

  beforeAll(async () => {
    t = await createTestApp();
    c = await practiceWithClient(t);
    fpSql = await fingerprintSql(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Sends a request that must be refused on `field`, and proves no tenant table changed. */
  async function refused(
    send: () => Promise<{ status: number; body: { code?: string; errors?: { path: string }[] } }>,
    field: string,
  ): Promise<void> {
    const before = await fingerprint(t.dataSource, fpSql);
    const res = await send();
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.errors?.map((e) => e.path)).toContain(field);
    expect(await fingerprint(t.dataSource, fpSql)).toEqual(before);
  }

  const clientPost = (url: string, body: object) =>
    c.client.agent.post(url).set('x-csrf-token', c.client.csrf).send(body);
  const staffPost = (url: string, body: object) =>
    c.practitioner.agent.post(url).set('x-csrf-token', c.practitioner.csrf).send(body);

  it('entry creates: the day of an observation and of a planned request', async () => {
    const observation = { whoAsked: 'a man', whomAsked: 'the baker', what: 'the time' };
    for (const day of ['0000-01-01', '0000-12-31', '9999-12-31', '2023-02-29', '1900-01-01'])
      await refused(
        () =>
          clientPost('/api/v1/me/entries', {
            kind: 'observation',
            observation: { ...observation, occurredOn: day },
          }),
        'observation.occurredOn',
      );
    for (const day of ['0000-01-01', '9999-12-31', addDays(today, 366 * 6)])
      await refused(
        () => clientPost('/api/v1/me/entries', { kind: 'experiment', plan: { ...PLAN, plannedOn: day } }),
        'plan.plannedOn',
      );
    const leap = await clientPost('/api/v1/me/entries', {
      kind: 'observation',
      observation: { ...observation, occurredOn: '2024-02-29' },
    });
    expect(leap.status).toBe(201);
  });

  it('a plan changed to year 0000, and an outcome on it', async () => {
    const made = await clientPost('/api/v1/me/entries', { kind: 'experiment', plan: PLAN }).expect(201);
    const id = made.body.entry.id as string;
    await refused(
      () =>
        c.client.agent
          .patch(`/api/v1/me/entries/${id}/plan`)
          .set('x-csrf-token', c.client.csrf)
          .set('if-match', '"v1"')
          .send({ plan: { ...PLAN, plannedOn: '0000-01-01' } }),
      'plan.plannedOn',
    );
  });

  it('session creates and changes', async () => {
    const url = `/api/v1/clients/${c.clientPerson.id}/sessions`;
    for (const day of ['0000-01-01', '9999-12-31'])
      await refused(() => staffPost(url, { heldOn: day }), 'heldOn');
    const held = await staffPost(url, { heldOn: today }).expect(201);
    await refused(
      () =>
        c.practitioner.agent
          .patch(`/api/v1/sessions/${held.body.id}`)
          .set('x-csrf-token', c.practitioner.csrf)
          .set('if-match', '"v1"')
          .send({ heldOn: '0000-06-15' }),
      'heldOn',
    );
  });

  it('brief review: real dates, in order, at most a year', async () => {
    const url = `/api/v1/clients/${c.clientPerson.id}/brief/review`;
    await refused(() => staffPost(url, { from: '0000-01-01', to: '0000-01-14' }), 'from');
    await refused(() => staffPost(url, { from: '2026-03-02', to: '2026-03-01' }), 'from');
    await refused(() => staffPost(url, { from: '1900-01-01', to: '9999-12-31' }), 'from');
    await refused(() => staffPost(url, { from: '2026-03-01', to: '10000-01-01' }), 'to');
    await staffPost(url, { from: '9999-12-18', to: '9999-12-31' }).expect(200);
  });

  it('the week: a day near today, leap days included', async () => {
    for (const on of ['0000-01-01', '9999-12-31', '9999-12-27', '2023-02-29', '1900-01-01'])
      await refused(() => c.client.agent.get(`/api/v1/me/week?on=${on}`), 'on');
    const leap = await c.client.agent.get('/api/v1/me/week?on=2024-02-29').expect(200);
    expect(leap.body).toMatchObject({ weekStart: '2024-02-26', weekEnd: '2024-03-03', today: '2024-02-29' });
  });

  it('the brief: since and until at the ends of the calendar, and a period over a year', async () => {
    const brief = (q: string) => c.practitioner.agent.get(`/api/v1/clients/${c.clientPerson.id}/brief${q}`);
    await refused(() => brief('?until=0001-01-05'), 'until');
    await refused(() => brief('?since=0000-12-31'), 'since');
    await refused(() => brief('?since=2026-03-02&until=2026-03-01'), 'since');
    await refused(() => brief(`?since=${addDays(today, -PERIOD_MAX_DAYS)}`), 'since');
    await refused(() => brief('?since=1900-01-01&until=9999-12-31'), 'since');
    for (const q of ['?until=9999-12-31', '?until=1900-01-01', '?since=9999-12-31&until=9999-12-31']) {
      const res = await brief(q);
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
    expect((await brief('?until=1900-01-01')).body.period).toEqual({ from: '1899-12-19', to: '1900-01-01' });
  });

  it('the brief after a session long ago covers the last year, not every day since', async () => {
    const other = await practiceWithClient(t);
    await other.practitioner.agent
      .post(`/api/v1/clients/${other.clientPerson.id}/sessions`)
      .set('x-csrf-token', other.practitioner.csrf)
      .send({ heldOn: addDays(today, -800) })
      .expect(201);
    const res = await other.practitioner.agent
      .get(`/api/v1/clients/${other.clientPerson.id}/brief`)
      .expect(200);
    const to = localDateOf(new Date(), 'UTC');
    expect(res.body.period.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.period.from).toBe(addDays(res.body.period.to as string, -(PERIOD_MAX_DAYS - 1)));
    expect([addDays(to, -1), to, addDays(to, 1)]).toContain(res.body.period.to);
  });

  it('the audit list: offsets within ±14:00, times from 1900 to 9999, from before to', async () => {
    const audit = (q: string) => c.practitioner.agent.get(`/api/v1/audit-events${q}`);
    const enc = encodeURIComponent;
    await refused(() => audit(`?to=${enc('2026-01-01T00:00:00+16:00')}`), 'to');
    await refused(() => audit(`?to=${enc('2026-01-01T00:00:00-14:01')}`), 'to');
    await refused(() => audit(`?from=${enc('0000-01-01T00:00:00Z')}`), 'from');
    await refused(() => audit(`?from=${enc('9999-12-31T23:59:59-14:00')}`), 'from');
    await refused(() => audit(`?from=${enc('2023-02-29T00:00:00Z')}`), 'from');
    await refused(
      () => audit(`?from=${enc('2026-01-02T00:00:00Z')}&to=${enc('2026-01-01T00:00:00Z')}`),
      'from',
    );
    const ok = await audit(
      `?from=${enc('2024-02-29T12:00:00+14:00')}&to=${enc('9999-12-31T23:59:59Z')}`,
    ).expect(200);
    expect(ok.body.items.length).toBeGreaterThan(0);
  });
});
