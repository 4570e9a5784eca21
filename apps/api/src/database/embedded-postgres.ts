import fs from 'node:fs';
import { acquireDataDirLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port by pglite-socket so that the API
 * talks to it with the same `pg` driver, migrations and SQL as a real server: one code path for both.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  fs.mkdirSync(options.dataDir, { recursive: true }); // PGlite does not create missing parents.
  const release = acquireDataDirLock(options.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create({ dataDir: `${options.dataDir}/pgdata` });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections,
    });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      stop: async () => {
        try {
          await server.stop();
          await db.close(); // flushes and closes the data files cleanly
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
