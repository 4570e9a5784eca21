import { execFileSync } from 'node:child_process';
import pg from 'pg';

/** The one query call the bench needs; a pg Pool and a PGlite both answer it. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  end(): Promise<void>;
}

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** The bench's own database, dropped and recreated at each run; BENCH_DATABASE=askwell_bench_<x> names another (two runs at once). */
export const BENCH_DB = process.env['BENCH_DATABASE'] ?? 'askwell_bench';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(BENCH_DB))
  throw new Error(`BENCH_DATABASE: not a plain name: ${BENCH_DB}`);

/** postgres://…/postgres → postgres://…/<db> */
export function urlFor(adminUrl: string, db: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Drops and recreates the bench's own database on the server (never a shared one). */
export async function recreateDatabase(adminUrl: string, db: string): Promise<string> {
  if (!/^askwell_bench[a-z0-9_]*$/.test(db))
    throw new Error(`refusing to recreate ${db}: not a bench database`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.end();
  }
  return urlFor(adminUrl, db);
}

export function pgSql(url: string, max = 4): Sql {
  const pool = new pg.Pool({ connectionString: url, max });
  return {
    query: async <T>(text: string, params?: unknown[]) => {
      const r = await pool.query(text, params);
      return { rows: r.rows as T[] };
    },
    end: () => pool.end(),
  };
}

export async function pgliteSql(dataDir: string): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: `${dataDir}/pgdata` });
  return {
    query: async <T>(text: string, params?: unknown[]) => {
      const r = await db.query<T>(text, params);
      return { rows: r.rows };
    },
    end: () => db.close(),
  };
}

/** Applies the API's migrations with its own CLI (the built API: npx nx run @askwell/api:build). */
export function migrate(env: Record<string, string>): void {
  execFileSync(process.execPath, ['apps/api/dist/database/cli.js', 'migrate'], {
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
