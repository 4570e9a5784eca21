import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApiProcess, stopApiProcess, waitUntilReady } from '../setup/api-process';

/**
 * Concurrent requests on the embedded database. With several connections to pglite-socket, one request's
 * Parse/Bind/Execute interleaved with another's: 500s ("portal does not exist") and 401s (a session lookup
 * answered with the wrong rows). The API now keeps one connection to PGlite; this proves concurrent writers
 * each get their own answer.
 */
describe('embedded database under concurrent requests', () => {
  let dataDir = '';
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every one of many concurrent creates correctly, and stores each once', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-concurrency-'));
    const api = await startApiProcess({
      ASKWELL_DATA_DIR: dataDir,
      ASKWELL_DEMO: 'off',
      DASHBOARD_DIR: path.join(dataDir, 'none'),
    });
    try {
      await waitUntilReady(api);
      const signUp = await fetch(`${api.baseUrl}/api/v1/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          practiceName: 'P',
          displayName: 'D',
          email: 'owner@concurrency.example',
          password: 'kettle orbit lantern',
        }),
      });
      expect(signUp.status).toBe(201);
      const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const csrf = ((await signUp.json()) as { session: { csrfToken: string } }).session.csrfToken;
      const statuses: Record<number, number> = {};
      const create = async (i: number) => {
        const res = await fetch(`${api.baseUrl}/api/v1/exercises`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie,
            'x-csrf-token': csrf,
            'idempotency-key': `concurrent-${i}`,
          },
          body: JSON.stringify({
            title: `Ask for a lift ${i}`,
            instructions: 'Ask someone for a lift this week, in your own words.',
            recordType: 'reflection',
            rung: null,
            targetedBarriers: ['shame'],
            suggestedFrequency: { kind: 'once' },
          }),
        });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const session = await fetch(`${api.baseUrl}/api/v1/auth/session`, { headers: { cookie } });
        statuses[session.status] = (statuses[session.status] ?? 0) + 1;
      };
      const writers = [0, 1, 2, 3, 4, 5, 6, 7].map(async (w) => {
        for (let n = 0; n < 15; n++) await create(w * 100 + n);
      });
      await Promise.all(writers);
      expect(statuses).toEqual({ 200: 120, 201: 120 });
      const library = await fetch(`${api.baseUrl}/api/v1/exercises`, { headers: { cookie } });
      expect(((await library.json()) as { custom: unknown[] }).custom).toHaveLength(120);
    } finally {
      await stopApiProcess(api, 'SIGTERM');
    }
  }, 120_000);
});
