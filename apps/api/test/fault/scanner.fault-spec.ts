import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startApiProcess, stopApiProcess, waitUntilReady, type ApiProcess } from '../setup/api-process';
import { figure } from './load';

/**
 * wapiti (Debian package) against the built app on loopback, on a throwaway embedded database, signed in as a
 * practitioner whose client has entries, so the attacks reach authenticated routes with query parameters.
 * Fails on any finding (vulnerability or anomaly, e.g. a 500) of medium level or higher.
 * Modules that need the internet (ssrf, nikto, wapp) or guess passwords are left out; the scan is bounded.
 */
const execFileAsync = promisify(execFile);
const MODULES =
  'sql,blindsql,exec,file,xss,permanentxss,crlf,redirect,xxe,methods,csp,http_headers,cookieflags,csrf';
const LEVELS: Record<string, string> = {
  '0': 'info',
  '1': 'low',
  '2': 'medium',
  '3': 'high',
  '4': 'critical',
};
const PASSWORD = 'kettle orbit lantern';

interface Finding {
  method: string;
  path: string;
  info: string;
  level: number | string;
  parameter: string;
}
interface Report {
  vulnerabilities: Record<string, Finding[]>;
  anomalies: Record<string, Finding[]>;
  infos?: Record<string, unknown>;
}

/** A string deep inside a JSON answer, or a clear failure naming the path. */
function dig(value: unknown, ...keys: string[]): string {
  let at: unknown = value;
  for (const key of keys)
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  if (typeof at !== 'string') throw new Error(`expected a string at ${keys.join('.')}`);
  return at;
}

