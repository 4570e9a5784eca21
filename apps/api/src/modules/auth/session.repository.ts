import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { type Db, one, run, sql } from '../../common/db';

/** A session as the guard needs it, with what the practice asks of it, in the one lookup. */
export interface SessionLookupRow {
  account_id: string;
  role: Role;
  csrf_token: string;
  expires_at: Date;
  idle_timeout_minutes: number;
  time_zone: string;
  two_factor: boolean;
  two_factor_missing: 'setup' | 'code' | null;
  expired: boolean;
  stale_touch: boolean;
}

/** All SQL of the session table (rows keyed by the hash of the cookie's token). */
@Injectable()
export class SessionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Opens a session ending `hours` from now (the database's clock); returns when it ends. */
  async insert(
    db: Db,
    s: {
      practiceId: string;
      id: string;
      accountId: string;
      csrfToken: string;
      hours: number;
      ip: string;
      userAgent: string;
      twoFactor: boolean;
    },
  ): Promise<Date | undefined> {
    const row = await one<{ expires_at: Date }>(
      db,
      sql`INSERT INTO session (practice_id, id, account_id, csrf_token, expires_at, ip, user_agent, two_factor)
          VALUES (${s.practiceId}, ${s.id}, ${s.accountId}, ${s.csrfToken}, now() + make_interval(hours => ${s.hours}),
                  ${s.ip}, ${s.userAgent}, ${s.twoFactor})
          RETURNING expires_at`,
    );
    return row?.expires_at;
  }

  /**
   * The session with its account and practice: whether it has expired (absolute or idle timeout) and whether
   * last_seen_at is older than `touchEverySeconds`, computed by the database so one clock decides.
   */
  async lookup(
    practiceId: string,
    id: string,
    touchEverySeconds: number,
  ): Promise<SessionLookupRow | undefined> {
    return one<SessionLookupRow>(
      this.dataSource,
      sql`SELECT s.account_id, a.role, s.csrf_token, s.expires_at, p.idle_timeout_minutes, a.time_zone, s.two_factor,
                 CASE WHEN NOT p.require_two_factor OR a.role = 'client' THEN NULL
                      WHEN a.totp_enabled_at IS NULL THEN 'setup'
                      WHEN NOT s.two_factor THEN 'code' END AS two_factor_missing,
                 (s.expires_at <= now() OR s.last_seen_at + make_interval(mins => p.idle_timeout_minutes) <= now()) AS expired,
                 (s.last_seen_at < now() - make_interval(secs => ${touchEverySeconds})) AS stale_touch
            FROM session s
            JOIN account a ON a.practice_id = s.practice_id AND a.id = s.account_id
            JOIN practice p ON p.practice_id = s.practice_id
           WHERE s.practice_id = ${practiceId} AND s.id = ${id}`,
    );
  }

  async touch(practiceId: string, id: string): Promise<void> {
    await run(
      this.dataSource,
      sql`UPDATE session SET last_seen_at = now() WHERE practice_id = ${practiceId} AND id = ${id}`,
    );
  }

  async expiresAt(practiceId: string, id: string): Promise<Date | undefined> {
    const row = await one<{ expires_at: Date }>(
      this.dataSource,
      sql`SELECT expires_at FROM session WHERE practice_id = ${practiceId} AND id = ${id}`,
    );
    return row?.expires_at;
  }

  async markTwoFactor(db: Db, practiceId: string, id: string): Promise<void> {
    await run(db, sql`UPDATE session SET two_factor = true WHERE practice_id = ${practiceId} AND id = ${id}`);
  }

  /** Whether the session was opened with the second factor; undefined when there is no such session. */
  async twoFactorOf(db: Db, practiceId: string, id: string): Promise<boolean | undefined> {
    const row = await one<{ two_factor: boolean }>(
      db,
      sql`SELECT two_factor FROM session WHERE practice_id = ${practiceId} AND id = ${id}`,
    );
    return row?.two_factor;
  }

  async delete(practiceId: string, id: string, db: Db = this.dataSource): Promise<void> {
    await run(db, sql`DELETE FROM session WHERE practice_id = ${practiceId} AND id = ${id}`);
  }

  async deleteAllOf(db: Db, practiceId: string, accountId: string): Promise<void> {
    await run(db, sql`DELETE FROM session WHERE practice_id = ${practiceId} AND account_id = ${accountId}`);
  }
}
