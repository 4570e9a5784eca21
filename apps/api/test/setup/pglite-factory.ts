import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../../src/database/data-source';

/**
 * Runs in Jest's parent process (PGlite cannot start inside the test VM): migrates one in-memory PGlite,
 * dumps it, and then serves a fresh copy of that dump, each on its own loopback port, to every spec file
 * that asks (POST /databases). DELETE /databases/:port stops one.
 */
export interface PgliteFactory {
  url: string;
  close(): Promise<void>;
}

export async function startPgliteFactory(): Promise<PgliteFactory> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');

  const template = await PGlite.create();
  const templateServer = new PGLiteSocketServer({
    db: template,
    host: '127.0.0.1',
    port: 0,
    maxConnections: 2,
  });
  await templateServer.start();
  const ds = createDataSource({
    url: `postgres://postgres@${templateServer.getServerConn()}/postgres`,
    poolMax: 1,
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  await templateServer.stop();
  const dump = await template.dumpDataDir('none');
  await template.close();

  const live = new Map<string, { stop(): Promise<void> }>();
  const server = http.createServer((req, res) => {
    // One request per connection: a kept-alive socket that the server closes as idle just as a test worker
    // reuses it fails the fetch ("other side closed").
    res.setHeader('connection', 'close');
    void (async () => {
      try {
        if (req.method === 'POST' && req.url === '/databases') {
          const db = await PGlite.create({ loadDataDir: dump });
          const socket = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
          await socket.start();
          const conn = socket.getServerConn();
          const port = conn.split(':')[1] ?? '';
          live.set(port, {
            stop: async () => {
              await socket.stop();
              await db.close();
            },
          });
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ url: `postgres://postgres@${conn}/postgres`, id: port }));
          return;
        }
        const match = /^\/databases\/(\d+)$/.exec(req.url ?? '');
        if (req.method === 'DELETE' && match?.[1]) {
          const entry = live.get(match[1]);
          live.delete(match[1]);
          await entry?.stop();
          res.writeHead(204).end();
          return;
        }
        res.writeHead(404).end();
      } catch (e) {
        res.writeHead(500).end(String(e));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await Promise.all([...live.values()].map((e) => e.stop()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
