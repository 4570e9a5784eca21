import { prepareCitusTemplate } from './citus-database';
import { startPgliteFactory, type PgliteFactory } from './pglite-factory';
import { preparePostgresTemplate } from './postgres-template';

declare global {
  var __askwellPgliteFactory: PgliteFactory | undefined;
}

export default async function globalSetup(): Promise<void> {
  const citusUrl = process.env['CITUS_TEST_URL'];
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (citusUrl) {
    // A Citus coordinator (npm run test:citus -w @askwell/api; test/setup/citus-database.ts). It is a server,
    // so the tests that only a server can run (side-by-side transactions) see TEST_DATABASE_URL too.
    await prepareCitusTemplate(citusUrl);
    process.env['ASKWELL_TEST_DB'] = 'citus';
    process.env['TEST_DATABASE_URL'] = citusUrl;
  } else if (serverUrl) {
    await preparePostgresTemplate(serverUrl);
    process.env['ASKWELL_TEST_DB'] = 'server';
  } else {
    const factory = await startPgliteFactory();
    globalThis.__askwellPgliteFactory = factory;
    process.env['ASKWELL_TEST_DB'] = 'pglite';
    process.env['ASKWELL_TEST_PGLITE_FACTORY'] = factory.url;
  }
}
