import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionNodeFlags } from '../../../apps/api/src/config/node-flags';
import { explainHot } from './explain';
import { growth, rssMb } from './growth';
import { runLighthouse } from './lighthouse';
import { login, practitionerIdOf } from './login';
import {
  API_MAIN,
  apiNodeOptions,
  BRIEF_SIZES,
  CASELOAD_ENTRIES,
  CASELOAD_SIZES,
  connections,
  duration,
  flags,
  growthRequests,
  LOAD,
  out,
  partial,
  RESULTS,
  ROOT,
  rounds,
  rssConnections,
  runs,
  smoke,
} from './options';
import { startProc, stopProc } from './procs';
import { progressBar } from './progress';
import { targets } from './report';
import { scenarios } from './scenarios';
import { type PracticeSpec, seedPractices } from './seed';
import { BENCH_DB, migrate, pgliteSql, pgSql, recreateDatabase } from './sql';

/**
 * npm run bench (and bench:smoke): the API and a bare Fastify + pg baseline side by side in one run, driven
 * alternately (A, B, A, B …) by autocannon on loopback; growth of the brief and the caseload with data;
 * EXPLAIN (ANALYZE, BUFFERS) of the hot queries; the same scenarios on embedded PGlite; a JSON report under
 * bench/results/. Figures are printed, never asserted, apart from the plain "it ran" checks (non-2xx answers).
 */
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

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
