import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The core loop: custom exercises, assignments, entries (observation, experiment, reflection) with barrier tags
 * and risk flags, server-side drafts, and idempotency keys. Same tenancy rules as the accounts migration:
 * practice_id leads every primary, unique and foreign key.
 */
export class CreateCoreLoop1764270000000 implements MigrationInterface {
  name = 'CreateCoreLoop1764270000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE account ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 100)`,
    );
    await q.query(
      `ALTER TABLE account ADD COLUMN current_rung smallint NULL CHECK (current_rung BETWEEN 1 AND 6)`,
    );
    await q.query(`ALTER TABLE account ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE custom_exercise (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        instructions text NOT NULL CHECK (length(instructions) BETWEEN 1 AND 4000),
        record_type text NOT NULL CHECK (record_type IN ('observation', 'experiment', 'reflection')),
        rung smallint NULL CHECK (rung BETWEEN 1 AND 6),
        target_barriers text[] NOT NULL DEFAULT '{}',
        suggested_frequency jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, author_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE assignment (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        assigned_by uuid NOT NULL,
        template_id text NULL,
        custom_exercise_id uuid NULL,
        start_on date NOT NULL,
        recurrence jsonb NOT NULL,
        note text NULL CHECK (note IS NULL OR length(note) <= 1000),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
        pauses jsonb NOT NULL DEFAULT '[]',
        ended_on date NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        CHECK ((template_id IS NULL) <> (custom_exercise_id IS NULL)),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, assigned_by) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, custom_exercise_id) REFERENCES custom_exercise (practice_id, id)
      )`);
    await q.query(`CREATE INDEX assignment_client_idx ON assignment (practice_id, client_id, status)`);
    await q.query(`
      CREATE TABLE entry (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        assignment_id uuid NULL,
        kind text NOT NULL CHECK (kind IN ('observation', 'experiment', 'reflection')),
        sharing text NOT NULL CHECK (sharing IN ('shared', 'private')),
        state text NOT NULL CHECK (state IN ('submitted', 'planned', 'locked', 'completed')),
        occurred_on date NOT NULL,
        done_on date NULL,
        body jsonb NULL,
        plan jsonb NULL,
        outcome jsonb NULL,
        locked_at timestamptz NULL,
        review_comment text NULL CHECK (review_comment IS NULL OR length(review_comment) <= 2000),
        raise_in_session boolean NOT NULL DEFAULT false,
        reviewed_at timestamptz NULL,
        reviewed_by uuid NULL,
        read_at timestamptz NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        CHECK (kind = 'reflection' OR sharing = 'shared'),
        CHECK ((kind = 'experiment') = (state <> 'submitted')),
        CHECK (outcome IS NULL OR state = 'completed'),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, assignment_id) REFERENCES assignment (practice_id, id),
        FOREIGN KEY (practice_id, reviewed_by) REFERENCES account (practice_id, id)
      )`);
    await q.query(
      `CREATE INDEX entry_client_idx ON entry (practice_id, client_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX entry_assignment_idx ON entry (practice_id, assignment_id, done_on)`);
    await q.query(`
      CREATE INDEX entry_unread_idx ON entry (practice_id, client_id)
        WHERE sharing = 'shared' AND read_at IS NULL`);
    // A prediction never changes once the request is marked done: enforced here too, below the API.
    await q.query(`
      CREATE FUNCTION entry_plan_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state <> 'planned' AND NEW.plan IS DISTINCT FROM OLD.plan THEN
          RAISE EXCEPTION 'the plan and prediction of entry % are locked', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER entry_plan_locked BEFORE UPDATE ON entry
        FOR EACH ROW EXECUTE FUNCTION entry_plan_locked()`);
    await q.query(`
      CREATE TABLE entry_tag (
        practice_id uuid NOT NULL,
        entry_id uuid NOT NULL,
        barrier_id text NOT NULL CHECK (barrier_id ~ '^[a-z][a-z-]{1,60}$'),
        status text NOT NULL CHECK (status IN ('client', 'suggested', 'confirmed', 'rejected')),
        evidence text NULL,
        score real NULL,
        changed_by uuid NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, entry_id, barrier_id),
        FOREIGN KEY (practice_id, entry_id) REFERENCES entry (practice_id, id),
        FOREIGN KEY (practice_id, changed_by) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE risk_flag (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL,
        entry_id uuid NOT NULL,
        matches text[] NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz NULL,
        acknowledged_by uuid NULL,
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, entry_id) REFERENCES entry (practice_id, id),
        FOREIGN KEY (practice_id, acknowledged_by) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE INDEX risk_flag_open_idx ON risk_flag (practice_id, client_id) WHERE acknowledged_at IS NULL`);
    await q.query(`
      CREATE TABLE draft (
        practice_id uuid NOT NULL,
        account_id uuid NOT NULL,
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9:._-]{0,99}$'),
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, account_id, key),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE idempotency_key (
        practice_id uuid NOT NULL,
        account_id uuid NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        status_code integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, account_id, key),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`CREATE INDEX idempotency_key_age_idx ON idempotency_key (created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE draft`);
    await q.query(`DROP TABLE risk_flag`);
    await q.query(`DROP TABLE entry_tag`);
    await q.query(`DROP TRIGGER entry_plan_locked ON entry`);
    await q.query(`DROP TABLE entry`);
    await q.query(`DROP FUNCTION entry_plan_locked()`);
    await q.query(`DROP TABLE assignment`);
    await q.query(`DROP TABLE custom_exercise`);
    await q.query(`ALTER TABLE account DROP COLUMN version`);
    await q.query(`ALTER TABLE account DROP COLUMN current_rung`);
    await q.query(`ALTER TABLE account DROP COLUMN time_zone`);
  }
}
