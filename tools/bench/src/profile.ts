import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { productionNodeFlags } from '../../../apps/api/src/config/node-flags';
import { freePort } from './free-port';
import { startCountingProxy } from './pg-count-proxy';
import { type CpuProfile, summarise } from './profile-summary';
import { print, report, type ScenarioReport } from './profile-report';
import { progressBar } from './progress';
import { BENCH_PASSWORD, seedPractices } from './seed';
import { DEFAULT_ADMIN_URL, migrate, pgSql, recreateDatabase } from './sql';

/**
 * npm run bench:profile: where a request's CPU time goes. Seeds a small bench database, then for each scenario
 * (POST /me/entries as the bench sends it, then GET /clients/:id/brief) starts the built API as `npm start` does
 * (start:prod's node flags) plus --cpu-prof, drives it with autocannon for --duration seconds, stops it with
 * SIGTERM (the profile is written at exit) and prints the self time of the samples taken during the load,
 * grouped by category (profile-summary.ts), as % of the CPU and ms per request (CPU ms ÷ requests served),
 * with the SQL round trips per request counted on the wire by a proxy between the API and PostgreSQL
 * (pg-count-proxy.ts). Profiles and a JSON report go to bench/results/profile-<time>/ (latest-profile.json: the last run with default settings, kept in git).
 */
const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const out = (s = '') => process.stdout.write(`${s}\n`);

const { values: flags, tokens } = parseArgs({
  tokens: true,
  options: {
    clients: { type: 'string', default: '50' },
    'entries-per-client': { type: 'string', default: '2000' },
    duration: { type: 'string', default: '20' }, // seconds of load per scenario
    warmup: { type: 'string', default: '3' }, // seconds of load before the profiled window
    connections: { type: 'string', default: '10' },
    /** the bench runs the API at warn; info logs every request, as production does by default */
    'log-level': { type: 'string', default: 'warn' },
    only: { type: 'string', default: 'post,brief' },
    'skip-seed': { type: 'boolean', default: false },
    'admin-url': { type: 'string', default: process.env['BENCH_ADMIN_URL'] ?? DEFAULT_ADMIN_URL },
    db: { type: 'string', default: process.env['BENCH_DATABASE'] ?? 'askwell_bench_profile' },
  },
});
/** Only a run with the default settings replaces latest-profile.json (as latest-summary.json for the bench). */
const partial = tokens.some((t) => t.kind === 'option' && !['admin-url', 'db'].includes(t.name));
const duration = Number(flags.duration);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);

const REFLECTION = JSON.stringify({
  kind: 'reflection',
  reflection: {
    text: 'I asked my neighbour for a hand with the bags and she was glad to help.',
    sharing: 'shared',
  },
});

