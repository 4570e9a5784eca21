import { Client } from 'pg';
import { startApiProcess, stopApiProcess, waitUntilReady, type ApiProcess } from '../setup/api-process';
import {
  COUNT_SQL,
  figure,
  runLoad,
  sendWithRetry,
  signedInClient,
  verdict,
  waitForReady,
  type Session,
} from './load';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

/**
 * The built API (`node dist/main.js`) on a private PostgreSQL cluster, under a bounded load of entry
 * creations with Idempotency-Keys on loopback: the database is killed and brought back, then the API gets
 * SIGTERM mid-load. Prints the figures (FIGURE lines) that docs/security.md promises.
 */
const WORKERS = 8;

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

describe('faults on a PostgreSQL server', () => {
  let pg: PrivatePostgres;
  let api: ApiProcess;
  let session: Session;
  const env = () => ({
    DATABASE_URL: pg.url,
    DASHBOARD_DIR: '/nonexistent',
    SHUTDOWN_TIMEOUT_MS: '10000',
    LOG_LEVEL: 'fatal',
  });

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    api = await startApiProcess(env());
    await waitUntilReady(api);
    session = await signedInClient(api.baseUrl);
  }, 120_000);

  afterAll(async () => {
    if (api) await stopApiProcess(api, 'SIGKILL');
    pg?.destroy();
  });

  it('loses no acknowledged entry and duplicates none when the database is killed under load, and is ready again within 5 s of its return', async () => {
    let issuing = true;
    const load = runLoad({ session, workers: WORKERS, issuing: () => issuing, retryWindowMs: 30_000 });

    await new Promise((r) => setTimeout(r, 1_500));
    const killedAt = Date.now();
    pg.kill(); // pg_ctl stop -m immediate: no checkpoint, clients cut off mid-transaction
    await new Promise((r) => setTimeout(r, 2_000));
    pg.start(); // returns when the server accepts connections (after WAL recovery)
    const backAt = Date.now();
    const readyMs = await waitForReady(() => api.baseUrl, 15_000);
    await new Promise((r) => setTimeout(r, 1_500));
    issuing = false;
    const result = await load;

    const v = verdict(await query<{ key: string; n: number }>(pg.url, COUNT_SQL), result.acknowledged);
    figure(
      `db-kill: sent ${result.sent}, acknowledged ${result.acknowledged.size}, found ${v.found}, duplicated ${v.duplicated}, lost ${v.lost.length}, unacknowledged ${result.unacknowledged.length}; ` +
        `${result.attempts} attempts (${Object.entries(result.outcomes)
          .map(([k, n]) => `${k}×${n}`)
          .join(' ')}); database down ${backAt - killedAt} ms, API ready ${readyMs} ms after it returned`,
    );
    expect(result.acknowledged.size).toBeGreaterThan(50);
    expect(result.unacknowledged).toEqual([]);
    expect(v.lost).toEqual([]);
    expect(v.duplicated).toBe(0);
    expect(v.found).toBe(result.acknowledged.size);
    expect(readyMs).toBeLessThan(5_000);
    expect(api.child.exitCode).toBeNull(); // the API rode it out
  }, 120_000);

  it('finishes or cleanly refuses in-flight requests on SIGTERM under load, writes nothing by halves, and exits within the bound', async () => {
    let issuing = true;
    const outcomes: Record<string, number> = {};
    const acknowledged = new Set<string>();
    const pending: string[] = [];
    let sent = 0;
    // One attempt per key while the API stops: what happens to requests that are in flight at SIGTERM.
    const worker = async (w: number) => {
      for (let n = 0; issuing; n++) {
        const key = `term-${w}-${n}`;
        sent++;
        const ok = await sendWithRetry({ session, retryWindowMs: 1 }, key, outcomes).catch(() => false);
        if (ok) acknowledged.add(key);
        else pending.push(key);
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await new Promise((r) => setTimeout(r, 1_500));
    const termAt = Date.now();
    api.child.kill('SIGTERM');
    const code = await api.exited;
    const exitMs = Date.now() - termAt;
    issuing = false;
    await load;

    // Nothing half-written: every stored entry has its idempotency key row (one transaction), and vice versa.
    const [pairs] = await query<{ entries: number; keys: number; orphans: number }>(
      pg.url,
      `SELECT (SELECT count(*)::int FROM entry WHERE body->>'text' LIKE 'fault-run term-%') AS entries,
              (SELECT count(*)::int FROM idempotency_key WHERE key LIKE 'term-%') AS keys,
              (SELECT count(*)::int FROM idempotency_key k WHERE k.key LIKE 'term-%' AND NOT EXISTS (
                 SELECT 1 FROM entry e WHERE e.practice_id = k.practice_id AND e.body->>'text' = 'fault-run ' || k.key)) AS orphans`,
    );
    const before = verdict(
      (await query<{ key: string; n: number }>(pg.url, COUNT_SQL)).filter((r) => r.key.startsWith('term-')),
      acknowledged,
    );

    // The clients retry what was not acknowledged against the restarted API: each ends up stored once.
    api = await startApiProcess(env());
    await waitUntilReady(api);
    const retryOutcomes: Record<string, number> = {};
    for (const key of pending)
      expect(
        await sendWithRetry(
          { session, retryWindowMs: 10_000, baseUrl: () => api.baseUrl },
          key,
          retryOutcomes,
        ),
      ).toBe(true);
    const after = verdict(
      (await query<{ key: string; n: number }>(pg.url, COUNT_SQL)).filter((r) => r.key.startsWith('term-')),
      new Set([...acknowledged, ...pending]),
    );
    figure(
      `sigterm: exit code ${code} after ${exitMs} ms (bound 10000 ms); sent ${sent}, acknowledged ${acknowledged.size}, ` +
        `refused or cut off ${pending.length} (${Object.entries(outcomes)
          .map(([k, n]) => `${k}×${n}`)
          .join(
            ' ',
          )}); stored ${before.found} (duplicated ${before.duplicated}, lost ${before.lost.length}, ` +
        `entries ${pairs?.entries} = keys ${pairs?.keys}, orphan keys ${pairs?.orphans}); after retry: found ${after.found}, duplicated ${after.duplicated}`,
    );
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(10_000);
    expect(acknowledged.size).toBeGreaterThan(20);
    // In-flight requests got an answer or a closed connection; never a 5xx other than 503.
    expect(Object.keys(outcomes).filter((k) => !['201', 'network', '503'].includes(k))).toEqual([]);
    expect(before.lost).toEqual([]);
    expect(before.duplicated).toBe(0);
    expect(pairs?.entries).toBe(pairs?.keys);
    expect(pairs?.orphans).toBe(0);
    expect(after.lost).toEqual([]);
    expect(after.duplicated).toBe(0);
    expect(after.found).toBe(sent);
  }, 120_000);
});
