import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../setup/api-process';

/**
 * A throwaway PostgreSQL cluster of our own (initdb + pg_ctl on a free loopback port, its socket in its own
 * folder), so a fault test can kill the server with `pg_ctl stop -m immediate` without touching the machine's
 * shared server that other tests use. initdb refuses to run as root, so as root it runs as `postgres`.
 */
export interface PrivatePostgres {
  url: string;
  port: number;
  dir: string;
  /** Hard stop: like a crash or power loss for the clients; the server recovers from WAL at the next start. */
  kill(): void;
  start(): void;
  stop(): void;
  destroy(): void;
}

export function postgresBinDir(): string {
  const fromEnv = process.env['PG_BIN_DIR'];
  if (fromEnv) return fromEnv;
  try {
    const out = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (fs.existsSync(path.join(out, 'initdb'))) return out;
  } catch {
    // no pg_config: look in Debian's layout
  }
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  throw new Error('No PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql');
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
export function pgRun(bin: string, args: string[], opts: { allowFail?: boolean } = {}): string {
  const exe = path.join(postgresBinDir(), bin);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' });
  } catch (e) {
    if (opts.allowFail) return '';
    const err = e as { stderr?: string; stdout?: string };
    throw new Error(`${bin} ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
  }
}

/** A folder the server's user may write to (as root, handed to `postgres`). */
export function serverOwnedTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  return dir;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = serverOwnedTempDir('askwell-pg-');
  const data = path.join(dir, 'data');
  const port = await freePort();
  pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const start = () => {
    pgRun('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    kill: () => void pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    stop: () => void pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], { allowFail: true }),
    destroy: () => {
      pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], { allowFail: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