/** The statements a request sends, by what they do (the first match wins). */
const LABELS: [RegExp, string][] = [
  [/FROM session s/, 'session lookup (session + account + practice)'],
  [/^UPDATE session SET last_seen_at/, 'session touch (last_seen_at)'],
  [/new_entry AS/, 'the write (key lock + lookup, entry, tags, flag, draft, key answer)'],
  [/brief_data\(/, 'brief_data() + the read’s audit row'],
  [/FROM account a/, 'brief: client with access check and last session'],
  [/INSERT INTO audit_event/, 'audit row'],
  [/^(BEGIN|START TRANSACTION)/, 'BEGIN'],
  [/^COMMIT/, 'COMMIT'],
];
const label = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return LABELS.find(([re]) => re.test(flat))?.[1] ?? (flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
};

async function startApi(databaseUrl: string, profDir: string, name: string) {
  const port = await freePort();
  const args = [...productionNodeFlags(), '--cpu-prof', `--cpu-prof-dir=${profDir}`];
  const child = spawn(process.execPath, [...args, `--cpu-prof-name=${name}.cpuprofile`, API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: flags['log-level'],
      DATABASE_URL: databaseUrl,
      ASKWELL_DEMO: 'off',
      DB_POOL_MAX: '10',
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'], // stdout: request logs at info (written, as in production, not read)
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${log}`);
    try {
      if ((await fetch(`${base}/api/v1/health/ready`)).status < 500) return { child, base, args };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready:\n${log}`);
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM'); // app.close(), then process.exit(0): --cpu-prof writes the profile at exit
  await exited;
}

async function login(api: string, email: string) {
  const r = await fetch(`${api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const body = (await r.json()) as { session?: { csrfToken: string }; csrfToken?: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (r.status !== 200 || !cookie) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(body)}`);
  return { cookie, csrf: body.session?.csrfToken ?? body.csrfToken ?? '' };
}

interface Load {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  idempotent: boolean;
}

async function drive(base: string, t: Load, seconds: number) {
  const r = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: t.method,
        path: t.path,
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
  return {
    requests: r.requests.total,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    rps: r.requests.average,
  };
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n); // the clock --cpu-prof's timestamps use

async function main(): Promise<void> {
  if (!fs.existsSync(API_MAIN)) throw new Error('Build the API first: npx nx run @askwell/api:build');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(ROOT, 'bench/results', `profile-${stamp}`);
  fs.mkdirSync(dir, { recursive: true });
  const clients = Number(flags.clients);
  const entriesPerClient = Number(flags['entries-per-client']);
  const url = new URL(flags['admin-url']);
  url.pathname = `/${flags.db}`;
  if (!flags['skip-seed']) {
    await recreateDatabase(flags['admin-url'], flags.db);
    migrate({ DATABASE_URL: url.toString() });
  }
  const sql = pgSql(url.toString());
  const spec = { name: 'profile', clients, entriesPerClient };
  // Deterministic: with --skip-seed the same call on a throwaway schema would clash, so seed or read back.
  const [practice] = flags['skip-seed']
    ? [await readBack(sql)]
    : await seedPractices(sql, [spec], { onProgress: progressBar('seeding') });
  if (!flags['skip-seed']) await sql.query('ANALYZE');
  await sql.end();
  if (!practice) throw new Error('no practice seeded');

  const proxy = await startCountingProxy({ host: url.hostname, port: Number(url.port || 5432) }, label);
  const viaProxy = new URL(url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of flags.only.split(',').map((s) => s.trim())) {
      const api = await startApi(viaProxy.toString(), dir, scenario);
      let load: Load;
      if (scenario === 'post') {
        const a = await login(api.base, practice.clientEmails[0] ?? '');
        const headers = { cookie: a.cookie, 'x-csrf-token': a.csrf, 'content-type': 'application/json' };
        load = { method: 'POST', path: '/api/v1/me/entries', headers, body: REFLECTION, idempotent: true };
      } else if (scenario === 'brief') {
        const a = await login(api.base, practice.practitionerEmail);
        const path = `/api/v1/clients/${practice.clientIds[1] ?? ''}/brief`;
        load = { method: 'GET', path, headers: { cookie: a.cookie }, idempotent: false };
      } else throw new Error(`--only: unknown scenario ${scenario} (post, brief)`);
      out(`${scenario}: ${warmup} s warm-up, then ${duration} s profiled, ${connections} connections`);
      if (warmup > 0) await drive(api.base, load, warmup);
      proxy.reset();
      const from = nowUs();
      const f = await drive(api.base, load, duration);
      const to = nowUs();
      await stopApi(api.child);
      const file = path.join(dir, `${scenario}.cpuprofile`);
      const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
      if (profile.startTime > from) throw new Error('profile clock does not match process.hrtime');
      const title = scenario === 'post' ? 'POST /me/entries (a reflection)' : 'GET /clients/:id/brief';
      const r = report(title, summarise(profile, from, to), f.ok, proxy, f);
      reports.push(r);
      print(r);
    }
  } finally {
    await proxy.close();
  }
  const json = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    settings: { clients, entriesPerClient, duration, warmup, connections, logLevel: flags['log-level'] },
    apiNodeFlags: [...productionNodeFlags(), '--cpu-prof'],
    scenarios: reports,
  };
  fs.writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(json, null, 2));
  if (!partial)
    fs.writeFileSync(path.join(ROOT, 'bench/results/latest-profile.json'), JSON.stringify(json, null, 2));
  out(
    `\nprofiles and report: ${path.relative(ROOT, dir)} (open a .cpuprofile in Chrome DevTools or speedscope)`,
  );
}

/** With --skip-seed: the practice already in the database (the seed's emails and ids). */
async function readBack(sql: ReturnType<typeof pgSql>) {
  const { rows } = await sql.query<{ email: string; id: string; role: string; practice_id: string }>(
    `SELECT email, id, role, practice_id FROM account ORDER BY email`,
  );
  const clients = rows.filter((r) => r.role === 'client');
  const practitioner = rows.find((r) => r.role === 'practitioner');
  if (!practitioner) return undefined;
  return {
    practiceId: practitioner.practice_id,
    practitionerEmail: practitioner.email,
    clientEmails: clients.map((c) => c.email),
    clientIds: clients.map((c) => c.id),
  };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
