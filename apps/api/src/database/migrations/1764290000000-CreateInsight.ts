import type { MigrationInterface, QueryRunner } from 'typeorm';

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
    await q.query(`
      CREATE FUNCTION assignment_due_dates(start_on date, recurrence jsonb, pauses jsonb, ended_on date)
      RETURNS SETOF date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        WITH series(d) AS (
          SELECT (recurrence->>'dueOn')::date WHERE recurrence->>'kind' = 'once'
          UNION ALL
          SELECT start_on + i FROM generate_series(0, (recurrence->>'count')::int - 1) AS i
           WHERE recurrence->>'kind' = 'daily'
          UNION ALL
          SELECT start_on + 7 * i FROM generate_series(0, (recurrence->>'count')::int - 1) AS i
           WHERE recurrence->>'kind' = 'weekly'
          UNION ALL
          SELECT w.d FROM (
            SELECT start_on + i AS d, row_number() OVER (ORDER BY i) AS n
              FROM generate_series(0, (recurrence->>'count')::int * 7) AS i
             WHERE recurrence->>'kind' = 'weekdays'
               AND extract(isodow FROM start_on + i)::int IN
                   (SELECT jsonb_array_elements_text(recurrence->'weekdays')::int)
          ) w WHERE w.n <= (recurrence->>'count')::int
        )
        SELECT d FROM series
         WHERE (ended_on IS NULL OR d <= ended_on)
           AND NOT EXISTS (
             SELECT 1 FROM jsonb_array_elements(pauses) p
              WHERE d >= (p->>'from')::date AND (p->>'to' IS NULL OR d < (p->>'to')::date))
      $$`);
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
