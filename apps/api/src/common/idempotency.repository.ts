import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Db, empty, one, raw, run, type Sql, sql } from './db';

/** A create's key, whose it is, and the name of its advisory lock. */
export interface KeyRef {
  practiceId: string;
  accountId: string;
  key: string;
  route: string;
  hash: string;
  lock: string;
}

/** What the gate answers: the lock, the key's stored row (if any), and the writes' answer (one-statement). */
export interface GateRow<T> {
  locked: boolean;
  stored_hash: string | null;
  stored_response: T | null;
  expired: boolean | null;
  body: T | null;
}

/**
 * The writes that ride in the gate's statement: the caller's CTEs (writing only when `(SELECT go FROM gate)`,
 * defining `response (body json)`), and whether the account's other expired keys are cleared this time.
 */
export interface GatedWrites {
  ctes: Sql;
  clean: boolean;
}

/** All SQL of Idempotency-Key (the service says the contract). */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The gate: the key's transaction-scoped advisory lock and its stored row, in one statement; with `writes`,
   * also the caller's writes, the key's row for their answer and the clean-up of expired keys (one implicit
   * transaction). Without `writes`, run it inside the caller's transaction: the lock lasts until it ends.
   */
  async gate<T>(
    k: KeyRef,
    keepHours: number,
    writes: GatedWrites | null,
    db: Db = this.dataSource,
  ): Promise<GateRow<T> | undefined> {
    const practice = sql`${k.practiceId}::uuid`;
    const account = sql`${k.accountId}::uuid`;
    const key = sql`${k.key}::text`;
    const hours = sql`${keepHours}::int`;
    const written =
      writes === null
        ? empty
        : sql`, ${writes.ctes},
      stored_key AS (
        INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
        SELECT ${practice}, ${account}, ${key}, ${k.route}::text, ${k.hash}::text, 201, body::jsonb
          FROM response
      ),
      expired_keys AS (
        DELETE FROM idempotency_key
         WHERE practice_id = ${practice} AND account_id = ${account}${writes.clean ? empty : sql` AND key = ${key}`}
           AND created_at <= now() - make_interval(hours => ${hours}) AND (SELECT locked FROM gate)
      )`;
    return one<GateRow<T>>(
      db,
      sql`
      WITH gate AS MATERIALIZED (
        SELECT l.locked, s.request_hash AS stored_hash, s.response AS stored_response,
               s.created_at <= now() - make_interval(hours => ${hours}) AS expired,
               l.locked AND s.key IS NULL AS go
          FROM (SELECT pg_try_advisory_xact_lock(hashtextextended(${k.lock}::text, 0)) AS locked) l
          LEFT JOIN idempotency_key s ON s.practice_id = ${practice} AND s.account_id = ${account}
                                     AND s.key = ${key}
      )${written}
      SELECT g.locked, g.stored_hash, g.stored_response, g.expired,
             ${writes === null ? raw('NULL::json') : raw('(SELECT body FROM response)')} AS body
        FROM gate g`,
    );
  }

  /** A one-statement create sent without a key: the caller's CTEs behind an open gate. */
  async ungated<T>(ctes: Sql): Promise<T | null> {
    const row = await one<{ body: T | null }>(
      this.dataSource,
      sql`WITH gate AS (SELECT true AS go), ${ctes} SELECT (SELECT body FROM response) AS body`,
    );
    return row?.body ?? null;
  }

  /** Stores `response` for the key (replacing an expired row of it) and clears the account's expired keys. */
  async store(tx: Db, k: KeyRef, keepHours: number, response: unknown): Promise<void> {
    await run(
      tx,
      sql`DELETE FROM idempotency_key WHERE practice_id = ${k.practiceId} AND account_id = ${k.accountId}
             AND (key = ${k.key} OR created_at <= now() - make_interval(hours => ${keepHours}))`,
    );
    await run(
      tx,
      sql`INSERT INTO idempotency_key (practice_id, account_id, key, route, request_hash, status_code, response)
          VALUES (${k.practiceId}, ${k.accountId}, ${k.key}, ${k.route}, ${k.hash}, 201, ${JSON.stringify(response)})`,
    );
  }
}
