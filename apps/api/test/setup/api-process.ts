import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { productionNodeFlags } from '../../src/config/node-flags';

export const API_ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(API_ROOT, 'dist/main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built API (`node <start:prod's flags> dist/main.js`) as a separate process, as `npm start` does. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  if (!fs.existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build the API first (npx nx run @askwell/api:build).`);
  const port = env['PORT'] ?? String(await freePort());
  const child = spawn(process.execPath, [...productionNodeFlags(), MAIN], {
    cwd: API_ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => out, exited };
}

export async function waitUntilReady(p: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void p.exited.then((c) => (exitCode = c ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`API exited (${exitCode}) before it was ready:\n${p.output()}`);
    try {
      const res = await fetch(`${p.baseUrl}/api/health/ready`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready after ${timeoutMs} ms:\n${p.output()}`);
}

export async function stopApiProcess(
  p: ApiProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return p.child.exitCode;
  p.child.kill(signal);
  return p.exited;
}

const execFileAsync = promisify(execFile);

/** Reads the embedded database directly (the API must be stopped). */
export async function queryDataDir<T>(dataDir: string, sql: string): Promise<T[]> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [path.join(__dirname, 'pglite-exec.cjs'), dataDir, sql],
    { cwd: API_ROOT },
  );
  return JSON.parse(stdout) as T[];
}
