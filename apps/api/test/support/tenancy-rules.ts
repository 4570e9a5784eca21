import type { DataSource } from 'typeorm';

/** Tables that are not tenant data, each with the reason it may live outside practice_id. */
export const GLOBAL_TABLES: Record<string, string> = {
  typeorm_migrations: 'schema history',
  app_meta: 'installation facts, no tenant data',
  account_email:
    'login directory: finds the practice of an email before the practice is known (Citus: distributed by email)',
  rate_limit: 'counters keyed by address or email, checked before any practice is known',
};

interface ConstraintRow {
  table_name: string;
  kind: 'p' | 'u' | 'f';
  name: string;
  columns: string[];
  ref_columns: string[] | null;
}

/**
 * Reads the migrated schema from the catalog and lists every break of the Citus rules of product.md:
 * practice_id on every tenant table, first in its primary key, inside every unique key, unique index and
 * foreign key (on both sides).
 */
export async function findTenancyViolations(ds: DataSource): Promise<string[]> {
  const tables = await ds.query<{ name: string; has_practice: boolean }[]>(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped) AS has_practice
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  const constraints = await ds.query<ConstraintRow[]>(
    `SELECT t.relname AS table_name, con.contype AS kind, con.conname AS name,
            ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
            CASE WHEN con.contype = 'f' THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] END AS ref_columns
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f')`,
  );
  const uniqueIndexes = await ds.query<{ table_name: string; name: string; columns: string[] }[]>(
    `SELECT t.relname AS table_name, i.relname AS name,
            ARRAY(SELECT a.attname FROM unnest(ix.indkey) k(n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n)::text[] AS columns
       FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND ix.indisunique`,
  );

  const violations: string[] = [];
  const tenant = new Set(tables.filter((t) => !(t.name in GLOBAL_TABLES)).map((t) => t.name));
  for (const t of tables) {
    if (tenant.has(t.name) && !t.has_practice) violations.push(`${t.name}: tenant table without practice_id`);
  }
  for (const name of tenant) {
    if (!constraints.some((c) => c.table_name === name && c.kind === 'p'))
      violations.push(`${name}: no primary key`);
  }
  for (const c of constraints) {
    if (!tenant.has(c.table_name)) continue;
    if (c.kind === 'p' && c.columns[0] !== 'practice_id')
      violations.push(
        `${c.table_name}: primary key ${c.name} (${c.columns.join(', ')}) does not start with practice_id`,
      );
    if (c.kind === 'u' && !c.columns.includes('practice_id'))
      violations.push(`${c.table_name}: unique key ${c.name} (${c.columns.join(', ')}) lacks practice_id`);
    if (c.kind === 'f') {
      const i = c.columns.indexOf('practice_id');
      if (i < 0 || c.ref_columns?.[i] !== 'practice_id')
        violations.push(
          `${c.table_name}: foreign key ${c.name} (${c.columns.join(', ')}) does not carry practice_id to practice_id`,
        );
    }
  }
  for (const ix of uniqueIndexes) {
    if (tenant.has(ix.table_name) && !ix.columns.includes('practice_id'))
      violations.push(
        `${ix.table_name}: unique index ${ix.name} (${ix.columns.join(', ')}) lacks practice_id`,
      );
  }
  return violations;
}
