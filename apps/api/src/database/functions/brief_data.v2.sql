-- brief_data, version 2 (loaded by migration 1764610000000-BriefDataRiskTiers): everything the pre-session brief
-- reads, as one JSON value (apps/api/src/modules/insight/brief.service.ts turns it into the brief).
--
-- A PL/pgSQL function rather than one statement with eight subqueries because PL/pgSQL keeps each statement's
-- plan for the session: as a plain statement, planning took about as long as running it (≈ 1.1 ms of ≈ 4 ms on
-- the bench machine); the function takes ≈ 2.5 ms (docs/performance.md). Generic plans are forced: every
-- statement here is an index range on (practice_id, client_id, …), which a generic plan serves as well as a
-- custom one.
--
-- The period is [period_from, period_to]; [previous_from, period_from) is the period before it, of the same
-- length, which the brief compares with. `readiness` holds the completed experiments since the last approved
-- rung move, with the fields the readiness rule reads (as readinessExperimentsSql, insight.sql.ts, gives them per
-- client). Version 2 adds the tiered risk flags: each open flag of a shared entry comes with its tier, category
-- and findings (the evidence verbatim); a private entry's flag only with its time (no entry id, tier, category
-- or words, here as in the API's view).
--
-- A migration must load the same text forever: never edit this file; a change is a new version (.v3.sql) loaded
-- by a new migration. test/integration/sql-functions.int-spec.ts runs it on a small fixture.
CREATE OR REPLACE FUNCTION brief_data(p uuid, c uuid, previous_from date, period_from date, period_to date) RETURNS json
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  experiments json; tags json; assignments json; unread json; flags json; raised json; readiness json;
  reviewed_at timestamptz; since timestamptz;
BEGIN
  SELECT COALESCE(json_agg(json_build_object('id', n.id, 'occurred_on', n.occurred_on, 'plan', n.plan, 'outcome', n.outcome)
                           ORDER BY n.occurred_on, n.created_at), '[]')
    INTO experiments
    FROM entry n
   WHERE n.practice_id = p AND n.client_id = c AND n.kind = 'experiment'
     AND n.occurred_on BETWEEN previous_from AND period_to;

  SELECT COALESCE(json_agg(json_build_object('entry_id', t.entry_id, 'barrier_id', t.barrier_id, 'status', t.status,
                                             'occurred_on', n.occurred_on)), '[]')
    INTO tags
    FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
   WHERE t.practice_id = p AND n.client_id = c AND n.sharing = 'shared'
     AND n.occurred_on BETWEEN previous_from AND period_to;

  SELECT COALESCE(json_agg(json_build_object(
           'start_on', s.start_on, 'recurrence', s.recurrence, 'pauses', s.pauses, 'ended_on', s.ended_on,
           'done', ARRAY(SELECT n.done_on::text FROM entry n
                          WHERE n.practice_id = s.practice_id AND n.assignment_id = s.id
                            AND n.done_on BETWEEN period_from AND period_to))), '[]')
    INTO assignments
    FROM assignment s WHERE s.practice_id = p AND s.client_id = c;

  SELECT COALESCE(json_agg(u), '[]') INTO unread FROM (
    SELECT id, kind FROM entry
     WHERE practice_id = p AND client_id = c AND sharing = 'shared' AND read_at IS NULL
     ORDER BY created_at LIMIT 100) u;

  -- A private entry's flag: only that it exists and when (no entry, tier, category or words).
  SELECT COALESCE(json_agg(json_build_object(
           'id', f.id, 'entry_id', CASE WHEN n.sharing = 'shared' THEN f.entry_id END, 'sharing', n.sharing,
           'raised_at', f.raised_at,
           'tier', CASE WHEN n.sharing = 'shared' THEN f.tier END,
           'category', CASE WHEN n.sharing = 'shared' THEN f.category END,
           'findings', CASE WHEN n.sharing = 'shared' THEN f.findings ELSE '[]'::jsonb END)
           ORDER BY f.raised_at), '[]')
    INTO flags
    FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
   WHERE f.practice_id = p AND f.client_id = c AND f.acknowledged_at IS NULL;

  SELECT COALESCE(json_agg(r), '[]') INTO raised FROM (
    SELECT id, review_comment FROM entry
     WHERE practice_id = p AND client_id = c AND sharing = 'shared' AND raise_in_session
     ORDER BY occurred_on DESC LIMIT 50) r;

  SELECT COALESCE(max(d.created_at), '-infinity'::timestamptz) INTO since
    FROM rung_decision d WHERE d.practice_id = p AND d.client_id = c AND d.decision = 'approve';
  SELECT COALESCE(json_agg(x), '[]') INTO readiness FROM (
    SELECT n.client_id,
           n.plan->>'helper' AS helper, n.plan->>'channel' AS channel, n.plan->>'lifeArea' AS life_area,
           (n.plan->>'predictedYesChance')::float8 AS predicted_yes_chance,
           (n.plan->>'beliefBefore')::float8 AS belief_before,
           (n.plan->>'anticipatedDistress')::float8 AS anticipated_distress,
           n.outcome IS NOT NULL AS has_outcome, n.outcome->>'didAsk' AS did_ask, n.outcome->>'response' AS response,
           n.outcome->>'learning' AS learning, (n.outcome->>'beliefAfter')::float8 AS belief_after,
           (n.outcome->>'peakDistress')::float8 AS peak_distress
      FROM entry n
     WHERE n.practice_id = p AND n.client_id = c AND n.created_at > since
       AND n.kind = 'experiment' AND n.state = 'completed'
     ORDER BY n.created_at) x;

  SELECT b.reviewed_at INTO reviewed_at FROM brief_review b
   WHERE b.practice_id = p AND b.client_id = c AND b.period_from = brief_data.period_from
     AND b.period_to = brief_data.period_to
   ORDER BY b.reviewed_at DESC LIMIT 1;

  RETURN json_build_object('experiments', experiments, 'tags', tags, 'assignments', assignments, 'unread', unread,
                           'flags', flags, 'raised', raised, 'readiness', readiness, 'reviewed_at', reviewed_at);
END
$$
