import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import {
  API_ROOT,
  queryDataDir,
  startApiProcess,
  stopApiProcess,
  waitUntilReady,
  type ApiProcess,
} from '../setup/api-process';
import { figure, sendWithRetry, signedInClient } from './load';
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from './private-postgres';

/**
 * Restore drills: write data through the API, back it up with `db:backup`, damage the database, restore with
 * `db:restore`, and compare every table's row count and content hash with the state at backup time.
 */
const execFileAsync = promisify(execFile);
const CLI = path.join(API_ROOT, 'dist/database/backup.js');

const TABLES_SQL = `SELECT table_name AS t FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
const contentSql = (tables: string[]) =>
  tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
    )
    .join(' UNION ALL ');

type Content = Record<string, { n: number; h: string }>;
const toContent = (rows: { t: string; n: number; h: string }[]): Content =>
  Object.fromEntries(rows.map((r) => [r.t, { n: r.n, h: r.h }]));
const rowsOf = (c: Content) => Object.values(c).reduce((s, x) => s + x.n, 0);

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], {
      cwd: API_ROOT,
      env: { PATH: process.env['PATH'] ?? '', PG_BIN_DIR: postgresBinDir(), ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

async function writeSomeData(api: ApiProcess, n: number): Promise<void> {
  const session = await signedInClient(api.baseUrl);
  for (let i = 0; i < n; i++)
    expect(await sendWithRetry({ session, retryWindowMs: 5_000 }, `drill-${i}`, {})).toBe(true);
}

describe('backup and restore drills', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-drill-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('on a PostgreSQL server: pg_dump while the API runs, pg_restore --clean after damage, same counts and hashes', async () => {
    const pg: PrivatePostgres = await startPrivatePostgres();
    let api: ApiProcess | undefined;
    try {
      const env = { DATABASE_URL: pg.url };
      api = await startApiProcess({ ...env, DASHBOARD_DIR: '/nonexistent' });
      await waitUntilReady(api);
      await writeSomeData(api, 40);
      const db = new Client({ connectionString: pg.url });
      await db.connect();
      const tables = (await db.query<{ t: string }>(TABLES_SQL)).rows.map((r) => r.t);
      const content = async () =>
        toContent((await db.query<{ t: string; n: number; h: string }>(contentSql(tables))).rows);
      const atBackup = await content();

      const file = path.join(tmp, 'server.dump');
      const backupStarted = Date.now();
      const backup = await cli(['backup', file], env); // online: the API is still running
      const backupMs = Date.now() - backupStarted;
      expect(backup).toMatchObject({ code: 0 });
      await stopApiProcess(api);
      api = undefined;

      await db.query('TRUNCATE entry, draft, idempotency_key CASCADE');
      await db.query(`INSERT INTO app_meta (key, value) VALUES ('damage', '"yes"')`);
      expect(await content()).not.toEqual(atBackup);
      await db.end();

      const restoreStarted = Date.now();
      const restore = await cli(['restore', file], env);
      const restoreMs = Date.now() - restoreStarted;
      expect(restore).toMatchObject({ code: 0 });
      const db2 = new Client({ connectionString: pg.url });
      await db2.connect();
      const restored = toContent(
        (await db2.query<{ t: string; n: number; h: string }>(contentSql(tables))).rows,
      );
      await db2.end();
      figure(
        `restore drill (server): ${tables.length} tables, ${rowsOf(atBackup)} rows; dump ${fs.statSync(file).size} bytes in ${backupMs} ms, ` +
          `restore in ${restoreMs} ms; counts and md5 per table ${JSON.stringify(restored) === JSON.stringify(atBackup) ? 'equal' : 'DIFFERENT'}`,
      );
      expect(restored).toEqual(atBackup);

      api = await startApiProcess({ ...env, DASHBOARD_DIR: '/nonexistent' });
      await waitUntilReady(api); // the restored database serves again
    } finally {
      if (api) await stopApiProcess(api, 'SIGKILL');
      pg.destroy();
    }
  }, 180_000);

  it('on the embedded database: refused while the API runs; a dump of the stopped folder restores to the same counts and hashes', async () => {
    const dataDir = path.join(tmp, 'embedded');
    const env = { ASKWELL_DATA_DIR: dataDir };
    let api: ApiProcess | undefined = await startApiProcess({ ...env, DASHBOARD_DIR: '/nonexistent' });
    try {
      await waitUntilReady(api);
      await writeSomeData(api, 20);
      const file = path.join(tmp, 'embedded.tar.gz');
      const refused = await cli(['backup', file], env);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/in use by another Askwell process/);
      expect(fs.existsSync(file)).toBe(false);
      expect(await stopApiProcess(api)).toBe(0);
      api = undefined;

      const tables = (await queryDataDir<{ t: string }>(dataDir, TABLES_SQL)).map((r) => r.t);
      const content = async () => toContent(await queryDataDir(dataDir, contentSql(tables)));
      const atBackup = await content();
      const backupStarted = Date.now();
      expect(await cli(['backup', file], env)).toMatchObject({ code: 0 });
      const backupMs = Date.now() - backupStarted;

      await queryDataDir(dataDir, `INSERT INTO app_meta (key, value) VALUES ('damage', '"yes"')`);
      await queryDataDir(dataDir, 'TRUNCATE entry, draft, idempotency_key CASCADE');
      expect(await content()).not.toEqual(atBackup);

      const restoreStarted = Date.now();
      const restore = await cli(['restore', file], env);
      const restoreMs = Date.now() - restoreStarted;
      expect(restore).toMatchObject({ code: 0 });
      const restored = await content();
      figure(
        `restore drill (embedded): ${tables.length} tables, ${rowsOf(atBackup)} rows; dump ${fs.statSync(file).size} bytes in ${backupMs} ms, ` +
          `restore in ${restoreMs} ms; counts and md5 per table ${JSON.stringify(restored) === JSON.stringify(atBackup) ? 'equal' : 'DIFFERENT'}`,
      );
      expect(restored).toEqual(atBackup);
      expect(fs.readdirSync(dataDir).some((f) => f.startsWith('pgdata.before-restore-'))).toBe(true);

      api = await startApiProcess({ ...env, DASHBOARD_DIR: '/nonexistent' });
      await waitUntilReady(api);
    } finally {
      if (api) await stopApiProcess(api, 'SIGKILL');
    }
  }, 180_000);
});
