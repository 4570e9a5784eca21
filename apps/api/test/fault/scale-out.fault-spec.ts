import http from 'node:http';
import type net from 'node:net';
import { Client } from 'pg';
import {
  freePort,
  startApiProcess,
  stopApiProcess,
  waitUntilReady,
  type ApiProcess,
} from '../setup/api-process';
import { entryBody, figure, MARKER, signedInClient } from './load';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

/**
 * Scale-out (docs/scaling.md): two API processes on one PostgreSQL database behind a round-robin loopback proxy.
 * Nothing that matters lives in a process: a session made on one is good on the other, rate-limit counters are
 * shared, and one Idempotency-Key sent to both makes one row.
 */
interface Proxy {
  url: string;
  servedBy: string[];
  close(): Promise<void>;
}

/** Round-robin HTTP proxy; says which upstream answered in `x-upstream` (0 or 1). */
async function startProxy(upstreams: string[]): Promise<Proxy> {
  let next = 0;
  const servedBy: string[] = [];
  const server = http.createServer((req, res) => {
    const index = next++ % upstreams.length;
    const target = new URL(req.url ?? '/', upstreams[index]);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        servedBy.push(String(index));
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-upstream': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    servedBy,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('two API processes behind a round-robin proxy, one database', () => {
  let pg: PrivatePostgres;
  let apis: ApiProcess[] = [];
  let proxy: Proxy;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    const env = { DATABASE_URL: pg.url, DASHBOARD_DIR: '/nonexistent', LOG_LEVEL: 'fatal' };
    // One after the other: the first applies the migrations, the second finds them applied.
    const first = await startApiProcess(env);
    await waitUntilReady(first);
    const second = await startApiProcess(env);
    await waitUntilReady(second);
    apis = [first, second];
    proxy = await startProxy(apis.map((a) => a.baseUrl));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    for (const a of apis) await stopApiProcess(a, 'SIGKILL');
    pg?.destroy();
  });

  it('a session made through one process works through the other', async () => {
    const session = await signedInClient(proxy.url);
    const answeredBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy.url}/api/v1/auth/session`, { headers: { cookie: session.cookie } });
      expect(res.status).toBe(200);
      answeredBy.add(res.headers.get('x-upstream') ?? '');
    }
    expect([...answeredBy].sort()).toEqual(['0', '1']);
    // A change (CSRF token bound to the session) through either process.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${proxy.url}/api/v1/me/preferences`, {
        method: 'PATCH',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ timeZone: 'Europe/London' }),
      });
      expect(res.status).toBe(200);
    }
  });

  it('counts login attempts across both processes (10 per account, then 429)', async () => {
    const email = `nobody-${Date.now()}@example.org`;
    const statuses: number[] = [];
    const upstreams = new Set<string>();
    for (let i = 0; i < 11; i++) {
      const res = await fetch(`${proxy.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong password here' }),
      });
      statuses.push(res.status);
      upstreams.add(res.headers.get('x-upstream') ?? '');
    }
    expect(upstreams.size).toBe(2);
    // Each process alone saw at most 6 attempts: only a shared counter reaches the limit on the 11th.
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    figure(`scale-out: login attempts 1-10 → 401 and the 11th → 429 across 2 API processes`);
  });

  it('one Idempotency-Key sent to both processes at once makes one entry', async () => {
    const session = await signedInClient(proxy.url);
    const key = `scale-out-${Date.now()}`;
    const send = (base: string) =>
      fetch(`${base}/api/v1/me/entries`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(entryBody(key)),
      });
    const until201 = async (base: string): Promise<{ status: number; id: string; conflicts: number }> => {
      let conflicts = 0;
      for (let i = 0; i < 20; i++) {
        const res = await send(base);
        if (res.status === 409) {
          conflicts++;
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const body = (await res.json()) as { entry: { id: string } };
        return { status: res.status, id: body.entry.id, conflicts };
      }
      throw new Error('still 409 after 20 tries');
    };
    const [a, b] = await Promise.all(apis.map((api) => until201(api.baseUrl)));
    expect(a?.status).toBe(201);
    expect(b?.status).toBe(201);
    expect(a?.id).toBe(b?.id);
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM entry WHERE body->>'text' = $1`,
        [`${MARKER} ${key}`],
      );
      expect(rows[0]?.n).toBe(1);
    } finally {
      await c.end();
    }
    figure(
      `scale-out: one Idempotency-Key to 2 API processes at once → 1 row (409 retries: ${(a?.conflicts ?? 0) + (b?.conflicts ?? 0)})`,
    );
  });
});
