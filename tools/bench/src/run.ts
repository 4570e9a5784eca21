import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '@askwell/domain';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  caseloadDefaultPageSql,
  readinessExperimentsSql,
} from '../../../apps/api/src/modules/insight/insight.sql';
import { productionNodeFlags } from '../../../apps/api/src/config/node-flags';
import { briefSql } from '../../../apps/api/src/modules/insight/brief.sql';
import { sql as tagged } from '../../../apps/api/src/common/db';
import { runLighthouse } from './lighthouse';
import { progressBar } from './progress';
import { BENCH_PASSWORD, type PracticeSpec, type SeededPractice, seedPractices } from './seed';
import { BENCH_DB, DEFAULT_ADMIN_URL, migrate, pgliteSql, pgSql, recreateDatabase, type Sql } from './sql';

/**
 * npm run bench (and bench:smoke): the API and a bare Fastify + pg baseline side by side in one run, driven
 * alternately (A, B, A, B …) by autocannon on loopback; growth of the brief and the caseload with data;
 * EXPLAIN (ANALYZE, BUFFERS) of the hot queries; the same scenarios on embedded PGlite; a JSON report under
 * bench/results/. Figures are printed, never asserted, apart from the plain "it ran" checks (non-2xx answers).
 */
const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const RESULTS = path.join(ROOT, 'bench/results');
const out = (s = '') => process.stdout.write(`${s}\n`);

const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    duration: { type: 'string' }, // seconds per A or B leg
    rounds: { type: 'string' }, // A/B pairs per scenario
    connections: { type: 'string', default: '10' },
    'rss-connections': { type: 'string', default: '100' },
    'growth-requests': { type: 'string' },
    'skip-pglite': { type: 'boolean', default: false },
    /** e.g. --api-node-options=--max-old-space-size=192: NODE_OPTIONS for the API processes */
    'api-node-options': { type: 'string', default: '' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'admin-url': { type: 'string', default: process.env['BENCH_ADMIN_URL'] ?? DEFAULT_ADMIN_URL },
    /** e.g. --only=post,brief: run just these parts (post, entries, brief, caseload, rss, growth, explain, pglite, lighthouse) */
    only: { type: 'string' },
  },
});
const PARTS = [
  'post',
  'entries',
  'brief',
  'caseload',
  'rss',
  'growth',
  'explain',
  'pglite',
  'lighthouse',
] as const;
type Part = (typeof PARTS)[number];
const onlyParts = flags.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const p of onlyParts ?? []) {
  if (!(PARTS as readonly string[]).includes(p))
    throw new Error(`--only: unknown part ${p} (${PARTS.join(', ')})`);
}
/** Whether a part of the bench runs (all of them unless --only names some). */
const runs = (part: Part) => !onlyParts || onlyParts.includes(part);
const smoke = flags.smoke;
const duration = Number(flags.duration ?? (smoke ? 1 : 5));
const rounds = Number(flags.rounds ?? (smoke ? 1 : 2));
const connections = Number(flags.connections);
const rssConnections = Number(flags['rss-connections']);
const growthRequests = Number(flags['growth-requests'] ?? (smoke ? 10 : 60));
const BRIEF_SIZES = smoke ? [100, 1000] : [100, 1000, 10000];
const CASELOAD_SIZES = smoke ? [10, 100] : [10, 100, 500];
const CASELOAD_ENTRIES = 100;
const partial =
  flags['skip-pglite'] ||
  flags['skip-lighthouse'] ||
  Boolean(onlyParts) ||
  Boolean(flags['api-node-options']) ||
  ['duration', 'rounds', 'growth-requests'].some(
    (k) => k in flags && flags[k as keyof typeof flags] !== undefined,
  );
const apiNodeOptions: Record<string, string> = flags['api-node-options']
  ? { NODE_OPTIONS: flags['api-node-options'] }
  : {};
