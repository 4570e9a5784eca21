import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload's default order, who needs attention first, ranks clients by their open risk flags, then by the
 * oldest shared entry nobody has read yet (GET /caseload, insight.sql.ts). For every client of a big caseload
 * that is one probe: the first row of this partial index, where counting the unread entries walked them all.
 */
export class CaseloadAttentionIndex1764510000000 implements MigrationInterface {
  name = 'CaseloadAttentionIndex1764510000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX entry_unread_since_idx ON entry (practice_id, client_id, created_at)
        WHERE sharing = 'shared' AND read_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX entry_unread_since_idx`);
  }
}
