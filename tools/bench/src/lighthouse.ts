import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionNodeFlags } from '../../../apps/api/src/config/node-flags';
import { freePort } from './free-port';

/**
 * Lighthouse (npm lighthouse, desktop preset) driving Debian's Chromium (CHROME_PATH, default /usr/bin/chromium)
 * on loopback against the built API serving the built dashboard, on a throwaway embedded database with the demo
 * practice. Signed-in pages get the session cookie through `extraHeaders`. Two pages: the client's week (a client
 * created through an invitation) and a client's page with the brief (the demo practitioner). Reports (HTML +
 * a small summary JSON) go to bench/results/.
 */
const ROOT = path.resolve(__dirname, '../../..');
const out = (s: string) => process.stdout.write(`${s}\n`);

export interface LighthouseFigure {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  report: string;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

export async function runLighthouse(resultsDir: string): Promise<LighthouseFigure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-lighthouse-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const demoPassword = 'lighthouse-demo-password-1';
  const api = spawn(process.execPath, [...productionNodeFlags(), path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ASKWELL_DATA_DIR: dataDir,
      ASKWELL_DEMO: 'on',
      ASKWELL_DEMO_PASSWORD: demoPassword,
      PUBLIC_URL: base,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`${base}/api/v1/health/ready`)).status === 200) break;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // The practitioner: demo login; the brief of its first client.
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@askwell.example', password: demoPassword }),
    });
    const staff = await json<{ session: { csrfToken: string } }>(login);
    const staffCookie = cookieOf(login);
    const clients = await json<{ id: string }[] | { items: { id: string }[] }>(
      await fetch(`${base}/api/v1/clients`, { headers: { cookie: staffCookie } }),
    );
    const firstClient = (Array.isArray(clients) ? clients : clients.items)[0]?.id ?? '';
    // A client of our own through an invitation (the demo clients' passwords are random).
    const invite = await json<{ link: string }>(
      await fetch(`${base}/api/v1/invitations`, {
        method: 'POST',
        headers: {
          cookie: staffCookie,
          'x-csrf-token': staff.session.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          email: 'lighthouse.client@askwell.example',
          displayName: 'Lighthouse Client',
          role: 'client',
        }),
      }),
    );
    const token = decodeURIComponent(invite.link.split('#token=')[1] ?? '');
    const accepted = await fetch(`${base}/api/v1/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'a long client password for lighthouse' }),
    });
    await json(accepted);
    const clientCookie = cookieOf(accepted);

    chrome = await launch({
      chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const pages = [
      { page: 'client-week', url: `${base}/me`, cookie: clientCookie },
      { page: 'practitioner-brief', url: `${base}/clients/${firstClient}`, cookie: staffCookie },
    ];
    // The first trace in a fresh Chromium often fails here (NO_NAVSTART / NO_FCP): one unscored warm-up run.
    await lighthouse(
      `${base}/status`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] },
      desktop,
    );
    const figures: LighthouseFigure[] = [];
    fs.mkdirSync(resultsDir, { recursive: true });
    for (const p of pages) {
      // A trace sometimes fails to record on a loaded machine (NO_NAVSTART): up to three tries.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(
          p.url,
          {
            port: chrome.port,
            output: 'html',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            extraHeaders: { Cookie: p.cookie },
          },
          desktop,
        );
        if (!result?.lhr.runtimeError || attempt >= 3) break;
        out(`  lighthouse ${p.page}: ${result.lhr.runtimeError.code}, trying again`);
      }
      if (!result) throw new Error(`lighthouse gave no result for ${p.url}`);
      const report = path.join(resultsDir, `lighthouse-${p.page}.html`);
      fs.writeFileSync(report, Array.isArray(result.report) ? result.report.join('\n') : result.report);
      const score = (k: string) => Math.round((result.lhr.categories[k]?.score ?? 0) * 100);
      const f = {
        page: p.page,
        url: new URL(p.url).pathname,
        finalUrl: result.lhr.finalDisplayedUrl,
        performance: score('performance'),
        accessibility: score('accessibility'),
        runtimeError: result.lhr.runtimeError?.code ?? null,
        metrics: Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((k) => [k, result.lhr.audits[k]?.displayValue ?? null]),
        ),
        report: path.relative(ROOT, report),
      };
      fs.writeFileSync(
        path.join(resultsDir, `lighthouse-${p.page}.summary.json`),
        JSON.stringify(f, null, 2),
      );
      figures.push(f);
      out(
        `  lighthouse ${p.page.padEnd(20)} performance ${f.performance}, accessibility ${f.accessibility} (${f.finalUrl})`,
      );
    }
    return figures;
  } finally {
    chrome?.kill();
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runLighthouse(path.join(ROOT, 'bench/results')).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
