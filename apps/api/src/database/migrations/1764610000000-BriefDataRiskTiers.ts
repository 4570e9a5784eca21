import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlFunction } from '../functions';

/**
 * brief_data() (migration BriefData) with the tiered risk flags: each open flag of a shared entry comes with its
 * tier, category and findings (the evidence verbatim); a private entry's flag only with its time (no entry id,
 * tier, category or words, here as in the API's view). Everything else is as before. `up` loads
 * database/functions/brief_data.v2.sql, `down` restores brief_data.v1.sql.
 */
export class BriefDataRiskTiers1764610000000 implements MigrationInterface {
  name = 'BriefDataRiskTiers1764610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(sqlFunction('brief_data', 2));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(sqlFunction('brief_data', 1));
  }
}
