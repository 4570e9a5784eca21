import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by the benchmark (npm run bench, docs/performance.md), so the brief and the caseload read only
 * the rows of their window whatever the client's history:
 * - the brief's experiments and tags of a period: by client and occurred_on (they walked the client's whole
 *   history through entry_client_idx before);
 * - the brief's "raised for the session": a partial index on the few flagged rows;
 * - the caseload's last activity (max(updated_at) per client): the newest row straight from an index.
 */
export class PerformanceIndexes1764400000000 implements MigrationInterface {
  name = 'PerformanceIndexes1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX entry_occurred_idx ON entry (practice_id, client_id, occurred_on)`);
    await q.query(`
      CREATE INDEX entry_raised_idx ON entry (practice_id, client_id, occurred_on DESC)
        WHERE raise_in_session AND sharing = 'shared'`);
    await q.query(`CREATE INDEX entry_activity_idx ON entry (practice_id, client_id, updated_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX entry_activity_idx`);
    await q.query(`DROP INDEX entry_raised_idx`);
    await q.query(`DROP INDEX entry_occurred_idx`);
  }
}
