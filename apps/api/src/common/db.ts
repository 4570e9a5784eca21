import type { DataSource, EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource, or a transaction's manager (PGlite: inside a transaction use only it). */
export type Db = Pick<DataSource | EntityManager, 'query'>;

export async function one<T>(db: Db, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const rows = await db.query<T[]>(sql, params);
  return rows[0];
}

export async function many<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return await db.query<T[]>(sql, params);
}

/**
 * UPDATE/DELETE … RETURNING: TypeORM's postgres driver answers these with [rows, rowCount] rather than rows.
 */
export async function changed<T = Record<string, unknown>>(
  db: Db,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const result = await db.query<unknown>(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
