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

export async function one<T>(db: Db, query: Sql): Promise<T | undefined> {
  const rows = await db.query<T[]>(query.text, query.values);
  return rows[0];
}

export async function many<T>(db: Db, query: Sql): Promise<T[]> {
  return await db.query<T[]>(query.text, query.values);
}

/** A statement whose rows are not needed. */
export async function run(db: Db, query: Sql): Promise<void> {
  await db.query(query.text, query.values);
}

/**
 * UPDATE/DELETE … RETURNING: TypeORM's postgres driver answers these with [rows, rowCount] rather than rows.
 */
export async function changed<T = Record<string, unknown>>(db: Db, query: Sql): Promise<T[]> {
  const result = await db.query<unknown>(query.text, query.values);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
