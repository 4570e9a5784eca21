import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AppError } from './app-error';
import { empty, one, raw, type Sql, sql } from './db';
import type { RequestKey } from './request';

/** For @ApiHeader on every create. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Retries with the same key answer the first result (one row); the same key with another body is 422; while the first is running, 409.',
} as const;

/** How long a key answers with its first result. */
const KEEP_HOURS = 24;

/** A create's key as sent, with the advisory lock's name. */
interface Key {
  key: string;
  route: string;
  hash: string;
  lock: string;
}

/**
 * Expired keys are only clutter (the lookup ignores them; a key whose row expired is cleared when it comes
 * back): createInOneStatement clears an account's expired keys on one keyed create in this many.
 */
const CLEAN_EVERY = 64;

/** How often one statement is tried again: after a key that expired was cleared, or after losing a race. */
const ATTEMPTS = 3;

/**
 * A create written as one statement (see createInOneStatement): its own CTEs, which write only when
 * `(SELECT go FROM gate)` is true and define `response (body json)`, what the key answers (stored as is and
 * replayed as is), read from their RETURNING rows (never from a re-read: every CTE sees the snapshot taken
 * before the statement's writes).
 */
export interface OneStatementCreate {
  /** The caller's CTEs, comma-separated, without WITH, as a `sql` fragment (its parameters travel with it). */
  ctes: Sql;
}

const inProgress = (): AppError =>
  new AppError(
    'REQUEST_IN_PROGRESS',
    'Still working on it',
    'A request with this Idempotency-Key is still being handled. Try again in a moment.',
    undefined,
    { 'retry-after': '1' },
  );

const reused = (): AppError =>
  new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    'Idempotency-Key already used',
    'This Idempotency-Key was used for a different request. Use a new key for a new request.',
  );

