import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * npm run db:distribute: runs tools/citus/distribute.sql on DATABASE_URL (a migrated database on a Citus
 * coordinator whose workers are registered; tools/citus/cluster.sh up makes one). Idempotent.
 * CITUS_LOCAL_TABLES=rate_limit keeps the named global tables on the coordinator instead of making them
 * reference tables (docs/scaling.md, "Running on Citus").
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('db:distribute: set DATABASE_URL to the database on the Citus coordinator');
    process.exit(2);
  }
  const sql = readFileSync(path.join(__dirname, 'distribute.sql'), 'utf8');
  const client = new Client({ connectionString: url, application_name: 'askwell-distribute' });
  client.on('notice', (n) => {
    if (n.message?.startsWith('distribute.sql:')) console.warn(n.message);
  });
  await client.connect();
  try {
    await client.query(`SELECT set_config('askwell.citus_local_tables', $1, false)`, [
      process.env['CITUS_LOCAL_TABLES'] ?? '',
    ]);
    const started = Date.now();
    await client.query(sql);
    console.warn(`db:distribute: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(`db:distribute failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
