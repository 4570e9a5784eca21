import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { caseloadDefaultPageSql } from '../../../apps/api/src/modules/insight/insight.sql';
import { pgliteSql, pgSql, type Sql } from './sql';

/**
 * The bare baseline: Fastify + pg (or PGlite in-process) with the raw SQL of each scenario, no auth, no
 * validation, no audit. BASELINE_DB is a postgres:// URL or pglite:<data dir>; PORT the port.
 * Prints "listening <port>" when ready.
 */
async function main(): Promise<void> {
  const target = process.env['BASELINE_DB'] ?? '';
  const sql: Sql = target.startsWith('pglite:')
    ? await pgliteSql(target.slice('pglite:'.length))
    : pgSql(target, Number(process.env['DB_POOL_MAX'] ?? 10));
  const app = Fastify({ logger: false });
  type P = { practiceId: string; clientId: string };

  // The bare insert the API's POST /me/entries is compared with: one row, no tags, no idempotency key.
  app.post<{ Params: P; Body: { reflection: { text: string } } }>(
    '/entries/:practiceId/:clientId',
    async (req, reply) => {
      const { rows } = await sql.query(
        `INSERT INTO entry (practice_id, id, client_id, kind, sharing, state, occurred_on, done_on, body)
       VALUES ($1, $2, $3, 'reflection', 'shared', 'submitted', current_date, current_date, $4) RETURNING *`,
        [req.params.practiceId, randomUUID(), req.params.clientId, JSON.stringify(req.body.reflection)],
      );
      return reply.code(201).send(rows[0]);
    },
  );

  // A page of a client's entries with their tags: the one query behind GET /clients/:id/entries.
  app.get<{ Params: P }>('/clients/:practiceId/:clientId/entries', async (req) => {
    const { rows } = await sql.query(
      `SELECT n.*, COALESCE((SELECT json_agg(t ORDER BY t.barrier_id) FROM entry_tag t
                              WHERE t.practice_id = n.practice_id AND t.entry_id = n.id), '[]') AS tags
         FROM entry n WHERE n.practice_id = $1 AND n.client_id = $2 AND n.sharing = 'shared'
        ORDER BY n.created_at DESC, n.id DESC LIMIT 20`,
      [req.params.practiceId, req.params.clientId],
    );
    return { items: rows };
  });

  // The single-query endpoint the brief is compared with: the experiments of the last four weeks.
  app.get<{ Params: P }>('/clients/:practiceId/:clientId/brief', async (req) => {
    const { rows } = await sql.query(
      `SELECT id, occurred_on, plan, outcome FROM entry
        WHERE practice_id = $1 AND client_id = $2 AND kind = 'experiment' AND occurred_on >= current_date - 27
        ORDER BY occurred_on, created_at`,
      [req.params.practiceId, req.params.clientId],
    );
    return { experiments: rows };
  });

  // The caseload's own SQL, raw: the statement of GET /caseload's default page (who needs attention first, 25
  // clients with their figures and the caseload's summary), without the readiness rule's second statement.
  app.get<{ Params: { practiceId: string; practitionerId: string } }>(
    '/caseload/:practiceId/:practitionerId',
    async (req) => {
      const page = caseloadDefaultPageSql(req.params.practiceId, req.params.practitionerId);
      return { items: (await sql.query(page.text, page.values)).rows };
    },
  );

  const close = async () => {
    await app.close();
    await sql.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close());
  await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
  const address = app.server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