/** The key's row was written by another request after this statement's snapshot was taken. */
function isKeyTaken(e: unknown): boolean {
  const driverError = (e as { driverError?: { code?: unknown; constraint?: unknown } }).driverError;
  return driverError?.code === '23505' && driverError.constraint === 'idempotency_key_pkey';
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
  /** Keyed creates through createInOneStatement in this process, for the clean-up's turn. */
  private creates = 0;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async create<T>(
    actor: Actor,
    requestKey: RequestKey | null,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    const k = keyOf(actor, requestKey);
    if (!k) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (tx) => {
      const lock = await one<{ locked: boolean }>(
        tx,
        `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
        [k.lock],
      );
      if (!lock?.locked) throw inProgress();
      const stored = await one<{ request_hash: string; response: T }>(
        tx,
        `SELECT request_hash, response FROM idempotency_key
          WHERE practice_id = $1 AND account_id = $2 AND key = $3 AND created_at > now() - make_interval(hours => $4)`,
        [actor.practiceId, actor.accountId, k.key, KEEP_HOURS],
      );
      if (stored) {
        if (stored.request_hash === k.hash) return stored.response;
        throw reused();
      }
      const result = await work(tx);
      await tx.query(
        `DELETE FROM idempotency_key WHERE practice_id = $1 AND account_id = $2
            AND (key = $3 OR created_at <= now() - make_interval(hours => $4))`,
        [actor.practiceId, actor.accountId, k.key, KEEP_HOURS],
      );
      await tx.query(
        `INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [actor.practiceId, actor.accountId, k.key, k.route, k.hash, 201, JSON.stringify(result)],
      );
      return result;
    });
  }

  /**
   * The same contract as create(), in one round trip: the key's lock and lookup, the caller's writes, the stored
   * answer and the clean-up of expired keys are one statement (one implicit transaction, so nothing is
   * half-written). The transaction-scoped lock is held to the end of that statement. The caller's writes run
   * only when the lock was taken and the key has no row at all.
   *
   * The lookup sees the statement's snapshot, taken before the lock: a first request that committed in between
   * is invisible to it, so this one would write a second row. Its key then collides with the first one's on
   * the primary key (a plain INSERT), the whole statement fails, and the next attempt replays the first answer.
   * A key whose row has expired is deleted (that attempt writes nothing else) and the next attempt writes.
   * `refuse` (a validation failure found before the statement) is thrown where the write would have happened,
   * after 409 and the replay, as in create().
   */
  async createInOneStatement<T>(
    actor: Actor,
    requestKey: RequestKey | null,
    write: OneStatementCreate | { refuse: AppError },
  ): Promise<T> {
    const k = keyOf(actor, requestKey);
    if (!k) {
      if ('refuse' in write) throw write.refuse;
      const row = await one<{ body: T | null }>(
        this.dataSource,
        sql`WITH gate AS (SELECT true AS go), ${write.ctes} SELECT (SELECT body FROM response) AS body`,
      );
      if (!row?.body) throw new Error('The create wrote nothing');
      return row.body;
    }
    const ctes = 'refuse' in write ? null : write.ctes;
    // The account's other expired keys go every CLEAN_EVERY-th create: finding them reads every key the account
    // holds (the primary key leads with the account, not the time), which grew with its traffic on each create.
    const clean = ctes !== null && this.creates++ % CLEAN_EVERY === 0;
    const practice = sql`${actor.practiceId}::uuid`;
    const account = sql`${actor.accountId}::uuid`;
    const key = sql`${k.key}::text`;
    const hours = sql`${KEEP_HOURS}::int`;
    const statement = sql`
      WITH gate AS MATERIALIZED (
        SELECT l.locked, s.request_hash AS stored_hash, s.response AS stored_response,
               s.created_at <= now() - make_interval(hours => ${hours}) AS expired,
               l.locked AND s.key IS NULL AS go
          FROM (SELECT pg_try_advisory_xact_lock(hashtextextended(${k.lock}::text, 0)) AS locked) l
          LEFT JOIN idempotency_key s ON s.practice_id = ${practice} AND s.account_id = ${account}
                                     AND s.key = ${key}
      )${
        ctes === null
          ? empty
          : sql`, ${ctes},
      stored_key AS (
        INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
        SELECT ${practice}, ${account}, ${key}, ${k.route}::text, ${k.hash}::text, 201, body::jsonb
          FROM response
      ),
      expired_keys AS (
        DELETE FROM idempotency_key
         WHERE practice_id = ${practice} AND account_id = ${account}${clean ? empty : sql` AND key = ${key}`}
           AND created_at <= now() - make_interval(hours => ${hours}) AND (SELECT locked FROM gate)
      )`
      }
      SELECT g.locked, g.stored_hash, g.stored_response, g.expired,
             ${ctes === null ? raw('NULL::json') : raw('(SELECT body FROM response)')} AS body
        FROM gate g`;
    for (let attempt = 1; ; attempt++) {
      let row: GateRow<T> | undefined;
      try {
        row = await one<GateRow<T>>(this.dataSource, statement);
      } catch (e) {
        if (attempt < ATTEMPTS && isKeyTaken(e)) continue;
        throw e;
      }
      if (!row?.locked) throw inProgress();
      if (row.stored_hash !== null && !row.expired) {
        if (row.stored_hash === k.hash) return row.stored_response as T;
        throw reused();
      }
      if ('refuse' in write) throw write.refuse;
      if (row.body !== null) return row.body;
      if (!row.expired || attempt >= ATTEMPTS) throw new Error('The create wrote nothing');
    }
  }
}

interface GateRow<T> {
  locked: boolean;
  stored_hash: string | null;
  stored_response: T | null;
  expired: boolean | null;
  body: T | null;
}

function keyOf(actor: Actor, k: RequestKey | null): Key | null {
  if (!k) return null;
  const lock = `idempotency:${actor.practiceId}:${actor.accountId}:${k.key}`;
  return { key: k.key, route: k.route, hash: k.hash, lock };
}
