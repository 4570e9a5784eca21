import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { DataDirLockedError } from './data-dir-lock';
import { openDatabase } from './database-runtime';
import { emailTaken, isEmpty, progressPrinter, seedDemo } from './demo-seed';

/**
 * npm run db:seed-demo: adds the demo practice to the configured database (a PostgreSQL server with
 * DATABASE_URL, otherwise the embedded one), once. It refuses when a demo practice is already there.
 */
async function main(): Promise<void> {
  const db = await openDatabase(loadConfig(), { runMigrations: true });
  try {
    if (await emailTaken(db.dataSource, 'demo@askwell.example')) {
      console.warn('The demo practice is already there; nothing was added.');
      return;
    }
    if (!(await isEmpty(db.dataSource)))
      console.warn('Adding the demo practice beside the practices already there.');
    const login = await seedDemo(db.dataSource, progressPrinter('Creating a demo practice'));
    console.warn(`Demo login (shown once; the data is made up): ${login.email} / ${login.password}`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(
    e instanceof ConfigError || e instanceof DataDirLockedError
      ? e.message
      : `Could not seed the demo: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
});
