import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { preparePostgresTemplate, TEMPLATE_DB, withDatabase } from './postgres-template';

/**
 * The API suite on a Citus cluster (CITUS_TEST_URL = a database on the coordinator that has the citus extension
 * and registered workers, as tools/citus/cluster.sh up leaves `postgres`). Per spec file, as on PostgreSQL, a
 * clone of the migrated template; then, because Citus 13 propagates neither CREATE DATABASE … TEMPLATE (only
 * template1, with citus.enable_create_database_propagation on) nor CREATE EXTENSION into a new database:
 *   1. the same database name, empty, on every worker, with CREATE EXTENSION citus (citus_add_node refuses a
 *      worker whose database lacks it);
 *   2. CREATE EXTENSION citus in the clone, citus_set_coordinator_host, citus_add_node for each worker;
 *   3. tools/citus/distribute.sql (what `npm run db:distribute` runs).
 * The template itself never gets the extension: Citus's maintenance daemon keeps a connection open to every
 * database that has it, and CREATE DATABASE … TEMPLATE then fails ("source database is being accessed by other
 * users"). CITUS_LOCAL_TABLES (e.g. rate_limit) keeps the named global tables off the reference tables.
 */

const DISTRIBUTE_SQL = path.resolve(__dirname, '../../../../tools/citus/distribute.sql');

interface WorkerNode {
  nodename: string;
  nodeport: number;
}

function nodeUrl(adminUrl: string, node: WorkerNode, database: string): string {
  const u = new URL(withDatabase(adminUrl, database));
  u.hostname = node.nodename;
  u.port = String(node.nodeport);
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url, application_name: 'askwell-test-setup' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function workerNodes(adminUrl: string): Promise<WorkerNode[]> {
  return withClient(adminUrl, async (c) => {
    const ext = await c.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
    if (ext.rowCount === 0)
      throw new Error(
        `CITUS_TEST_URL (${new URL(adminUrl).pathname.slice(1)}) has no citus extension: tools/citus/cluster.sh up`,
      );
    const { rows } = await c.query<WorkerNode>(
      `SELECT nodename, nodeport FROM pg_dist_node
        WHERE groupid <> 0 AND noderole = 'primary' AND isactive ORDER BY nodeport`,
    );
    if (rows.length === 0)
      throw new Error('CITUS_TEST_URL: the coordinator has no active workers (citus_add_node)');
    return rows;
  });
}

/** Once per run: the migrated template on the coordinator (plain, as on PostgreSQL), after checking the cluster. */
export async function prepareCitusTemplate(adminUrl: string): Promise<void> {
  await workerNodes(adminUrl);
  await preparePostgresTemplate(adminUrl);
}

async function dropEverywhere(adminUrl: string, workers: WorkerNode[], name: string): Promise<void> {
  const drop = `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`;
  await Promise.all([
    withClient(adminUrl, (c) => c.query(drop)),
    ...workers.map((w) => withClient(nodeUrl(adminUrl, w, 'postgres'), (c) => c.query(drop))),
  ]);
}

let lastAcquired: string | undefined;

/** The name of the database this spec file acquired last (for citus-trace.ts). */
export function currentCitusDatabase(): string | undefined {
  return lastAcquired;
}

/** A migrated, distributed database for one spec file; `release` drops it on every node. */
export async function acquireCitusDatabase(
  adminUrl: string,
): Promise<{ url: string; release(): Promise<void> }> {
  const workers = await workerNodes(adminUrl);
  const name = `askwell_t_${randomBytes(6).toString('hex')}`;
  const url = withDatabase(adminUrl, name);
  try {
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
    await Promise.all(
      workers.map(async (w) => {
        await withClient(nodeUrl(adminUrl, w, 'postgres'), (c) => c.query(`CREATE DATABASE ${name}`));
        await withClient(nodeUrl(adminUrl, w, name), (c) => c.query('CREATE EXTENSION citus'));
      }),
    );
    const coordinator = new URL(adminUrl);
    await withClient(url, async (c) => {
      await c.query('CREATE EXTENSION citus');
      await c.query('SELECT citus_set_coordinator_host($1, $2)', [
        coordinator.hostname,
        Number(coordinator.port || 5432),
      ]);
      for (const w of workers) await c.query('SELECT citus_add_node($1, $2)', [w.nodename, w.nodeport]);
      await c.query(`SELECT set_config('askwell.citus_local_tables', $1, false)`, [
        process.env['CITUS_LOCAL_TABLES'] ?? '',
      ]);
      await c.query(readFileSync(DISTRIBUTE_SQL, 'utf8'));
    });
  } catch (e) {
    await dropEverywhere(adminUrl, workers, name).catch(() => undefined);
    throw new Error(`Citus test database ${name}: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  lastAcquired = name;
  return { url, release: () => dropEverywhere(adminUrl, workers, name) };
}
