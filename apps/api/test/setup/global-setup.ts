import { startPgliteFactory, type PgliteFactory } from './pglite-factory';
import { preparePostgresTemplate } from './postgres-template';

declare global {
  var __askwellPgliteFactory: PgliteFactory | undefined;
}

export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    await preparePostgresTemplate(serverUrl);
    process.env['ASKWELL_TEST_DB'] = 'server';
  } else {
    const factory = await startPgliteFactory();
    globalThis.__askwellPgliteFactory = factory;
    process.env['ASKWELL_TEST_DB'] = 'pglite';
    process.env['ASKWELL_TEST_PGLITE_FACTORY'] = factory.url;
  }
}
