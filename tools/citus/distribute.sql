-- Distributes Askwell's schema on a Citus coordinator (docs/scaling.md, "Citus: distribution by practice").
-- Run it on the migrated database, on the coordinator: `npm run db:distribute` (DATABASE_URL), or
-- `psql -v ON_ERROR_STOP=1 -f tools/citus/distribute.sql`. One statement, so one transaction: all or nothing.
-- Idempotent: a table or function that Citus already knows is left as it is, so a second run changes nothing.
--
-- What it decides, from the catalogue (so a new table or function is covered without editing this file):
--   * a tenant table has a practice_id column that is part of its primary key (the tenancy rule that
--     test/integration/tenancy.int-spec.ts enforces): `practice` is distributed by practice_id, every other
--     tenant table by practice_id colocated with `practice`;
--   * every other table in `public` is global (app_meta, rate_limit, account_email, whose key is the email):
--     a reference table (a copy on every node), except typeorm_migrations and the tables named in the
--     setting askwell.citus_local_tables (comma-separated), which stay plain tables on the coordinator;
--   * foreign keys decide the order: a table is distributed only after the tables it references;
--   * every function in `public` that is not part of an extension is propagated to the workers
--     (create_distributed_function); one with a uuid argument named practice_id, p_practice_id or p
--     (brief_data's `p`) gets it as its distribution argument, colocated with `practice`, so a call is sent
--     whole to the worker that holds that practice. Trigger functions arrive with their tables.
DO $distribute$
DECLARE
  local_tables text[] := ARRAY['typeorm_migrations']
    || COALESCE(string_to_array(replace(NULLIF(current_setting('askwell.citus_local_tables', true), ''), ' ', ''), ','), '{}');
  t record;
  f record;
  progressed boolean;
  dist_arg int;
  current_arg int;
  leftover text;
  had_rows boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RAISE EXCEPTION 'distribute.sql: no citus extension in database "%" (CREATE EXTENSION citus on every node first)',
      current_database();
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_dist_node WHERE groupid <> 0 AND noderole = 'primary' AND isactive) THEN
    RAISE EXCEPTION 'distribute.sql: database "%" has no active worker nodes (citus_add_node first; tools/citus/cluster.sh up)',
      current_database();
  END IF;
  IF to_regclass('public.practice') IS NULL THEN
    RAISE EXCEPTION 'distribute.sql: no table practice in database "%": run the migrations first', current_database();
  END IF;
  -- The audit_event and entry triggers: Citus refuses to distribute a table with triggers unless told that
  -- they are safe, which they are here (each reads and writes only its own row). Needed only while distributing.
  PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
  -- Many DDL commands in one transaction: one connection per worker, not a parallel fan-out.
  PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);

  -- Tables, parents before children: repeat until a pass distributes nothing.
  LOOP
    progressed := false;
    FOR t IN
      SELECT c.oid, c.relname,
             EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                      WHERE k.conrelid = c.oid AND k.contype = 'p' AND a.attname = 'practice_id') AS tenant
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
         AND c.relname <> ALL (local_tables)
         AND NOT EXISTS (SELECT 1 FROM pg_dist_partition d WHERE d.logicalrelid = c.oid)
         -- ready: every table it references is already known to Citus (and a tenant table waits for practice,
         -- whose colocation group it joins: checked in the loop)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint fk
                          WHERE fk.conrelid = c.oid AND fk.contype = 'f' AND fk.confrelid <> c.oid
                            AND NOT EXISTS (SELECT 1 FROM pg_dist_partition d WHERE d.logicalrelid = fk.confrelid))
       ORDER BY c.relname <> 'practice', c.relname
    LOOP
      CONTINUE WHEN t.tenant AND t.relname <> 'practice'
        AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'public.practice'::regclass);
      EXECUTE format('SELECT EXISTS (SELECT 1 FROM ONLY public.%I)', t.relname) INTO had_rows;
      IF t.tenant AND t.relname = 'practice' THEN
        PERFORM create_distributed_table('public.practice', 'practice_id');
      ELSIF t.tenant THEN
        PERFORM create_distributed_table(format('public.%I', t.relname), 'practice_id', colocate_with => 'practice');
      ELSE
        PERFORM create_reference_table(format('public.%I', t.relname));
      END IF;
      -- Citus copied the rows to the shards; the coordinator's own copy is now dead weight (app_meta's row).
      IF had_rows THEN
        PERFORM truncate_local_data_after_distributing_table(format('public.%I', t.relname));
      END IF;
      RAISE NOTICE 'distribute.sql: % %', t.relname,
        CASE WHEN NOT t.tenant THEN 'reference table' WHEN t.relname = 'practice' THEN 'distributed by practice_id'
             ELSE 'distributed by practice_id, colocated with practice' END;
      progressed := true;
      EXIT; -- the catalogue changed: look again
    END LOOP;
    EXIT WHEN NOT progressed;
  END LOOP;

  SELECT string_agg(format('%I', c.relname), ', ' ORDER BY c.relname) INTO leftover
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND c.relname <> ALL (local_tables)
     AND NOT EXISTS (SELECT 1 FROM pg_dist_partition d WHERE d.logicalrelid = c.oid);
  IF leftover IS NOT NULL THEN
    RAISE EXCEPTION 'distribute.sql: could not distribute % (a foreign key to a table that stays on the coordinator?)',
      leftover;
  END IF;

  -- What is already there must be what this file would have made.
  SELECT string_agg(format('%s (%s)', c.relname,
           CASE WHEN d.partmethod = 'n' THEN 'reference or local' ELSE 'distributed' END), ', ') INTO leftover
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_dist_partition d ON d.logicalrelid = c.oid
   WHERE n.nspname = 'public'
     AND EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                  WHERE k.conrelid = c.oid AND k.contype = 'p' AND a.attname = 'practice_id')
     AND (d.partmethod <> 'h' OR column_to_column_name(d.logicalrelid, d.partkey) <> 'practice_id'
          OR d.colocationid <> (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'public.practice'::regclass));
  IF leftover IS NOT NULL THEN
    RAISE EXCEPTION 'distribute.sql: tenant tables already in Citus but not distributed by practice_id with practice: %',
      leftover;
  END IF;
  SELECT string_agg(c.relname, ', ' ORDER BY c.relname) INTO leftover
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_dist_partition d ON d.logicalrelid = c.oid
   WHERE n.nspname = 'public' AND c.relname = ANY (local_tables);
  IF leftover IS NOT NULL THEN
    RAISE WARNING 'distribute.sql: % should stay on the coordinator but Citus already has it (SELECT undistribute_table(...))',
      leftover;
  END IF;

  -- Functions.
  FOR f IN
    SELECT p.oid, p.oid::regprocedure AS signature,
           COALESCE(p.proallargtypes, p.proargtypes::oid[]) AS types, p.proargnames AS names, p.proargmodes AS modes
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
       AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
     ORDER BY p.proname
  LOOP
    -- The 0-based position of the distribution argument among the input arguments, or NULL.
    dist_arg := NULL;
    current_arg := -1;
    FOR i IN 1 .. COALESCE(array_length(f.types, 1), 0) LOOP
      CONTINUE WHEN COALESCE(f.modes[i], 'i') NOT IN ('i', 'b', 'v');
      current_arg := current_arg + 1;
      IF f.types[i] = 'uuid'::regtype AND f.names[i] IN ('practice_id', 'p_practice_id', 'p') THEN
        dist_arg := current_arg;
        EXIT;
      END IF;
    END LOOP;

    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_dist_object o
                           WHERE o.classid = 'pg_proc'::regclass AND o.objid = f.oid
                             AND (dist_arg IS NULL OR o.distribution_argument_index = dist_arg));
    IF dist_arg IS NULL THEN
      PERFORM create_distributed_function(f.signature);
      RAISE NOTICE 'distribute.sql: function % propagated to the workers', f.signature;
    ELSE
      PERFORM create_distributed_function(f.signature, '$' || (dist_arg + 1), colocate_with => 'practice');
      RAISE NOTICE 'distribute.sql: function % distributed by argument $%, colocated with practice',
        f.signature, dist_arg + 1;
    END IF;
  END LOOP;
END
$distribute$;
