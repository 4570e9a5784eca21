import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queryDataDir, startApiProcess, stopApiProcess, waitUntilReady } from '../setup/api-process';

/**
 * The embedded database as a user meets it: `node dist/main.js` with no DATABASE_URL. Runs real processes,
 * so it covers what the in-process tests cannot: the data folder, its lock, signals and restarts.
 */
describe('API process on the embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-embedded-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const env = () => ({ ASKWELL_DATA_DIR: dataDir, DASHBOARD_DIR: path.join(dataDir, 'no-dashboard') });

  it('starts, migrates, and exits cleanly on SIGTERM', async () => {
    const api = await startApiProcess(env());
    await waitUntilReady(api);
    const started = Date.now();
    expect(await stopApiProcess(api, 'SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dataDir, 'askwell.lock'))).toBe(false);
  });

  it('keeps data across a restart and across kill -9, and refuses a second process on the same folder', async () => {
    await queryDataDir(dataDir, `INSERT INTO app_meta (key, value) VALUES ('probe', '"kept"')`);

    const first = await startApiProcess(env());
    await waitUntilReady(first);

    const second = await startApiProcess(env());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/data folder .* is in use by another Askwell process/);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(path.join(dataDir, 'askwell.lock'))).toBe(true); // left behind by the crash

    const third = await startApiProcess(env());
    await waitUntilReady(third);
    expect(await stopApiProcess(third)).toBe(0);

    const rows = await queryDataDir<{ value: string }>(
      dataDir,
      `SELECT value FROM app_meta WHERE key = 'probe'`,
    );
    expect(rows).toEqual([{ value: 'kept' }]);
  });

  it('stops at boot with one line naming a malformed variable', async () => {
    const api = await startApiProcess({ ...env(), PORT: 'abc' });
    expect(await api.exited).toBe(1);
    expect(api.output().trim()).toBe('Invalid configuration: PORT: expected a port number (got "abc")');
  });
});
