import { fingerprint, fingerprintSql } from '../fuzz/fuzz-support';
import { type PracticeWithClient as Ctx, inviteAndAccept, practiceWithClient } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * Page cursors (issue 15): every list reads its cursor with one codec, typed per list, and answers 400
 * INVALID_CURSOR (problem details, `errors: [{ path: 'cursor' }]`) for any cursor it did not give out: forged
 * keys of the wrong type reached PostgreSQL and came back as 500s on the entries, a client's entries, the
 * clients and the audit events. A real cursor pages through every item exactly once.
 */

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** Cursors nobody issued: wrong shapes, wrong types, impossible values, text that is not base64url JSON. */
const FORGED = [
  'not-a-cursor',
  '!!!',
  b64(null),
  b64({ id: 1 }),
  b64([]),
  b64(['x', 'y']),
  b64([1, 2]),
  b64([null, null]),
  b64(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  b64(['0000-01-01T00:00:00.000Z', UUID]),
  b64(['a\u0000b', UUID]),
  b64(['99999999999999999999']),
  b64(['1.5']),
  b64(['attention', 'desc', 'x', 'y', 'z', UUID]),
  'A'.repeat(3000),
];

describe('page cursors', () => {
  let t: TestApp;
  let c: Ctx;
  let fpSql: string;
  const lists: Record<string, { who: 'client' | 'practitioner'; url: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    c = await practiceWithClient(t);
    fpSql = await fingerprintSql(t.dataSource);
    for (const name of ['Ärzte Anna', 'İlker', 'ÉMILE', 'zoë', 'Zed'])
      await inviteAndAccept(t, c.practitioner, 'client', name);
    for (const text of ['one', 'two', 'three', 'four'])
      await c.client.agent
        .post('/api/v1/me/entries')
        .set('x-csrf-token', c.client.csrf)
        .send({ kind: 'reflection', reflection: { text: `Entry ${text}.`, sharing: 'shared' } })
        .expect(201);
    Object.assign(lists, {
      'my entries': { who: 'client', url: '/api/v1/me/entries?limit=1' },
      "a client's entries": {
        who: 'practitioner',
        url: `/api/v1/clients/${c.clientPerson.id}/entries?limit=1`,
      },
      clients: { who: 'practitioner', url: '/api/v1/clients?limit=1' },
      'audit events': { who: 'practitioner', url: '/api/v1/audit-events?limit=1' },
      caseload: { who: 'practitioner', url: '/api/v1/caseload?limit=1&sort=name' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who: 'client' | 'practitioner', url: string) => c[who].agent.get(url);

  async function all(name: string): Promise<string[]> {
    const { who, url } = lists[name] as { who: 'client' | 'practitioner'; url: string };
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(who, `${url}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      ids.push(...(res.body.items as { id: string }[]).map((i) => i.id));
      cursor = res.body.nextCursor as string | null;
      if (ids.length > 500) throw new Error(`${name}: the cursor never ends`);
    } while (cursor);
    return ids;
  }

  it.each(['my entries', "a client's entries", 'clients', 'audit events', 'caseload'])(
    '%s: a forged cursor is 400 INVALID_CURSOR and changes nothing',
    async (name) => {
      const { who, url } = lists[name] as { who: 'client' | 'practitioner'; url: string };
      const before = await fingerprint(t.dataSource, fpSql);
      for (const cursor of FORGED) {
        const res = await get(who, `${url}&cursor=${encodeURIComponent(cursor)}`);
        expect({ name, cursor, status: res.status, code: res.body.code }).toEqual({
          name,
          cursor,
          status: 400,
          code: 'INVALID_CURSOR',
        });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
      }
      expect(await fingerprint(t.dataSource, fpSql)).toEqual(before);
    },
  );

  it('a cursor of one list is refused by every other (it is typed per list)', async () => {
    const cursors: Record<string, string> = {};
    for (const [name, { who, url }] of Object.entries(lists))
      cursors[name] = (await get(who, url).expect(200)).body.nextCursor as string;
    for (const [name, { who, url }] of Object.entries(lists))
      for (const [other, cursor] of Object.entries(cursors)) {
        if (other === name) continue;
        const res = await get(who, `${url}&cursor=${cursor}`);
        expect({ list: name, cursorOf: other, status: res.status, code: res.body.code }).toEqual({
          list: name,
          cursorOf: other,
          status: 400,
          code: 'INVALID_CURSOR',
        });
      }
    // A caseload cursor belongs to its order, too.
    const res = await get(
      'practitioner',
      `/api/v1/caseload?limit=1&sort=name&order=desc&cursor=${cursors['caseload']}`,
    );
    expect(res.body).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    expect(JSON.stringify(res.body)).toMatch(/sort=name&order=asc/);
  });

  it('pages through every item once, names in any case and script included', async () => {
    expect(new Set(await all('clients')).size).toBe(6);
    const clients = await all('clients');
    expect(clients).toHaveLength(6);
    expect(new Set(await all('caseload')).size).toBe(6);
    expect(await all('my entries')).toHaveLength(4);
    expect(await all("a client's entries")).toHaveLength(4);
    const audit = await all('audit events');
    expect(new Set(audit).size).toBe(audit.length);
  });

  it('entries written in the same microsecond, or the same millisecond, are all on some page', async () => {
    // Rows of one transaction share now(); the cursor must carry the time to the microsecond it is stored in.
    await t.dataSource.query(
      `UPDATE entry SET created_at = CASE WHEN kind = 'reflection' AND (body->>'text') IN ('Entry one.', 'Entry two.')
                                        THEN '2026-11-20T10:00:00.123456Z'::timestamptz
                                        ELSE '2026-11-20T10:00:00.123789Z'::timestamptz END
        WHERE practice_id = $1 AND client_id = $2`,
      [c.practitioner.practiceId, c.clientPerson.id],
    );
    const mine = await all('my entries');
    expect(new Set(mine).size).toBe(4);
    const theirs = await all("a client's entries");
    expect(new Set(theirs).size).toBe(4);
  });
});
