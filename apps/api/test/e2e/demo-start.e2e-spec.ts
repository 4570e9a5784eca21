import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RISK_SCREEN_VERSION } from '@askwell/domain';
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

  it('reads again, in the background after a start, the entries an older risk screen read', async () => {
    const env = freshDir();
    const first = await startApiProcess(env);
    await waitUntilReady(first);
    expect(await stopApiProcess(first, 'SIGTERM')).toBe(0);
    // As a database of the untiered screen would be: every entry read by version 1, and (to see the screen at
    // work) none of its flags.
    await queryDataDir(env.ASKWELL_DATA_DIR, `UPDATE entry SET risk_screen_version = 1`);
    await queryDataDir(env.ASKWELL_DATA_DIR, `DELETE FROM risk_flag`);

    const second = await startApiProcess({ ...env, LOG_LEVEL: 'info' });
    await waitUntilReady(second);
    const deadline = Date.now() + 30_000;
    while (!/risk re-screen done/.test(second.output()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(second.output()).toMatch(/risk re-screen done/);
    expect(await stopApiProcess(second, 'SIGTERM')).toBe(0);
    const [row] = await queryDataDir<{ old: number; flags: number; raised: number; untiered: number }>(
      env.ASKWELL_DATA_DIR,
      `SELECT (SELECT count(*)::int FROM entry WHERE risk_screen_version < ${RISK_SCREEN_VERSION}) AS old,
              (SELECT count(*)::int FROM risk_flag) AS flags,
              (SELECT count(*)::int FROM risk_flag WHERE tier IS NULL) AS untiered,
              (SELECT count(*)::int FROM audit_event WHERE action = 'risk_flag.raise' AND actor_account_id IS NULL) AS raised`,
    );
    // The demo's flagged reflection is flagged again, by the current screen, and audited once per flag.
    expect(row).toEqual({ old: 0, flags: expect.any(Number), untiered: 0, raised: row?.flags });
    expect(row?.flags).toBeGreaterThanOrEqual(1);
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
