import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queryDataDir, startApiProcess, stopApiProcess, waitUntilReady } from '../setup/api-process';

/** `npm start` on an empty embedded database: a demo practice and its login, once; ASKWELL_DEMO=off skips it. */
describe('demo practice on first start', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-demo-'));
    dirs.push(dir);
    return { ASKWELL_DATA_DIR: dir, DASHBOARD_DIR: path.join(dir, 'no-dashboard') };
  };
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seeds once with a progress bar and prints the login; a restart does not seed again', async () => {
    const env = freshDir();
    const first = await startApiProcess(env);
    await waitUntilReady(first);
    expect(first.output()).toMatch(/Creating a demo practice \[#+\] 100%/);
    const login = /Demo login .*: (\S+@\S+) \/ (\S+)/.exec(first.output());
    expect(login?.[1]).toBe('demo@askwell.example');
    const res = await fetch(`${first.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: login?.[1], password: login?.[2] }),
    });
    expect(res.status).toBe(200);
    expect(await stopApiProcess(first, 'SIGTERM')).toBe(0);

    const second = await startApiProcess(env);
    await waitUntilReady(second);
    expect(second.output()).not.toMatch(/Demo login/);
    expect(await stopApiProcess(second, 'SIGTERM')).toBe(0);
    const practices = await queryDataDir<{ n: number }>(
      env.ASKWELL_DATA_DIR,
      `SELECT count(*)::int AS n FROM practice`,
    );
    expect(practices[0]?.n).toBe(1);
  }, 120_000);

  it('starts empty with ASKWELL_DEMO=off', async () => {
    const env = freshDir();
    const api = await startApiProcess({ ...env, ASKWELL_DEMO: 'off' });
    await waitUntilReady(api);
    expect(api.output()).not.toMatch(/Demo login/);
    expect(await stopApiProcess(api, 'SIGTERM')).toBe(0);
    const practices = await queryDataDir<{ n: number }>(
      env.ASKWELL_DATA_DIR,
      `SELECT count(*)::int AS n FROM practice`,
    );
    expect(practices[0]?.n).toBe(0);
  }, 120_000);
});
