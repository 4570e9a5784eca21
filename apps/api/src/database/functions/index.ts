import fs from 'node:fs';
import path from 'node:path';

/**
 * The SQL functions, one file per version (`<name>.v<version>.sql`, a whole CREATE OR REPLACE FUNCTION
 * statement), loaded by the migration that introduced that version. A file, once a migration loads it, never
 * changes: a migration must run the same text forever, so a changed function is a new file version and a new
 * migration (whose `down` loads the version before).
 *
 * Read from the source folder, found from this file's folder whether it runs from src/ (Jest, the CLI) or from
 * the build (dist/database/functions): tsc copies no .sql files, and the built app runs next to its sources
 * (as config.ts finds the dashboard and node-flags.ts the package.json).
 */
export const SQL_FUNCTIONS_DIR = path.resolve(__dirname, '../../../src/database/functions');

export type SqlFunctionName = 'assignment_due_dates' | 'brief_data';

/** The statement that creates (or replaces) version `version` of function `name`. */
export function sqlFunction(name: SqlFunctionName, version: number): string {
  return fs.readFileSync(path.join(SQL_FUNCTIONS_DIR, `${name}.v${version}.sql`), 'utf8');
}
