import path from 'node:path';
import { Client } from 'pg';
import { currentCitusDatabase } from './citus-database';

/**
 * Only in npm run test:citus (jest.citus.config.cjs): before each test, one LOG line in the coordinator's log
 * naming the spec file, the test and the spec's database, e.g.
 *   askwell-trace db=askwell_t_0123abcd file=test/e2e/auth.e2e-spec.ts test=auth signs up
 * The server logs every failed statement with its database (log_line_prefix %d, tools/citus/cluster.sh), so
 * tools/citus/suite-report.ts can put each Citus error under the test that hit it.
 */
const adminUrl = process.env['CITUS_TEST_URL'];
const file = path.relative(path.resolve(__dirname, '../..'), expect.getState().testPath ?? '?');
let client: Client | undefined;

async function mark(what: string): Promise<void> {
  if (!adminUrl) return;
  if (!client) {
    client = new Client({ connectionString: adminUrl, application_name: 'askwell-test-trace' });
    client.on('error', () => undefined);
    await client.connect();
    // The LOG line is the point; do not also echo the DO statement into the log.
    await client.query(`SET log_min_error_statement = panic`);
  }
  const text = `askwell-trace db=${currentCitusDatabase() ?? '-'} file=${file} ${what}`.replace(/\s+/g, ' ');
  await client.query(`DO $trace$ BEGIN RAISE LOG '%', ${client.escapeLiteral(text)}; END $trace$`);
}

beforeEach(() => mark(`test=${expect.getState().currentTestName ?? '?'}`));

afterAll(async () => {
  await mark('end');
  await client?.end();
  client = undefined;
});
