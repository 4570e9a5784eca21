import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AppError } from './app-error';
import type { Sql } from './db';
import { type GateRow, IdempotencyRepository, type KeyRef } from './idempotency.repository';
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
 * Without the header the write just runs (in a transaction, or as its one statement).
 *
 * One path, two shapes: every keyed create passes the same gate (idempotency.repository.ts: the lock and the
 * key's row in one statement) and the same decision (`decide`); `create` then runs its work and stores the
 * answer in the gate's transaction, `createInOneStatement` puts its writes and the stored key into the gate's
 * own statement (one round trip, for the hottest create).
 */
@Injectable()
export class IdempotencyService {
  /** Keyed creates through createInOneStatement in this process, for the clean-up's turn. */
  private creates = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository,
  ) {}

  async create<T>(
    actor: Actor,
    requestKey: RequestKey | null,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    const k = keyOf(actor, requestKey);
    if (!k) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (tx) => {
      const decided = decide(await this.keys.gate<T>(k, KEEP_HOURS, null, tx), k);
      if (decided.replay) return decided.response;
      const result = await work(tx);
      await this.keys.store(tx, k, KEEP_HOURS, result);
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
      const body = await this.keys.ungated<T>(write.ctes);
      if (body === null) throw new Error('The create wrote nothing');
      return body;
    }
    // The account's other expired keys go every CLEAN_EVERY-th create: finding them reads every key the account
    // holds (the primary key leads with the account, not the time), which grew with its traffic on each create.
    const writes = 'refuse' in write ? null : { ctes: write.ctes, clean: this.creates++ % CLEAN_EVERY === 0 };
    for (let attempt = 1; ; attempt++) {
      let row: GateRow<T> | undefined;
      try {
        row = await this.keys.gate<T>(k, KEEP_HOURS, writes);
      } catch (e) {
        if (attempt < ATTEMPTS && isKeyTaken(e)) continue;
        throw e;
      }
      const decided = decide(row, k);
      if (decided.replay) return decided.response;
      if ('refuse' in write) throw write.refuse;
      if (row?.body != null) return row.body;
      if (!row?.expired || attempt >= ATTEMPTS) throw new Error('The create wrote nothing');
    }
  }
}

/** The gate's answer, decided: 409 while another request holds the key, the first answer again, 422, or go. */
function decide<T>(
  row: GateRow<T> | undefined,
  k: KeyRef,
): { replay: true; response: T } | { replay: false } {
  if (!row?.locked) throw inProgress();
  if (row.stored_hash !== null && !row.expired) {
    if (row.stored_hash === k.hash) return { replay: true, response: row.stored_response as T };
    throw reused();
  }
  return { replay: false };
}

function keyOf(actor: Actor, k: RequestKey | null): KeyRef | null {
  if (!k) return null;
  return {
    practiceId: actor.practiceId,
    accountId: actor.accountId,
    key: k.key,
    route: k.route,
    hash: k.hash,
    lock: `idempotency:${actor.practiceId}:${actor.accountId}:${k.key}`,
  };
}
