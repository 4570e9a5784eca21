import {
  CASELOAD_DEFAULT_ORDER,
  CASELOAD_SORTS,
  type CaseloadOrder,
  type CaseloadPage,
  type CaseloadSort,
} from '@askwell/domain';
import { randomUUID } from 'node:crypto';
import { logIn, type SignedIn, signUpOwner } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * GET /caseload as a paged resource: every client exactly once across the pages, in the order asked for,
 * pages no longer than the limit, the summary over every page, bad parameters refused, and never a client of
 * another practitioner or practice, whatever the page or the cursor. The clients and their flags, unread
 * entries and activity are written straight into the tables (a few dozen clients through invitations would be
 * slow); the expected orders are computed here from what was written, not by the API's SQL.
 */
/** How an open flag reads to the practitioner: a tier, untiered (the first screen's), or a private entry's. */
type FlagKind = 'explicit' | 'concern' | 'untiered' | 'private';

interface Fixture {
  id: string;
  name: string;
  flags: number;
  /** One per open flag. */
  flagKinds: FlagKind[];
  unread: number;
  rung: number | null;
  /** ms since the epoch of the newest entry; null: no entry at all. */
  lastActivity: number | null;
  /** ms since the epoch of the oldest shared entry nobody has read; null: none unread. */
  oldestUnread: number | null;
}

const HOUR = 3_600_000;
const BASE = Date.parse('2026-11-20T12:00:00.000Z');
const LETTERS = 'bcdfghjklmnprstvwz';

/** Flags of the kinds every fourth client gets in turn (a concern and an explicit flag together on some). */
const KINDS: FlagKind[][] = [['explicit'], ['concern'], ['untiered'], ['private'], ['concern', 'explicit']];

/** The order of flag kinds by seriousness, as the contract puts it: explicit, cannot be told, concern. */
const RANK: Record<FlagKind, number> = { explicit: 3, untiered: 2, private: 2, concern: 1 };
const rankOf = (c: Pick<Fixture, 'flagKinds'>) => Math.max(0, ...c.flagKinds.map((k) => RANK[k]));
const tierOf = (c: Pick<Fixture, 'flagKinds'>) =>
  rankOf(c) === 3 ? 'explicit' : rankOf(c) === 1 ? 'concern' : null;

/** n flags of the kinds in turn. */
const kinds = (pattern: FlagKind[], n: number): FlagKind[] =>
  Array.from({ length: n }, (_, k) => pattern[k % pattern.length] ?? 'untiered');

/**
 * Client i's figures: flags on every fourth (of the kinds in KINDS, in turn), unread 0–2, no rung on every
 * seventh, no entry on some. Entry k of a client was written k hours before its newest; the first `unread` of
 * them are unread.
 */
function fixtureOf(i: number, name: string): Omit<Fixture, 'id'> {
  const flags = i % 4 === 0 ? (i % 3) + 1 : 0;
  const flagKinds = kinds(KINDS[(i / 4) % KINDS.length] ?? ['untiered'], flags);
  const unread = i % 3;
  const quiet = flags === 0 && unread === 0 && i % 2 === 0;
  // Some clients share these times, so the name and the id have to break the tie.
  const lastActivity = quiet ? null : BASE - (i % 5) * HOUR;
  return {
    name,
    flags,
    flagKinds,
    unread,
    rung: i % 7 === 0 ? null : (i % 6) + 1,
    lastActivity,
    oldestUnread: lastActivity === null || unread === 0 ? null : lastActivity - (unread - 1) * HOUR,
  };
}

