import { parseArgs } from 'node:util';
import { progressBar } from './progress';
import { seedPractices } from './seed';
import { BENCH_DB, DEFAULT_ADMIN_URL, migrate, pgSql, recreateDatabase } from './sql';

/**
 * npm run bench:seed -- --practices P --clients C --entries-per-client E [--seed N] [--admin-url URL] [--db NAME]
 * Drops and recreates the bench database (askwell_bench) on the local server, migrates it with the API's own
 * migrations and writes P practices of C clients with E entries each.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      practices: { type: 'string', default: '1' },
      clients: { type: 'string', default: '50' },
      'entries-per-client': { type: 'string', default: '200' },
      seed: { type: 'string', default: '20261127' },
      'admin-url': { type: 'string', default: process.env['BENCH_ADMIN_URL'] ?? DEFAULT_ADMIN_URL },
      db: { type: 'string', default: BENCH_DB },
    },
  });
  const practices = Number(values.practices);
  const clients = Number(values.clients);
  const entriesPerClient = Number(values['entries-per-client']);
  const url = await recreateDatabase(values['admin-url'], values.db);
  migrate({ DATABASE_URL: url });
  const sql = pgSql(url);
  const started = Date.now();
  try {
    const seeded = await seedPractices(
      sql,
      Array.from({ length: practices }, () => ({ name: 'seed', clients, entriesPerClient })),
      { seed: Number(values.seed), onProgress: progressBar('entries') },
    );
    await sql.query('ANALYZE');
    const secs = (Date.now() - started) / 1000;
    const total = practices * clients * entriesPerClient;
    process.stdout.write(
      `Seeded ${values.db}: ${practices} practice(s) × ${clients} clients × ${entriesPerClient} entries = ${total} entries in ${secs.toFixed(1)} s (${Math.round(total / secs)} entries/s)\n` +
        `Login: ${seeded[0]?.practitionerEmail ?? '-'} / the bench password (tools/bench/src/seed.ts)\n`,
    );
  } finally {
    await sql.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
