import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlFunction } from '../functions';

/**
 * brief_data(): everything the pre-session brief reads, as one JSON value (apps/api/src/modules/insight/
 * brief.service.ts turns it into the brief). A PL/pgSQL function rather than one statement with eight
 * subqueries because PL/pgSQL keeps each statement's plan for the session: as a plain statement, planning took
 * about as long as running it (≈ 1.1 ms of ≈ 4 ms on the bench machine); the function takes ≈ 2.5 ms
 * (docs/performance.md). Generic plans are forced: every statement here is an index range on (practice_id,
 * client_id, …), which a generic plan serves as well as a custom one.
 *
 * The period is [period_from, period_to]; [previous_from, period_from) is the period before it, of the same
 * length, which the brief compares with. `readiness` holds the completed experiments since the last approved
 * rung move, with the fields the readiness rule reads (as readinessExperimentsSql gives them per client).
 * The function's text: database/functions/brief_data.v1.sql (version 2 replaces it: BriefDataRiskTiers).
 */
export class BriefData1764500000000 implements MigrationInterface {
  name = 'BriefData1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    // Whether the brief of a period was marked reviewed: a client's reviews, not the practice's (a scan before).
    await q.query(
      `CREATE INDEX brief_review_period_idx ON brief_review (practice_id, client_id, period_from, period_to, reviewed_at DESC)`,
    );
    await q.query(sqlFunction('brief_data', 1));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION brief_data(uuid, uuid, date, date, date)`);
    await q.query(`DROP INDEX brief_review_period_idx`);
  }
}