const LOAD = { clients: 10, entriesPerClient: smoke ? 200 : 1000 };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Proc {
  child: ChildProcess;
  base: string;
  output: () => string;
}

async function startProc(args: string[], env: Record<string, string>, ready: string): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited:\n${log}`);
    try {
      const r = await fetch(`${base}${ready}`);
      if (r.status < 500) return { child, base, output: () => log };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${args.join(' ')} not ready:\n${log}`);
}

async function stopProc(p: Proc): Promise<void> {
  if (p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface Auth {
  cookie: string;
  csrf: string;
}

async function login(api: string, email: string): Promise<Auth> {
  const r = await fetch(`${api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const body = (await r.json()) as { session?: { csrfToken: string }; csrfToken?: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = body.session?.csrfToken ?? body.csrfToken ?? '';
  if (r.status !== 200 || !cookie) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(body)}`);
  return { cookie, csrf };
}

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

interface DbRun {
  database: 'postgresql' | 'pglite';
  scenarios: AB[];
  rss?: { connections: number; maxMb: number; rps: number; p99: number };
}

async function scenarios(
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

async function practitionerIdOf(api: string, a: Auth): Promise<string> {
  const r = await fetch(`${api}/api/v1/auth/session`, { headers: { cookie: a.cookie } });
  const b = (await r.json()) as { account?: { id: string }; id?: string };
  return b.account?.id ?? b.id ?? '';
}

interface Growth {
  brief: { entriesPerClient: number; p50: number; p95: number }[];
  caseload: { clients: number; p50: number; p95: number }[];
  briefFactor: number;
  caseloadFactor: number;
}

/** p50/p95 (ms) of a list of times. */
function quantiles(times: number[]): { p50: number; p95: number } {
  const t = [...times].sort((x, y) => x - y);
  const q = (p: number) => t[Math.min(t.length - 1, Math.ceil(p * t.length) - 1)] ?? 0;
  return { p50: q(0.5), p95: q(0.95) };
}

/**
 * One request at a time, the sizes interleaved (size 1, size 2, size 3, size 1, …) so a noisy neighbour hits
 * every size alike; p95 per size after 5 warm-up rounds.
 */
async function growth(api: Proc, briefs: SeededPractice[], caseloads: SeededPractice[]): Promise<Growth> {
  out(
    `growth: ${growthRequests} sequential requests per size, sizes interleaved (after 5 warm-up rounds), p95`,
  );
  const targets: {
    kind: 'brief' | 'caseload';
    size: number;
    url: string;
    cookie: string;
    times: number[];
  }[] = [];
  for (const b of briefs) {
    const a = await login(api.base, b.practitionerEmail);
    const url = `${api.base}/api/v1/clients/${b.clientIds[0]}/brief`;
    targets.push({ kind: 'brief', size: b.entriesPerClient, url, cookie: a.cookie, times: [] });
  }
  for (const c of caseloads) {
    const a = await login(api.base, c.practitionerEmail);
    // Without parameters: the API's default page (who needs attention first), as the dashboard first asks.
    const url = `${api.base}/api/v1/caseload`;
    const first = (await (await fetch(url, { headers: { cookie: a.cookie } })).json()) as {
      items?: unknown[];
      nextCursor?: string | null;
      total?: number;
    };
    const n = c.clientIds.length;
    const items = first.items?.length ?? -1;
    if (first.total !== n || items < 1 || items > n || items < n !== (typeof first.nextCursor === 'string'))
      throw new Error(`caseload of ${n}: not a page of that caseload (${items} items, total ${first.total})`);
    targets.push({ kind: 'caseload', size: n, url, cookie: a.cookie, times: [] });
  }
  for (let round = -5; round < growthRequests; round++) {
    for (const t of targets) {
      const t0 = performance.now();
      const r = await fetch(t.url, { headers: { cookie: t.cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${t.url}: ${r.status}`);
      if (round >= 0) t.times.push(performance.now() - t0);
    }
  }
  const g: Growth = { brief: [], caseload: [], briefFactor: 0, caseloadFactor: 0 };
  for (const t of targets) {
    const f = quantiles(t.times);
    if (t.kind === 'brief') {
      g.brief.push({ entriesPerClient: t.size, ...f });
      out(
        `  brief, ${String(t.size).padStart(5)} entries/client: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`,
      );
    } else {
      g.caseload.push({ clients: t.size, ...f });
      out(
        `  caseload, ${String(t.size).padStart(3)} clients: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`,
      );
    }
  }
  const ratio = (xs: { p95: number }[]) => (xs.at(-1)?.p95 ?? 0) / Math.max(1e-9, xs[0]?.p95 ?? 0);
  g.briefFactor = ratio(g.brief);
  g.caseloadFactor = ratio(g.caseload);
  out(
    `  growth factors: brief p95 ×${g.briefFactor.toFixed(2)} (${g.brief[0]?.entriesPerClient} → ${g.brief.at(-1)?.entriesPerClient} entries/client), caseload p95 ×${g.caseloadFactor.toFixed(2)} (${g.caseload[0]?.clients} → ${g.caseload.at(-1)?.clients} clients)`,
  );
  return g;
}

const TENANT_TABLES =
  /Seq Scan on (practice|account|caseload|session|entry|entry_tag|risk_flag|assignment|client_session|rung_decision|brief_review|idempotency_key|draft|audit_event|invitation|custom_exercise)\b/;

/** EXPLAIN (ANALYZE, BUFFERS) of the brief's and the caseload's statements at the largest size. */
/**
 * The plans of the statements inside a PL/pgSQL function (EXPLAIN shows only the call): auto_explain with
 * nested statements, its output sent to this connection as notices (the second call on the connection: warm, as
 * the API's pooled connections are). Needs a superuser (LOAD), as the bench is.
 */
async function explainNested(url: string, text: string, params: unknown[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: string[] = [];
  client.on('notice', (n) => plans.push(n.message ?? ''));
  try {
    await client.query(text, params); // plans made and cached, as on a connection that served a request before
    await client.query(`LOAD 'auto_explain'`);
    await client.query(
      `SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;
       SET auto_explain.log_nested_statements = on; SET auto_explain.log_level = notice`,
    );
    await client.query(text, params);
  } finally {
    await client.end();
  }
  return plans.filter((p) => p.includes('plan:'));
}

async function explainHot(
  sql: Sql,
  url: string,
  brief: SeededPractice,
  caseload: SeededPractice,
  practitionerId: string,
) {
  const p = brief.practiceId;
  const c = brief.clientIds[0];
  if (c === undefined) throw new Error('The brief practice has no client to explain.');
  const today = new Date().toISOString().slice(0, 10);
  const readiness = readinessExperimentsSql(p, [c]);
  const caseloadPage = caseloadDefaultPageSql(caseload.practiceId, practitionerId);
  const queries: [string, string, unknown[]][] = [
    ['readiness', readiness.text, readiness.values],
    ['caseload (default page)', caseloadPage.text, caseloadPage.values],
    [
      'entries page',
      `SELECT * FROM entry WHERE practice_id = $1 AND client_id = $2 AND sharing = 'shared' ORDER BY created_at DESC, id DESC LIMIT 21`,
      [p, c],
    ],
  ];
  const plans: { name: string; ms: number; seqScanOnTenantTable: boolean; plan: string }[] = [];
  const show = (name: string, ms: number, plan: string) => {
    const seq = TENANT_TABLES.test(plan);
    plans.push({ name, ms, seqScanOnTenantTable: seq, plan });
    out(`  ${name.padEnd(26)} ${ms.toFixed(2).padStart(8)} ms${seq ? '  SEQ SCAN on a tenant table' : ''}`);
  };
  // The brief: brief_data()'s statements one by one, then the whole call.
  let n = 0;
  const briefStatement = briefSql(tagged`SELECT 1`, {
    practiceId: p,
    clientId: c,
    previousFrom: addDays(today, -27),
    from: addDays(today, -13),
    to: today,
  });
  for (const plan of await explainNested(url, briefStatement.text, briefStatement.values)) {
    const ms = Number(/duration: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const text = /Query Text: ([\s\S]*?)\n\S/.exec(plan)?.[1] ?? '';
    const table = /FROM\s+(\w+)/.exec(text)?.[1] ?? '?';
    show(/brief_data\(/.test(text) ? 'brief (the whole call)' : `brief_data #${++n} (${table})`, ms, plan);
  }
  for (const [name, text, params] of queries) {
    const { rows } = await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    show(name, Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), plan);
  }
  return plans;
}

async function main(): Promise<void> {
  if (!fs.existsSync(API_MAIN)) throw new Error('Build the API first: npx nx run @askwell/api:build');
  const started = Date.now();
  const report: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    mode: smoke ? 'smoke' : 'full',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      apiNodeOptions: flags['api-node-options'],
      duration,
      rounds,
      connections,
      rssConnections,
      growthRequests,
      BRIEF_SIZES,
      CASELOAD_SIZES,
      CASELOAD_ENTRIES,
      LOAD,
    },
  };
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const baselineArgs = [tsx, path.join(__dirname, 'baseline.ts')];

  // PostgreSQL server
  const url = await recreateDatabase(flags['admin-url'], BENCH_DB);
  migrate({ DATABASE_URL: url });
  const specs: PracticeSpec[] = [
    { name: 'load', ...LOAD },
    ...BRIEF_SIZES.map((e) => ({ name: `brief${e}`, clients: 1, entriesPerClient: e })),
    ...CASELOAD_SIZES.map((c) => ({ name: `caseload${c}`, clients: c, entriesPerClient: CASELOAD_ENTRIES })),
  ];
  let sql = pgSql(url);
  const t0 = Date.now();
  const seeded = await seedPractices(sql, specs, { onProgress: progressBar('seeding PostgreSQL') });
  await sql.query('ANALYZE');
  const seedSeconds = (Date.now() - t0) / 1000;
  const entries = specs.reduce((n, s) => n + s.clients * s.entriesPerClient, 0);
  out(`seeded ${entries} entries on PostgreSQL in ${seedSeconds.toFixed(1)} s`);
  report['seed'] = { entries, seconds: seedSeconds };
  const [load] = seeded;
  const briefs = seeded.filter((s) => s.name.startsWith('brief'));
  const caseloads = seeded.filter((s) => s.name.startsWith('caseload'));
  if (!load) throw new Error('no load practice');
  const api = await startProc(
    [...productionNodeFlags(), API_MAIN],
    { DATABASE_URL: url, ASKWELL_DEMO: 'off', DB_POOL_MAX: '10', ...apiNodeOptions },
    '/api/v1/health/ready',
  );
  const baseline = await startProc(baselineArgs, { BASELINE_DB: url, DB_POOL_MAX: '10' }, '/');
  try {
    const idleRss = rssMb(api.child.pid);
    out(`API RSS after start: ${idleRss.toFixed(0)} MB`);
    const largest = caseloads.at(-1) ?? load;
    report['postgresql'] = {
      idleRssMb: idleRss,
      ...(await scenarios('postgresql', api, baseline, load, largest)),
    };
    if (runs('growth')) report['growth'] = await growth(api, briefs, caseloads);
    if (runs('explain')) {
      out('EXPLAIN (ANALYZE, BUFFERS) at the largest size');
      const staffLargest = await login(api.base, largest.practitionerEmail);
      const largestPractitioner = await practitionerIdOf(api.base, staffLargest);
      report['explain'] = await explainHot(sql, url, briefs.at(-1) ?? load, largest, largestPractitioner);
    }
  } finally {
    await stopProc(api);
    await stopProc(baseline);
    await sql.end();
  }

  // Embedded PGlite: smaller data, the same scenarios, reported apart.
  if (!flags['skip-pglite'] && runs('pglite')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-bench-pglite-'));
    const apiDir = path.join(dir, 'api');
    const baseDir = path.join(dir, 'baseline');
    try {
      migrate({ ASKWELL_DATA_DIR: apiDir });
      sql = await pgliteSql(apiDir);
      const small = await seedPractices(
        sql,
        [
          { name: 'load', clients: 10, entriesPerClient: smoke ? 100 : 300 },
          { name: 'caseload', clients: 10, entriesPerClient: 100 },
        ],
        { onProgress: progressBar('seeding PGlite') },
      );
      await sql.query('ANALYZE');
      await sql.end();
      fs.cpSync(apiDir, baseDir, { recursive: true });
      fs.rmSync(path.join(baseDir, 'askwell.lock'), { force: true });
      const [pload, pcase] = small;
      const papi = await startProc(
        [...productionNodeFlags(), API_MAIN],
        { ASKWELL_DATA_DIR: apiDir, ASKWELL_DEMO: 'off', ...apiNodeOptions },
        '/api/v1/health/ready',
      );
      const pbase = await startProc(baselineArgs, { BASELINE_DB: `pglite:${baseDir}` }, '/');
      try {
        if (pload && pcase) report['pglite'] = await scenarios('pglite', papi, pbase, pload, pcase);
      } finally {
        await stopProc(papi);
        await stopProc(pbase);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  if (!flags['skip-lighthouse'] && !smoke && runs('lighthouse')) {
    report['lighthouse'] = await runLighthouse(RESULTS);
  }

  report['targets'] = targets(report);
  report['seconds'] = (Date.now() - started) / 1000;
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(RESULTS, `bench-${smoke ? 'smoke-' : ''}${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  fs.writeFileSync(
    path.join(
      RESULTS,
      smoke
        ? 'latest-smoke.json'
        : partial
          ? 'latest-partial.json' // a run with parts skipped or settings changed never replaces the summary
          : 'latest-summary.json',
    ),
    JSON.stringify({ ...report, explain: undefined }, null, 2),
  );
  out(`report: ${path.relative(ROOT, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
}

function targets(report: Record<string, unknown>) {
  const pg = report['postgresql'] as (DbRun & { idleRssMb: number }) | undefined;
  const g = report['growth'] as Growth | undefined;
  const ratio = (name: string) => pg?.scenarios.find((s) => s.scenario.startsWith(name))?.ratio ?? NaN;
  const list = [
    {
      target: 'POST entry ≥ 0.5× baseline insert',
      value: ratio('POST entry'),
      met: ratio('POST entry') >= 0.5,
    },
    {
      target: 'GET brief ≥ 0.3× baseline single query',
      value: ratio('GET brief'),
      met: ratio('GET brief') >= 0.3,
    },
    {
      target: `brief p95 growth ≤ 1.5× (${BRIEF_SIZES[0]} → ${BRIEF_SIZES.at(-1)} entries/client)`,
      value: g?.briefFactor ?? NaN,
      met: (g?.briefFactor ?? Infinity) <= 1.5,
    },
    {
      target: `caseload p95 ${CASELOAD_SIZES.at(-1)} clients ≤ 2× ${CASELOAD_SIZES[0]}`,
      value: g?.caseloadFactor ?? NaN,
      met: (g?.caseloadFactor ?? Infinity) <= 2,
    },
    {
      target: `API RSS ≤ 300 MB at ${rssConnections} connections`,
      value: pg?.rss?.maxMb ?? NaN,
      met: (pg?.rss?.maxMb ?? Infinity) <= 300,
    },
  ];
  out('targets (same run):');
  for (const t of list) out(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.value.toFixed(2)}`);
  return list;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
