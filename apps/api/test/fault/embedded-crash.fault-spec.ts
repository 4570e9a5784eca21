import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  queryDataDir,
  startApiProcess,
  stopApiProcess,
  waitUntilReady,
  type ApiProcess,
} from '../setup/api-process';
import { COUNT_SQL, figure, sendWithRetry, signedInClient, verdict } from './load';

/**
 * kill -9 of the API while it writes to the embedded database (PGlite in the same process): the data folder
 * opens again, every acknowledged entry is there exactly once, and retries of the rest store each once.
 */
describe('embedded database: kill -9 during writes', () => {
  let dataDir: string;
  let api: ApiProcess | undefined;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-crash-'));
  });
  afterAll(async () => {
    if (api) await stopApiProcess(api, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const env = () => ({
    ASKWELL_DATA_DIR: dataDir,
    DASHBOARD_DIR: path.join(dataDir, 'none'),
    LOG_LEVEL: 'fatal',
  });

  it('opens after the crash with every acknowledged entry, once', async () => {
    api = await startApiProcess(env());
    await waitUntilReady(api);
    const session = await signedInClient(api.baseUrl);

    let issuing = true;
    const acknowledged = new Set<string>();
    const pending: string[] = [];
    const outcomes: Record<string, number> = {};
    let sent = 0;
    const worker = async (w: number) => {
      for (let n = 0; issuing; n++) {
        const key = `crash-${w}-${n}`;
        sent++;
        const ok = await sendWithRetry({ session, retryWindowMs: 1 }, key, outcomes).catch(() => false);
        if (ok) acknowledged.add(key);
        else pending.push(key);
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    await new Promise((r) => setTimeout(r, 2_500));
    api.child.kill('SIGKILL');
    await api.exited;
    issuing = false;
    await load;

    const reopenStarted = Date.now();
    const rows = await queryDataDir<{ key: string; n: number }>(dataDir, COUNT_SQL);
    const reopenMs = Date.now() - reopenStarted;
    const v = verdict(rows, acknowledged);

    api = await startApiProcess(env());
    await waitUntilReady(api);
    for (const key of pending)
      expect(
        await sendWithRetry(
          { session: { ...session, baseUrl: api.baseUrl }, retryWindowMs: 10_000 },
          key,
          {},
        ),
      ).toBe(true);
    expect(await stopApiProcess(api)).toBe(0);
    api = undefined;
    const after = verdict(
      await queryDataDir<{ key: string; n: number }>(dataDir, COUNT_SQL),
      new Set([...acknowledged, ...pending]),
    );
    figure(
      `embedded kill -9: sent ${sent}, acknowledged ${acknowledged.size}, cut off ${pending.length} (${Object.entries(
        outcomes,
      )
        .map(([k, n]) => `${k}×${n}`)
        .join(' ')}); after the crash found ${v.found}, ` +
        `duplicated ${v.duplicated}, lost ${v.lost.length} (data folder reopened in ${reopenMs} ms); after retrying the rest: found ${after.found}, duplicated ${after.duplicated}`,
    );
    expect(acknowledged.size).toBeGreaterThan(10);
    expect(v.lost).toEqual([]);
    expect(v.duplicated).toBe(0);
    expect(after.lost).toEqual([]);
    expect(after.duplicated).toBe(0);
    expect(after.found).toBe(sent);
  }, 120_000);
});
