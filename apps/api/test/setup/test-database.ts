import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { acquireCitusDatabase } from './citus-database';
import { TEMPLATE_DB, withDatabase } from './postgres-template';

export interface TestDatabase {
  url: string;
  kind: 'pglite' | 'server' | 'citus';
  release(): Promise<void>;
}

/** A clean, migrated database for one spec file. */
export async function acquireTestDatabase(): Promise<TestDatabase> {
  const citusUrl = process.env['CITUS_TEST_URL'];
  if (citusUrl && process.env['ASKWELL_TEST_DB'] === 'citus') {
    return { ...(await acquireCitusDatabase(citusUrl)), kind: 'citus' };
  }
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const name = `askwell_t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    } finally {
      await admin.end();
    }
    return {
      url: withDatabase(serverUrl, name),
      kind: 'server',
      release: async () => {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const factory = process.env['ASKWELL_TEST_PGLITE_FACTORY'];
  if (!factory) throw new Error('No test database: the Jest global setup did not run.');
  const res = await fetch(`${factory}/databases`, { method: 'POST' });
  if (!res.ok) throw new Error(`PGlite factory failed: ${await res.text()}`);
  const { url, id } = (await res.json()) as { url: string; id: string };
  return {
    url,
    kind: 'pglite',
    release: async () => {
      await fetch(`${factory}/databases/${id}`, { method: 'DELETE' });
    },
  };
}
