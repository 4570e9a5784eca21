/** Starting and stopping the API and baseline processes, each on a free loopback port. */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port';
import { ROOT } from './options';

export interface Proc {
  child: ChildProcess;
  base: string;
  output: () => string;
}

export async function startProc(args: string[], env: Record<string, string>, ready: string): Promise<Proc> {
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

export async function stopProc(p: Proc): Promise<void> {
  if (p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await exited;
}