async function insertClients(
  t: TestApp,
  practiceId: string,
  practitionerId: string,
  specs: Omit<Fixture, 'id'>[],
): Promise<Fixture[]> {
  const out: Fixture[] = [];
  for (const s of specs) {
    const id = randomUUID();
    await t.dataSource.query(
      `INSERT INTO account (practice_id, id, email, display_name, role, current_rung)
       VALUES ($1, $2, $3, $4, 'client', $5)`,
      [practiceId, id, `caseload-${id}@example.org`, s.name, s.rung],
    );
    await t.dataSource.query(
      `INSERT INTO caseload (practice_id, practitioner_id, client_id) VALUES ($1, $2, $3)`,
      [practiceId, practitionerId, id],
    );
    if (s.lastActivity !== null) {
      const at = new Date(s.lastActivity).toISOString();
      // Entry k written k hours before the newest; the first `unread` unread; the first `flags` flagged.
      const entries = Math.max(1, s.unread, s.flags);
      for (let k = 0; k < entries; k++) {
        const kind = k < s.flags ? s.flagKinds[k] : undefined;
        // A private entry is never unread for the practitioner: only the read ones may be private.
        if (kind === 'private' && k < s.unread) throw new Error('a private flag on an unread entry');
        const [entry] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO entry (practice_id, client_id, kind, sharing, state, occurred_on, body, read_at, created_at, updated_at)
           VALUES ($1, $2, 'reflection', $5, 'submitted', '2026-11-20', '{"text":"x"}', $3, $4, $4) RETURNING id`,
          [
            practiceId,
            id,
            k < s.unread ? null : at,
            new Date(s.lastActivity - k * HOUR).toISOString(),
            kind === 'private' ? 'private' : 'shared',
          ],
        );
        if (kind !== undefined) {
          // A private entry's flag has the tier its words earned: the practitioner must not learn it.
          const tier = kind === 'untiered' ? null : kind === 'private' ? 'explicit' : kind;
          await t.dataSource.query(
            `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, screen_version)
             VALUES ($1, $2, $3, '{x}', $4, $5, $6)`,
            [
              practiceId,
              id,
              entry?.id,
              tier,
              tier === null ? null : 'suicidal-thoughts',
              tier === null ? 1 : 2,
            ],
          );
        }
      }
      // An acknowledged flag is not an open one, however serious.
      await t.dataSource.query(
        `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, acknowledged_at, tier, category, screen_version)
         SELECT practice_id, client_id, id, '{x}', now(), 'explicit', 'attempt', 2 FROM entry
          WHERE practice_id = $1 AND client_id = $2 LIMIT 1`,
        [practiceId, id],
      );
    }
    out.push({ ...s, id });
  }
  return out;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The contract's order, written independently of the SQL. */
function expectedOrder(clients: Fixture[], sort: CaseloadSort, order: CaseloadOrder): string[] {
  const dir = order === 'asc' ? 1 : -1;
  const byName = (a: Fixture, b: Fixture) =>
    cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.id, b.id);
  const nullsLast = (x: number | null, y: number | null) =>
    x === null || y === null ? (x === y ? 0 : x === null ? 1 : -1) : dir * (x - y);
  const oldestFirst = (x: number | null, y: number | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : x - y;
  // The most serious open flag (explicit, then one whose tier cannot be told, then concern), then the most flags.
  const flagOrder = (a: Fixture, b: Fixture) => dir * (rankOf(a) - rankOf(b) || a.flags - b.flags);
  const compare: Record<CaseloadSort, (a: Fixture, b: Fixture) => number> = {
    // Flags, then who has waited longest to be read, then nobody waiting; ascending is the reverse.
    attention: (a, b) =>
      flagOrder(a, b) || -dir * oldestFirst(a.oldestUnread, b.oldestUnread) || byName(a, b),
    name: (a, b) => dir * byName(a, b),
    'last-activity': (a, b) => nullsLast(a.lastActivity, b.lastActivity) || byName(a, b),
    'risk-flags': (a, b) => flagOrder(a, b) || byName(a, b),
    unread: (a, b) => dir * (a.unread - b.unread) || byName(a, b),
    rung: (a, b) => nullsLast(a.rung, b.rung) || byName(a, b),
  };
  return [...clients].sort(compare[sort]).map((c) => c.id);
}

describe('GET /caseload, a page at a time', () => {
  let t: TestApp;
  let owner: SignedIn;
  let pat: SignedIn;
  let quinn: SignedIn;
  let ofPat: Fixture[] = [];
  let ofQuinn: Fixture[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUpOwner(t);
    const p = await inviteAndAccept(t, owner, 'practitioner', 'Pat Practitioner');
    const q = await inviteAndAccept(t, owner, 'practitioner', 'Quinn Practitioner');
    pat = await logIn(t, p.email);
    quinn = await logIn(t, q.email);
    // Names differ only in two letters after a common prefix (the same order in any collation); three share
    // a name up to case, so only the id tells them apart.
    const names = Array.from({ length: 19 }, (_, i) => {
      const a = LETTERS[(i * 7) % LETTERS.length] ?? 'x';
      const b = LETTERS[(i * 5 + 3) % LETTERS.length] ?? 'x';
      return `Client ${a.toUpperCase()}${b}`;
    });
    ofPat = await insertClients(t, owner.practiceId, p.id, [
      ...names.map((n, i) => fixtureOf(i, n)),
      fixtureOf(4, 'Client Same'),
      fixtureOf(4, 'client same'),
      fixtureOf(4, 'CLIENT SAME'),
    ]);
    // Quinn's clients sort before every one of Pat's by name, and one has more flags than anybody.
    ofQuinn = await insertClients(t, owner.practiceId, q.id, [
      {
        ...fixtureOf(0, 'Client Aa'),
        flags: 5,
        flagKinds: kinds(['concern'], 5),
        unread: 0,
        oldestUnread: null,
      },
      ...[1, 2, 3, 5].map((i) => fixtureOf(i, `Client A${LETTERS[i]}`)),
    ]);
    // Another practice: its clients are nobody's business here.
    const foreign = await signUpOwner(t, { practiceName: 'Elsewhere' });
    await insertClients(t, foreign.practiceId, foreign.accountId, [
      {
        ...fixtureOf(0, 'Client Aaa'),
        flags: 9,
        flagKinds: kinds(['explicit'], 9),
        unread: 0,
        oldestUnread: null,
      },
      fixtureOf(1, 'Client Ab'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  async function allPages(
    who: SignedIn,
    query: string,
    limit: number,
  ): Promise<{ ids: string[]; pages: CaseloadPage[] }> {
    const pages: CaseloadPage[] = [];
    let cursor: string | null = null;
    do {
      const qs = new URLSearchParams(query);
      qs.set('limit', String(limit));
      if (cursor) qs.set('cursor', cursor);
      const res = await who.agent.get(`/api/v1/caseload?${qs.toString()}`).expect(200);
      const page = res.body as CaseloadPage;
      pages.push(page);
      cursor = page.nextCursor;
      if (pages.length > 200) throw new Error('the cursor never ends');
    } while (cursor);
    return { ids: pages.flatMap((p) => p.items.map((c) => c.id)), pages };
  }

  function expectPages(pages: CaseloadPage[], limit: number, total: number, flagged: number) {
    for (const [i, page] of pages.entries()) {
      const last = i === pages.length - 1;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      if (!last) expect(page.items).toHaveLength(limit);
      expect(page.nextCursor === null).toBe(last);
      expect({ total: page.total, flagged: page.flagged }).toEqual({ total, flagged });
    }
  }

  const flaggedIn = (cs: Fixture[]) => cs.filter((c) => c.flags > 0).length;

  it.each(CASELOAD_SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => ({ sort, order }))))(
    "pages a practitioner's caseload by $sort $order: every client once, in order, only their own",
    async ({ sort, order }) => {
      const { ids, pages } = await allPages(pat, `sort=${sort}&order=${order}`, 4);
      expect(ids).toEqual(expectedOrder(ofPat, sort, order));
      expectPages(pages, 4, ofPat.length, flaggedIn(ofPat));
    },
  );

  it("gives the owner the whole practice and a practitioner never another's client, whatever the page size", async () => {
    for (const limit of [1, 7, 100]) {
      const mine = await allPages(quinn, 'sort=name', limit);
      expect(mine.ids).toEqual(expectedOrder(ofQuinn, 'name', 'asc'));
      expectPages(mine.pages, limit, ofQuinn.length, flaggedIn(ofQuinn));
      const all = await allPages(owner, '', limit);
      expect(all.ids).toEqual(expectedOrder([...ofPat, ...ofQuinn], 'attention', 'desc'));
      expectPages(all.pages, limit, ofPat.length + ofQuinn.length, flaggedIn([...ofPat, ...ofQuinn]));
    }
    // A cursor is only a position: Quinn's cursor in Pat's hands still pages Pat's clients only.
    const first = (await quinn.agent.get('/api/v1/caseload?sort=name&limit=1').expect(200))
      .body as CaseloadPage;
    const after = (
      await pat.agent.get(`/api/v1/caseload?sort=name&limit=100&cursor=${first.nextCursor ?? ''}`).expect(200)
    ).body as CaseloadPage;
    const patIds = new Set(ofPat.map((c) => c.id));
    expect(after.items.length).toBeGreaterThan(0);
    expect(after.items.every((c) => patIds.has(c.id))).toBe(true);
  });

  it('puts who needs attention first by default, 25 a page, with the figures of each client', async () => {
    const res = await owner.agent.get('/api/v1/caseload').expect(200);
    const page = res.body as CaseloadPage;
    const everyone = [...ofPat, ...ofQuinn];
    expect(page.items).toHaveLength(25);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(page.items.map((c) => c.id)).toEqual(expectedOrder(everyone, 'attention', 'desc').slice(0, 25));
    const byId = new Map(everyone.map((c) => [c.id, c]));
    for (const c of page.items) {
      const f = byId.get(c.id);
      expect({
        openRiskFlags: c.openRiskFlags,
        openRiskTier: c.openRiskTier,
        unreadSharedEntries: c.unreadSharedEntries,
        currentRung: c.currentRung,
        lastActivityAt: c.lastActivityAt,
      }).toEqual({
        openRiskFlags: f?.flags,
        openRiskTier: f ? tierOf(f) : 'missing',
        unreadSharedEntries: f?.unread,
        currentRung: f?.rung,
        lastActivityAt: f?.lastActivity === null ? null : new Date(f?.lastActivity ?? 0).toISOString(),
      });
      expect(c.adherence7).toEqual({ due: 0, completed: 0, rate: null });
      expect(c.readiness).toMatchObject({ ready: false });
    }
    expect(CASELOAD_DEFAULT_ORDER.attention).toBe('desc');
  });

  it('filters by name or email, flag, unread and rung, the summary counting the matches on every page', async () => {
    const cases: { query: string; keep: (c: Fixture) => boolean }[] = [
      { query: 'q=client%20SAME', keep: (c) => c.name.toLowerCase() === 'client same' },
      { query: 'flagged=true', keep: (c) => c.flags > 0 },
      { query: 'unread=false', keep: (c) => c.unread === 0 },
      { query: 'rung=2&flagged=false', keep: (c) => c.rung === 2 && c.flags === 0 },
      { query: `q=${encodeURIComponent('@example.org')}&unread=true`, keep: (c) => c.unread > 0 },
      { query: 'q=nobody-by-this-name', keep: () => false },
    ];
    for (const { query, keep } of cases) {
      const matching = ofPat.filter(keep);
      const { ids, pages } = await allPages(pat, `${query}&sort=last-activity`, 3);
      expect({ query, ids }).toEqual({ query, ids: expectedOrder(matching, 'last-activity', 'desc') });
      expectPages(pages, 3, matching.length, flaggedIn(matching));
    }
    const none = (await pat.agent.get('/api/v1/caseload?q=nobody').expect(200)).body as CaseloadPage;
    expect(none).toEqual({ items: [], nextCursor: null, total: 0, flagged: 0 });
  });

  it('refuses bad parameters with problem details', async () => {
    const name = (await pat.agent.get('/api/v1/caseload?sort=name&limit=2').expect(200)).body as CaseloadPage;
    const bad: [string, RegExp][] = [
      ['limit=0', /limit/],
      ['limit=101', /At most 100/],
      ['limit=2.5', /limit/],
      ['limit=many', /limit/],
      ['sort=adherence-7', /Sort by one of: attention, name, last-activity, risk-flags, unread, rung/],
      ['sort=shoe-size', /Sort by one of/],
      ['order=up', /asc or desc/],
      ['ready=true', /ready/],
      ['rung=9', /rung/],
      ['cursor=not-a-cursor', /cursor/],
      [`cursor=${Buffer.from('["caseload","name","asc","1","0","x","y"]').toString('base64url')}`, /cursor/],
      [`sort=attention&cursor=${name.nextCursor ?? ''}`, /sort=name&order=asc/],
      [`sort=name&order=desc&cursor=${name.nextCursor ?? ''}`, /sort=name&order=asc/],
    ];
    for (const [query, message] of bad) {
      const code = query.includes('cursor=') ? 'INVALID_CURSOR' : 'VALIDATION_FAILED';
      const res = await pat.agent.get(`/api/v1/caseload?${query}`);
      expect({ query, status: res.status, type: res.headers['content-type'] }).toEqual({
        query,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(res.body.code).toBe(code);
      expect({ query, text: JSON.stringify(res.body) }).toEqual({
        query,
        text: expect.stringMatching(message),
      });
    }
  });

  it('documents its parameters in the OpenAPI document', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    const params = (doc.body.paths['/api/v1/caseload'].get.parameters as { name: string }[]).map(
      (p) => p.name,
    );
    expect(params).toEqual(
      expect.arrayContaining(['sort', 'order', 'limit', 'cursor', 'q', 'flagged', 'unread', 'rung']),
    );
    expect(params).not.toContain('ready');
  });
});
