-- assignment_due_dates, version 1 (loaded by migration 1764290000000-CreateInsight).
-- expandSchedule of libs/domain (metrics/schedule.ts), in SQL: the due dates of one assignment, pauses skipped,
-- nothing after the end, so the caseload's adherence is an aggregate rather than a loop.
-- test/integration/insight-metrics.int-spec.ts checks it against the domain on generated schedules;
-- test/integration/sql-functions.int-spec.ts on a small fixture.
-- A migration must load the same text forever: never edit this file; a change is a new version (.v2.sql) loaded
-- by a new migration.
CREATE OR REPLACE FUNCTION assignment_due_dates(start_on date, recurrence jsonb, pauses jsonb, ended_on date)
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
$$
