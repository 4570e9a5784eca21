import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '../config/config';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock';

/**
 * npm run db:backup [-- <file>] | db:restore -- <file>
 *
 * - On a PostgreSQL server (DATABASE_URL): `pg_dump -Fc` (a consistent snapshot, taken while the app runs)
 *   and `pg_restore --clean --if-exists --single-transaction` (all or nothing). PostgreSQL's client tools
 *   must be installed (Debian: postgresql-client); PG_BIN_DIR picks a folder with a matching version.
 * - On the embedded database: the API must be stopped (the data-folder lock; a running API is refused, and
 *   holding the lock keeps the API from starting meanwhile). The backup is PGlite's own `dumpDataDir`, a
 *   gzipped tar of the data folder taken from a cleanly opened database; `pg_dump` cannot be used, because
 *   PGlite's PostgreSQL is newer than Debian's client tools. Restore moves the current folder aside
 *   (`pgdata.before-restore-<time>`) and loads the dump into a new one.
 */
const USAGE = 'usage: db:backup [-- <file>] | db:restore -- <file>';

function tool(name: string): string {
  const dir = process.env['PG_BIN_DIR'];
  return dir ? path.join(dir, name) : name;
}

function run(cmd: string, args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT')
      throw new Error(
        `${cmd} was not found: install PostgreSQL's client tools (Debian: postgresql-client).`,
        {
          cause: e,
        },
      );
    throw new Error(`${path.basename(cmd)} failed: ${err.stderr?.toString().trim() ?? err.message}`, {
      cause: e,
    });
  }
}

/** A dump of a server database in pg_dump's custom format ("PGDMP…"), or an embedded dump (gzip). */
function kindOfFile(file: string): 'server' | 'embedded' {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(5);
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') === 'PGDMP') return 'server';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  throw new Error(`${file} is neither a pg_dump custom-format file nor an embedded (gzip) backup.`);
}

/** Where `npm run db:backup` was typed (npm sets INIT_CWD), so relative paths mean what the user thinks. */
function whereTyped(): string {
  return process.env['INIT_CWD'] ?? process.cwd();
}

export function defaultBackupFile(config: AppConfig, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = config.database.kind === 'server' ? 'dump' : 'tar.gz';
  return path.resolve(whereTyped(), 'backups', `askwell-${config.database.kind}-${stamp}.${ext}`);
}

export async function backupDatabase(config: AppConfig, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (config.database.kind === 'server') {
    run(tool('pg_dump'), ['--format=custom', '--no-owner', '--file', file, '--dbname', config.database.url]);
    return;
  }
  const { dataDir } = config.database;
  if (!fs.existsSync(path.join(dataDir, 'pgdata')))
    throw new Error(`There is no embedded database in ${dataDir}.`);
  const release = acquireDataDirLock(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pgdata') });
    try {
      await db.query('CHECKPOINT');
      const dump = await db.dumpDataDir('gzip');
      const tmp = `${file}.partial`;
      fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(tmp, file); // never leave a half-written backup under the real name
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

export async function restoreDatabase(config: AppConfig, file: string): Promise<void> {
  const kind = kindOfFile(file);
  if (kind !== config.database.kind) {
    throw new Error(
      `${file} is a backup of ${kind === 'server' ? 'a PostgreSQL server' : 'the embedded database'}, but the configured database is ${config.database.kind === 'server' ? 'a server (DATABASE_URL)' : 'embedded'}.`,
    );
  }
  if (config.database.kind === 'server') {
    run(tool('pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      config.database.url,
      file,
    ]);
    return;
  }
  const { dataDir } = config.database;
  fs.mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  try {
    const target = path.join(dataDir, 'pgdata');
    const staging = path.join(dataDir, 'pgdata.restoring');
    fs.rmSync(staging, { recursive: true, force: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({
      dataDir: staging,
      loadDataDir: new Blob([fs.readFileSync(file)]),
    });
    await db.query('SELECT 1');
    await db.close();
    if (fs.existsSync(target)) {
      const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, aside);
      console.warn(`The previous data folder is kept at ${aside}.`);
    }
    fs.renameSync(staging, target);
  } finally {
    release();
  }
}

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command !== 'backup' && command !== 'restore') throw new Error(USAGE);
  const config = loadConfig();
  if (command === 'backup') {
    const out = file ? path.resolve(whereTyped(), file) : defaultBackupFile(config);
    await backupDatabase(config, out);
    console.warn(`Backup written: ${out} (${fs.statSync(out).size} bytes)`);
  } else {
    if (!file) throw new Error(USAGE);
    const from = path.resolve(whereTyped(), file);
    await restoreDatabase(config, from);
    console.warn(`Restored ${from}.`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(
      e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof Error
        ? e.message
        : String(e),
    );
    process.exit(1);
  });
}