async function call(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return {
    json: JSON.parse(text || '{}') as unknown,
    cookie: res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
}

describe('wapiti scan', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-scan-'));
  let api: ApiProcess | undefined;
  afterAll(async () => {
    if (api) await stopApiProcess(api, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds nothing of medium severity or higher, signed in as a practitioner', async () => {
    api = await startApiProcess({
      ASKWELL_DATA_DIR: path.join(dir, 'data'),
      ASKWELL_DEMO: 'off',
      LOG_LEVEL: 'info',
    });
    await waitUntilReady(api);
    const base = api.baseUrl;
    const owner = await call(base, 'POST', '/api/v1/auth/sign-up', {
      practiceName: 'Scan Practice',
      displayName: 'Sam Owner',
      email: 'owner@scan.example.org',
      password: PASSWORD,
    });
    const asOwner = { cookie: owner.cookie, 'x-csrf-token': dig(owner.json, 'session', 'csrfToken') };
    const invite = async (email: string, role: string, practitionerId?: string) => {
      const inv = await call(
        base,
        'POST',
        '/api/v1/invitations',
        { email, displayName: `Scan ${role}`, role, ...(practitionerId ? { practitionerId } : {}) },
        asOwner,
      );
      const token = new URL(dig(inv.json, 'link')).hash.replace('#token=', '');
      return call(base, 'POST', '/api/v1/invitations/accept', { token, password: PASSWORD });
    };
    const practitioner = await invite('pat@scan.example.org', 'practitioner');
    const practitionerId = dig(practitioner.json, 'session', 'account', 'id');
    const client = await invite('cal@scan.example.org', 'client', practitionerId);
    const clientId = dig(client.json, 'session', 'account', 'id');
    const asClient = { cookie: client.cookie, 'x-csrf-token': dig(client.json, 'session', 'csrfToken') };
    const entry = await call(
      base,
      'POST',
      '/api/v1/me/entries',
      {
        kind: 'reflection',
        reflection: { text: 'I asked my neighbour and it was fine.', sharing: 'shared' },
      },
      asClient,
    );
    const entryId = dig(entry.json, 'entry', 'id');

    const starts = [
      '/',
      '/api/v1/auth/session',
      '/api/v1/clients',
      `/api/v1/clients/${clientId}`,
      `/api/v1/clients/${clientId}/entries?kind=reflection&barrierId=shame&tagStatus=suggested&limit=10`,
      `/api/v1/clients/${clientId}/assignments`,
      `/api/v1/clients/${clientId}/risk-flags?open=true`,
      `/api/v1/entries/${entryId}`,
      '/api/v1/exercises',
      '/api/v1/practice',
      '/api/v1/invitations?status=pending',
      '/api/v1/audit-events?q=login&limit=5',
      '/api/docs',
    ];
    const out = path.join(dir, 'report.json');
    const args = [
      '-u',
      `${base}/`,
      '--scope',
      'folder',
      ...starts.flatMap((s) => ['-s', `${base}${s}`]),
      // No -x: Debian's wapiti 3.0.4 crashes compiling exclusions on Python 3.11. Logout is POST-only, and
      // wapiti's POSTs carry no CSRF token, so the session survives the scan.
      '-H',
      `Cookie: ${practitioner.cookie}`,
      '-m',
      MODULES,
      '-d',
      '3',
      '--max-scan-time',
      '150',
      '--max-attack-time',
      '25',
      '-t',
      '10',
      '--flush-session',
      '--store-session',
      path.join(dir, 'session'),
      '--store-config',
      path.join(dir, 'config'),
      '--no-bugreport',
      '-v',
      '0',
      '-f',
      'json',
      '-o',
      out,
    ];
    const started = Date.now();
    try {
      await execFileAsync('wapiti', args, { timeout: 200_000, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: string };
      if (err.code === 'ENOENT')
        throw new Error('wapiti is not installed: apt-get install wapiti', { cause: e });
      if (!fs.existsSync(out)) throw new Error(`wapiti failed: ${err.stderr ?? err.message}`, { cause: e });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    const all = [
      ...Object.entries(report.vulnerabilities).flatMap(([cat, xs]) => xs.map((x) => ({ cat, ...x }))),
      ...Object.entries(report.anomalies).flatMap(([cat, xs]) => xs.map((x) => ({ cat, ...x }))),
    ];
    const byLevel: Record<string, number> = {};
    for (const f of all)
      byLevel[LEVELS[String(f.level)] ?? String(f.level)] =
        (byLevel[LEVELS[String(f.level)] ?? String(f.level)] ?? 0) + 1;
    const serious = all.filter((f) => Number(f.level) >= 2);
    // What the API saw during the scan (its request log): proof that the attacks ran signed in.
    const seen: Record<string, number> = {};
    for (const line of api.output().split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const log = JSON.parse(line) as { res?: { statusCode?: number }; req?: { url?: string } };
        const status = log.res?.statusCode;
        if (status && log.req?.url?.startsWith('/api/v1/')) seen[status] = (seen[status] ?? 0) + 1;
      } catch {
        // not a log line
      }
    }
    const apiAnswers = Object.entries(seen)
      .map(([st, n]) => `${st}×${n}`)
      .join(' ');
    figure(
      `wapiti ${MODULES.split(',').length} modules, ${starts.length} start URLs, ${seconds} s: ${all.length} findings (${
        Object.entries(byLevel)
          .map(([l, n]) => `${l} ${n}`)
          .join(', ') || 'none'
      }); medium or higher: ${serious.length}; API answers under /api/v1 during the scan: ${apiAnswers}`,
    );
    for (const f of all)
      process.stdout.write(
        `  wapiti [${LEVELS[String(f.level)]}] ${f.cat}: ${f.method} ${f.path} ${f.parameter} — ${f.info}\n`,
      );
    expect((seen['200'] ?? 0) + (seen['400'] ?? 0)).toBeGreaterThan(100); // the attacks reached signed-in routes
    expect(serious.map((f) => `${f.cat}: ${f.method} ${f.path} ${f.parameter} ${f.info}`)).toEqual([]);
  }, 240_000);
});
