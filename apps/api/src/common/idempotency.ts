import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AppError } from './app-error';
import { one } from './db';

/** For @ApiHeader on every create. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Retries with the same key answer the first result (one row); the same key with another body is 422; while the first is running, 409.',
} as const;

const KEY = /^[\x21-\x7e]{1,200}$/;
/** How long a key answers with its first result. */
const KEEP_HOURS = 24;

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Creates honour `Idempotency-Key`. The key is stored in the same transaction as the write, so a key exists
 * exactly when its row does:
 * - same key, same route and body → the first answer again (and still one row);
 * - same key, another body or route → 422;
 * - same key while the first request is still running → 409 (a transaction-scoped advisory lock on the key;
 *   on the embedded database, whose one connection serialises transactions, the retry simply waits and
 *   then gets the first answer).
 * Without the header the write just runs in a transaction.
 */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async create<T>(
    actor: Actor,
    request: FastifyRequest,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    const header = request.headers['idempotency-key'];
    if (header === undefined) return this.dataSource.transaction(work);
    const key = Array.isArray(header) ? header.join(',') : header;
    if (!KEY.test(key)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'The request is not valid',
        'Idempotency-Key must be 1–200 visible ASCII characters.',
        [{ path: 'Idempotency-Key', message: 'Use 1–200 visible ASCII characters, e.g. a UUID.' }],
      );
    }
    const route = `${request.method} ${request.url}`;
    const hash = createHash('sha256')
      .update(route)
      .update('\n')
      .update(canonical(request.body))
      .digest('hex');
    return this.dataSource.transaction(async (tx) => {
      const lock = await one<{ locked: boolean }>(
        tx,
        `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
        [`idempotency:${actor.practiceId}:${actor.accountId}:${key}`],
      );
      if (!lock?.locked) {
        throw new AppError(
          'REQUEST_IN_PROGRESS',
          'Still working on it',
          'A request with this Idempotency-Key is still being handled. Try again in a moment.',
          undefined,
          { 'retry-after': '1' },
        );
      }
      const stored = await one<{ request_hash: string; response: T }>(
        tx,
        `SELECT request_hash, response FROM idempotency_key
          WHERE practice_id = $1 AND account_id = $2 AND key = $3 AND created_at > now() - make_interval(hours => $4)`,
        [actor.practiceId, actor.accountId, key, KEEP_HOURS],
      );
      if (stored) {
        if (stored.request_hash === hash) return stored.response;
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'Idempotency-Key already used',
          'This Idempotency-Key was used for a different request. Use a new key for a new request.',
        );
      }
      const result = await work(tx);
      await tx.query(
        `DELETE FROM idempotency_key WHERE practice_id = $1 AND account_id = $2
            AND (key = $3 OR created_at <= now() - make_interval(hours => $4))`,
        [actor.practiceId, actor.accountId, key, KEEP_HOURS],
      );
      await tx.query(
        `INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [actor.practiceId, actor.accountId, key, route, hash, 201, JSON.stringify(result)],
      );
      return result;
    });
  }
}
