/** The load scenarios: autocannon legs, the A/B runs of the API against the baseline, the RSS under load. */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { rssMb } from './growth';
import { type Auth, login, practitionerIdOf } from './login';
import { connections, duration, out, rounds, rssConnections, runs } from './options';
import type { Proc } from './procs';
import type { SeededPractice } from './seed';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  p97_5: number;
  non2xx: number;
  errors: number;
  requests: number;
}

interface Target {
  method?: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** a fresh Idempotency-Key per request */
  idempotent?: boolean;
}

async function cannon(t: Target, conns: number, seconds: number, onTick?: () => void): Promise<Figures> {
  const u = new URL(t.url);
  const timer = onTick ? setInterval(onTick, 250) : undefined;
  const r = await autocannon({
    url: u.origin,
    connections: conns,
    duration: seconds,
    requests: [
      {
        method: t.method ?? 'GET',
        path: u.pathname + u.search,
        headers: t.headers,
        body: t.body,
        ...(t.idempotent
          ? {
              setupRequest: (req) => ({
                ...req,
                headers: { ...req.headers, 'idempotency-key': randomUUID() },
              }),
            }
          : {}),
      },
    ],
  });
  if (timer) clearInterval(timer);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    p97_5: r.latency.p97_5,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    requests: r.requests.total,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

interface AB {
  scenario: string;
  api: Figures;
  baseline: Figures;
  ratio: number; // api req/s ÷ baseline req/s
}

/** A, B, A, B …: each leg `duration` s; figures are means over the legs. */
async function abRun(scenario: string, a: Target, b: Target, conns = connections): Promise<AB> {
  const legs: { api: Figures[]; baseline: Figures[] } = { api: [], baseline: [] };
  for (let i = 0; i < rounds; i++) {
    legs.api.push(await cannon(a, conns, duration));
    legs.baseline.push(await cannon(b, conns, duration));
  }
  const avg = (fs: Figures[]): Figures => ({
    rps: mean(fs.map((f) => f.rps)),
    p50: mean(fs.map((f) => f.p50)),
    p99: mean(fs.map((f) => f.p99)),
    p97_5: mean(fs.map((f) => f.p97_5)),
    non2xx: fs.reduce((n, f) => n + f.non2xx, 0),
    errors: fs.reduce((n, f) => n + f.errors, 0),
    requests: fs.reduce((n, f) => n + f.requests, 0),
  });
  const api = avg(legs.api);
  const baseline = avg(legs.baseline);
  const row = { scenario, api, baseline, ratio: api.rps / Math.max(1e-9, baseline.rps) };
  out(
    `  ${scenario.padEnd(22)} api ${api.rps.toFixed(0).padStart(6)} req/s p50 ${api.p50.toFixed(1).padStart(6)} ms p99 ${api.p99.toFixed(1).padStart(6)} ms | baseline ${baseline.rps.toFixed(0).padStart(6)} req/s p50 ${baseline.p50.toFixed(1).padStart(5)} ms p99 ${baseline.p99.toFixed(1).padStart(6)} ms | ratio ${row.ratio.toFixed(2)}×` +
      (api.non2xx + api.errors + baseline.non2xx + baseline.errors > 0
        ? `  (non-2xx api ${api.non2xx}, baseline ${baseline.non2xx}; errors ${api.errors + baseline.errors})`
        : ''),
  );
  return row;
}

const REFLECTION = JSON.stringify({
  kind: 'reflection',
  reflection: {
    text: 'I asked my neighbour for a hand with the bags and she was glad to help.',
    sharing: 'shared',
  },
});

export interface DbRun {
  database: 'postgresql' | 'pglite';
  scenarios: AB[];
  rss?: { connections: number; maxMb: number; rps: number; p99: number };
}

export async function scenarios(
  database: DbRun['database'],
  api: Proc,
  baseline: Proc,
  load: SeededPractice,
  caseload: SeededPractice,
): Promise<DbRun> {
  const client = await login(api.base, load.clientEmails[0] ?? '');
  const staff = await login(api.base, load.practitionerEmail);
  const staffCaseload = await login(api.base, caseload.practitionerEmail);
  const practitionerId = await practitionerIdOf(api.base, staffCaseload);
  // The POST scenario writes as the first client; the reads look at another one, whose data stays as seeded.
  const clientId = load.clientIds[1] ?? '';
  const writerId = load.clientIds[0] ?? '';
  const p = load.practiceId;
  const h = (a: Auth) => ({ cookie: a.cookie });
  const post = (a: Auth) => ({
    cookie: a.cookie,
    'x-csrf-token': a.csrf,
    'content-type': 'application/json',
  });
  out(`${database}: ${rounds} A/B round(s) of ${duration} s per leg, ${connections} connections`);
  const rows: AB[] = [];
  if (runs('post'))
    rows.push(
      await abRun(
        'POST entry',
        {
          method: 'POST',
          url: `${api.base}/api/v1/me/entries`,
          headers: post(client),
          body: REFLECTION,
          idempotent: true,
        },
        {
          method: 'POST',
          url: `${baseline.base}/entries/${p}/${writerId}`,
          headers: { 'content-type': 'application/json' },
          body: REFLECTION,
        },
      ),
    );
  if (runs('entries'))
    rows.push(
      await abRun(
        'GET entries page',
        { url: `${api.base}/api/v1/clients/${clientId}/entries?limit=20`, headers: h(staff) },
        { url: `${baseline.base}/clients/${p}/${clientId}/entries` },
      ),
    );
  if (runs('brief'))
    rows.push(
      await abRun(
        'GET brief',
        { url: `${api.base}/api/v1/clients/${clientId}/brief`, headers: h(staff) },
        { url: `${baseline.base}/clients/${p}/${clientId}/brief` },
      ),
    );
  if (runs('caseload'))
    rows.push(
      await abRun(
        `GET caseload (${caseload.clientIds.length})`,
        { url: `${api.base}/api/v1/caseload`, headers: h(staffCaseload) },
        { url: `${baseline.base}/caseload/${caseload.practiceId}/${practitionerId}` },
      ),
    );
  const run: DbRun = { database, scenarios: rows };
  if (database === 'postgresql' && runs('rss')) {
    let maxMb = rssMb(api.child.pid);
    const f = await cannon(
      { url: `${api.base}/api/v1/clients/${clientId}/brief`, headers: h(staff) },
      rssConnections,
      Math.max(duration, 2),
      () => (maxMb = Math.max(maxMb, rssMb(api.child.pid))),
    );
    maxMb = Math.max(maxMb, rssMb(api.child.pid));
    run.rss = { connections: rssConnections, maxMb, rps: f.rps, p99: f.p99 };
    out(
      `  API RSS at ${rssConnections} connections (GET brief): max ${maxMb.toFixed(0)} MB (${f.rps.toFixed(0)} req/s, p99 ${f.p99.toFixed(0)} ms, non-2xx ${f.non2xx})`,
    );
  }
  return run;
}
