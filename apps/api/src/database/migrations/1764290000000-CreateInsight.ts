import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlFunction } from '../functions';

/**
 * Practitioner insight: sessions with private notes, rung decisions, reviewed briefs, and the SQL form of the
 * schedule expansion (libs/domain metrics/schedule.ts) so the caseload's adherence is an aggregate, not a loop.
 * test/integration/insight-metrics.int-spec.ts proves the SQL equals the domain functions on generated data.
 */
export class CreateInsight1764290000000 implements MigrationInterface {
  name = 'CreateInsight1764290000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE client_session (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        held_on date NOT NULL,
        note text NULL CHECK (note IS NULL OR length(note) <= 10000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, practitioner_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(
      `CREATE INDEX client_session_client_idx ON client_session (practice_id, client_id, held_on DESC)`,
    );
    await q.query(`
      CREATE TABLE rung_decision (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        decided_by uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approve', 'decline')),
        from_rung smallint NULL,
        to_rung smallint NULL,
        note text NULL,
        readiness jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, decided_by) REFERENCES account (practice_id, id)
      )`);
    await q.query(
      `CREATE INDEX rung_decision_client_idx ON rung_decision (practice_id, client_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE brief_review (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        reviewed_by uuid NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, reviewed_by) REFERENCES account (practice_id, id)
      )`);
    await q.query(`CREATE INDEX entry_done_idx ON entry (practice_id, client_id, done_on)`);
    await q.query(`CREATE INDEX entry_tag_barrier_idx ON entry_tag (practice_id, barrier_id)`);
    // expandSchedule of libs/domain, in SQL: the due dates of one assignment, pauses skipped, nothing after the end.
    // database/functions/assignment_due_dates.v1.sql
    await q.query(sqlFunction('assignment_due_dates', 1));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION assignment_due_dates(date, jsonb, jsonb, date)`);
    await q.query(`DROP INDEX entry_tag_barrier_idx`);
    await q.query(`DROP INDEX entry_done_idx`);
    await q.query(`DROP TABLE brief_review`);
    await q.query(`DROP TABLE rung_decision`);
    await q.query(`DROP TABLE client_session`);
  }
}
