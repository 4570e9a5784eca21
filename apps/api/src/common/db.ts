import sql, { bulk, empty, join, raw, Sql } from 'sql-template-tag';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one way SQL is written: the `sql` tagged template (sql-template-tag) numbers the parameters, so no `$n` is
 * counted by hand and no statement is built by string concatenation. `join`, `bulk`, `raw` and `empty` compose
 * fragments. Only repositories (`*.repository.ts`, their `*.sql.ts` fragments) and `src/database/` may use
 * these: the lint rule `askwell/sql-only-in-repositories` (eslint.config.mjs) fails the build elsewhere.
 */
export { sql, bulk, empty, join, raw, Sql };

/** Anything that runs SQL: the DataSource, or a transaction's manager (PGlite: inside a transaction use only it). */
export type Db = Pick<DataSource | EntityManager, 'query'>;

/** @deprecated a text and hand-numbered parameters: being replaced by `sql` in repositories. */
type Legacy = [text: string, params?: unknown[]];
const textOf = (q: Sql | string, params: unknown[] = []): [string, unknown[]] =>
  typeof q === 'string' ? [q, params] : [q.text, q.values];

export async function one<T>(db: Db, query: Sql): Promise<T | undefined>;
/** @deprecated use `sql` in a repository */
export async function one<T>(db: Db, ...legacy: Legacy): Promise<T | undefined>;
export async function one<T>(db: Db, q: Sql | string, params?: unknown[]): Promise<T | undefined> {
  const rows = await db.query<T[]>(...textOf(q, params));
  return rows[0];
}

export async function many<T>(db: Db, query: Sql): Promise<T[]>;
/** @deprecated use `sql` in a repository */
export async function many<T>(db: Db, ...legacy: Legacy): Promise<T[]>;
export async function many<T>(db: Db, q: Sql | string, params?: unknown[]): Promise<T[]> {
  return await db.query<T[]>(...textOf(q, params));
}

/** A statement whose rows are not needed. */
export async function run(db: Db, query: Sql): Promise<void> {
  await db.query(query.text, query.values);
}

/**
 * UPDATE/DELETE … RETURNING: TypeORM's postgres driver answers these with [rows, rowCount] rather than rows.
 */
export async function changed<T = Record<string, unknown>>(db: Db, query: Sql): Promise<T[]>;
/** @deprecated use `sql` in a repository */
export async function changed<T = Record<string, unknown>>(db: Db, ...legacy: Legacy): Promise<T[]>;
export async function changed<T = Record<string, unknown>>(
  db: Db,
  q: Sql | string,
  params?: unknown[],
): Promise<T[]> {
  const result = await db.query<unknown>(...textOf(q, params));
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
