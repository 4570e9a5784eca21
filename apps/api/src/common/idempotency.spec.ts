import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { Actor } from './actor';
import { AppError } from './app-error';
import { sql } from './db';
import { IdempotencyService } from './idempotency';
import { IdempotencyRepository } from './idempotency.repository';
import { requestKeyOf } from './request';

/**
 * createInOneStatement's decisions on what the statement answers, with the database faked: the cases a test
 * against a real database cannot bring about at will (a first request committing between this statement's
 * snapshot and its lock). The e2e specs (core-loop, entry-create) cover the statement itself.
 */
const actor: Actor = {
  practiceId: '00000000-0000-4000-8000-000000000001',
  accountId: '00000000-0000-4000-8000-000000000002',
  role: 'client',
  sessionId: 'session',
  csrfToken: 'csrf',
  timeZone: 'UTC',
};

const request = (key = 'key-1') =>
  requestKeyOf({
    headers: { 'idempotency-key': key },
    method: 'POST',
    url: '/api/v1/me/entries',
    body: { kind: 'reflection' },
  } as unknown as FastifyRequest);

const write = { ctes: sql`response AS (SELECT NULL::json AS body)` };

const keyTaken = (constraint = 'idempotency_key_pkey') =>
  new QueryFailedError(
    'WITH …',
    [],
    Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505', constraint }),
  );

interface Answer {
  locked: boolean;
  stored_hash: string | null;
  stored_response: unknown;
  expired: boolean | null;
  body: unknown;
}

const written = (body: unknown): Answer => ({
  locked: true,
  stored_hash: null,
  stored_response: null,
  expired: null,
  body,
});

/** A DataSource whose query() answers each call in turn: a row, or an error to throw. */
function fakeDb(...answers: ((() => Answer) | Error)[]) {
  const calls: { sql: string; params: unknown[] }[] = [];
  const query = jest.fn((sql: string, params: unknown[]) => {
    calls.push({ sql, params });
    const next = answers.shift();
    if (next === undefined) return Promise.reject(new Error('no more answers'));
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve([next()]);
  });
  const db = { query } as unknown as DataSource;
  return { service: new IdempotencyService(db, new IdempotencyRepository(db)), calls };
}

/** The stored hash of request(): route and canonical body (kept stable: stored keys outlive a deploy). */
const HASH = createHash('sha256')
  .update('POST /api/v1/me/entries')
  .update('\n')
  .update('{"kind":"reflection"}')
  .digest('hex');

describe('IdempotencyService.createInOneStatement', () => {
  it('replays the first answer when the first request committed after this statement’s snapshot', async () => {
    const { service, calls } = fakeDb(keyTaken(), () => ({
      locked: true,
      stored_hash: HASH,
      stored_response: { first: true },
      expired: false,
      body: null,
    }));
    await expect(service.createInOneStatement(actor, request(), write)).resolves.toEqual({ first: true });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.sql).toBe(calls[0]?.sql);
  });

  it('answers 422 when the request that won the race had another body', async () => {
    const { service } = fakeDb(keyTaken(), () => ({
      locked: true,
      stored_hash: 'another body',
      stored_response: { first: true },
      expired: false,
      body: null,
    }));
    await expect(service.createInOneStatement(actor, request(), write)).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('lets any other failure through at once, and gives up on a key that keeps colliding', async () => {
    const other = fakeDb(keyTaken('entry_pkey'));
    await expect(other.service.createInOneStatement(actor, request(), write)).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    expect(other.calls).toHaveLength(1);
    const stuck = fakeDb(keyTaken(), keyTaken(), keyTaken(), () => written({ late: true }));
    await expect(stuck.service.createInOneStatement(actor, request(), write)).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    expect(stuck.calls).toHaveLength(3);
  });

  it('answers 409 with Retry-After while another request holds the key, whatever is stored', async () => {
    const { service, calls } = fakeDb(() => ({
      locked: false,
      stored_hash: HASH,
      stored_response: { first: true },
      expired: false,
      body: null,
    }));
    const error = await service.createInOneStatement(actor, request(), write).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'REQUEST_IN_PROGRESS', headers: { 'retry-after': '1' } });
    expect(calls).toHaveLength(1);
  });

  it('writes on the next attempt after an expired row of the key was cleared', async () => {
    const { service, calls } = fakeDb(
      () => ({ locked: true, stored_hash: 'old', stored_response: { old: true }, expired: true, body: null }),
      () => written({ fresh: true }),
    );
    await expect(service.createInOneStatement(actor, request(), write)).resolves.toEqual({ fresh: true });
    expect(calls).toHaveLength(2);
  });

  it('throws a refusal after the lock and the replay, never before', async () => {
    const refuse = new AppError('VALIDATION_FAILED', 'The request is not valid');
    const replay = fakeDb(() => ({
      locked: true,
      stored_hash: HASH,
      stored_response: { first: true },
      expired: false,
      body: null,
    }));
    await expect(replay.service.createInOneStatement(actor, request(), { refuse })).resolves.toEqual({
      first: true,
    });
    const busy = fakeDb(() => ({ ...written(null), locked: false }));
    await expect(busy.service.createInOneStatement(actor, request(), { refuse })).rejects.toMatchObject({
      code: 'REQUEST_IN_PROGRESS',
    });
    const fresh = fakeDb(() => written(null));
    await expect(fresh.service.createInOneStatement(actor, request(), { refuse })).rejects.toBe(refuse);
    expect(fresh.calls[0]?.sql).not.toMatch(/INSERT|DELETE/);
  });

  it('clears the account’s other expired keys on one keyed create in 64, the key’s own on every one', async () => {
    const answers = Array.from({ length: 128 }, () => () => written({ ok: true }));
    const { service, calls } = fakeDb(...answers);
    for (let i = 0; i < 128; i++) await service.createInOneStatement(actor, request(`key-${i}`), write);
    const sweeping = calls.filter(
      (c) => /expired_keys AS \(/.test(c.sql) && !/expired_keys AS \(\s*DELETE[^)]*AND key = /.test(c.sql),
    );
    expect(sweeping).toHaveLength(2);
    expect(calls.every((c) => /expired_keys AS \(/.test(c.sql))).toBe(true);
  });
});
