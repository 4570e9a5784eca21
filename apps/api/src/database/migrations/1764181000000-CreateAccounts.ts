import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practices, accounts, sessions, invitations, 2FA, password resets, caseloads, audit log, rate limits.
 *
 * Tenancy (Citus-ready, distributed by practice_id): every tenant table has practice_id as the first column
 * of its primary key, of every unique key and of every foreign key. Two tables are global on purpose:
 * account_email (the login directory: an email must find its practice before we know the practice) and
 * rate_limit (counters keyed by address or email). test/integration/tenancy.int-spec.ts checks all of it
 * against the catalog.
 */
export class CreateAccounts1764181000000 implements MigrationInterface {
  name = 'CreateAccounts1764181000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice (
        practice_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        require_two_factor boolean NOT NULL DEFAULT false,
        idle_timeout_minutes integer NOT NULL DEFAULT 30 CHECK (idle_timeout_minutes BETWEEN 10 AND 120),
        crisis_resources text NULL CHECK (crisis_resources IS NULL OR length(crisis_resources) <= 4000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE account (
        practice_id uuid NOT NULL REFERENCES practice (practice_id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
        role text NOT NULL CHECK (role IN ('owner', 'practitioner', 'client')),
        password_hash text NULL,
        password_changed_at timestamptz NULL,
        totp_secret text NULL,
        totp_enabled_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        UNIQUE (practice_id, email)
      )`);
    await q.query(`
      CREATE TABLE account_email (
        email text PRIMARY KEY CHECK (email = lower(email)),
        practice_id uuid NOT NULL,
        account_id uuid NOT NULL
      )`);
    await q.query(`
      CREATE TABLE caseload (
        practice_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        client_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, practitioner_id, client_id),
        FOREIGN KEY (practice_id, practitioner_id) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, client_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`CREATE INDEX caseload_client_idx ON caseload (practice_id, client_id)`);
    await q.query(`
      CREATE TABLE session (
        practice_id uuid NOT NULL,
        id text NOT NULL,
        account_id uuid NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text NULL,
        user_agent text NULL,
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`CREATE INDEX session_account_idx ON session (practice_id, account_id)`);
    await q.query(`
      CREATE TABLE login_challenge (
        practice_id uuid NOT NULL,
        id text NOT NULL,
        account_id uuid NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (practice_id, id),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE recovery_code (
        practice_id uuid NOT NULL,
        account_id uuid NOT NULL,
        code_hash text NOT NULL,
        used_at timestamptz NULL,
        PRIMARY KEY (practice_id, account_id, code_hash),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE invitation (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('practitioner', 'client')),
        invited_by uuid NOT NULL,
        practitioner_id uuid NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz NULL,
        revoked_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, id),
        UNIQUE (practice_id, token_hash),
        FOREIGN KEY (practice_id, invited_by) REFERENCES account (practice_id, id),
        FOREIGN KEY (practice_id, practitioner_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE password_reset (
        practice_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        account_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        PRIMARY KEY (practice_id, id),
        UNIQUE (practice_id, token_hash),
        FOREIGN KEY (practice_id, account_id) REFERENCES account (practice_id, id)
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        practice_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid NULL,
        actor_role text NULL,
        client_id uuid NULL,
        action text NOT NULL,
        target_type text NULL,
        target_id text NULL,
        ip text NULL,
        outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
        detail jsonb NULL,
        PRIMARY KEY (practice_id, id)
      )`);
    await q.query(`CREATE INDEX audit_event_at_idx ON audit_event (practice_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_client_idx ON audit_event (practice_id, client_id, at DESC)`);
    // Append-only: the database itself refuses to change or remove an audit event.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        reset_at timestamptz NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'rate_limit',
      'audit_event',
      'password_reset',
      'invitation',
      'recovery_code',
      'login_challenge',
      'session',
      'caseload',
      'account_email',
      'account',
      'practice',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
