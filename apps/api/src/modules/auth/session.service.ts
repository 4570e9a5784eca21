import { Inject, Injectable } from '@nestjs/common';
import { SESSION_ABSOLUTE_HOURS, type Role } from '@askwell/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { type Db, one } from '../../common/db';
import { composeToken, hashToken, parseComposedToken, randomToken } from './tokens';

export interface ResolvedSession {
  practiceId: string;
  sessionId: string;
  accountId: string;
  role: Role;
  csrfToken: string;
  expiresAt: Date;
  idleTimeoutMinutes: number;
  /** The account's IANA time zone, read with the session (a client's "today" needs it on most writes). */
  timeZone: string;
  /** Whether the session was opened with the second factor (a code at sign-in, or turning it on within it). */
  twoFactor: boolean;
  /**
   * What the practice's requirement of two-step sign-in asks of this session: null when met (or not required,
   * or a client); 'setup' when the account has none; 'code' when it has, but the session was opened without it.
   */
  twoFactorMissing: 'setup' | 'code' | null;
}

/** The session cookie's name: `__Host-` (Secure, no Domain, Path=/) when the public URL is https. */
export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-askwell_session' : 'askwell_session';
}

/** last_seen_at is written at most this often, so reads do not turn into writes on every request. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * Server-side sessions in PostgreSQL. The cookie holds "<practiceId>.<256-bit token>"; the table holds only
 * the token's hash. Idle timeout (practice setting, 10–120 min) and absolute timeout (12 h) end a session.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get cookieName(): string {
    return sessionCookieName(this.config);
  }

  async create(
    db: Db,
    s: {
      practiceId: string;
      accountId: string;
      ip: string;
      userAgent: string | undefined;
      /** Opened with the second factor (see ResolvedSession.twoFactor). */
      twoFactor: boolean;
    },
  ): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const row = await one<{ expires_at: Date }>(
      db,
      `INSERT INTO session (practice_id, id, account_id, csrf_token, expires_at, ip, user_agent, two_factor)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), $6, $7, $8) RETURNING expires_at`,
      [
        s.practiceId,
        hashToken(token),
        s.accountId,
        csrfToken,
        SESSION_ABSOLUTE_HOURS,
        s.ip,
        (s.userAgent ?? '').slice(0, 300),
        s.twoFactor,
      ],
    );
    return { cookie: composeToken(s.practiceId, token), csrfToken, expiresAt: row?.expires_at ?? new Date() };
  }

  async resolve(request: FastifyRequest): Promise<ResolvedSession | null> {
    const parsed = parseComposedToken(request.cookies[this.cookieName]);
    if (!parsed) return null;
    const id = hashToken(parsed.token);
    const row = await one<{
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
    }>(
      this.dataSource,
      `SELECT s.account_id, a.role, s.csrf_token, s.expires_at, p.idle_timeout_minutes, a.time_zone, s.two_factor,
              CASE WHEN NOT p.require_two_factor OR a.role = 'client' THEN NULL
                   WHEN a.totp_enabled_at IS NULL THEN 'setup'
                   WHEN NOT s.two_factor THEN 'code' END AS two_factor_missing,
              (s.expires_at <= now() OR s.last_seen_at + make_interval(mins => p.idle_timeout_minutes) <= now()) AS expired,
              (s.last_seen_at < now() - make_interval(secs => $3)) AS stale_touch
         FROM session s
         JOIN account a ON a.practice_id = s.practice_id AND a.id = s.account_id
         JOIN practice p ON p.practice_id = s.practice_id
        WHERE s.practice_id = $1 AND s.id = $2`,
      [parsed.practiceId, id, TOUCH_EVERY_SECONDS],
    );
    if (!row) return null;
    if (row.expired) {
      await this.end(parsed.practiceId, id);
      return null;
    }
    if (row.stale_touch)
      await this.dataSource.query(
        `UPDATE session SET last_seen_at = now() WHERE practice_id = $1 AND id = $2`,
        [parsed.practiceId, id],
      );
    return {
      practiceId: parsed.practiceId,
      sessionId: id,
      accountId: row.account_id,
      role: row.role,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      idleTimeoutMinutes: row.idle_timeout_minutes,
      timeZone: row.time_zone,
      twoFactor: row.two_factor,
      twoFactorMissing: row.two_factor_missing,
    };
  }

  /** The session proved the second factor (two-step sign-in was turned on within it). */
  async markTwoFactor(db: Db, practiceId: string, sessionId: string): Promise<void> {
    await db.query(`UPDATE session SET two_factor = true WHERE practice_id = $1 AND id = $2`, [
      practiceId,
      sessionId,
    ]);
  }

  /** Whether a session was opened with the second factor (false when it has ended). */
  async hasTwoFactor(db: Db, practiceId: string, sessionId: string): Promise<boolean> {
    const row = await one<{ two_factor: boolean }>(
      db,
      `SELECT two_factor FROM session WHERE practice_id = $1 AND id = $2`,
      [practiceId, sessionId],
    );
    return row?.two_factor ?? false;
  }

  async end(practiceId: string, sessionId: string, db: Db = this.dataSource): Promise<void> {
    await db.query(`DELETE FROM session WHERE practice_id = $1 AND id = $2`, [practiceId, sessionId]);
  }

  async endAllFor(db: Db, practiceId: string, accountId: string): Promise<void> {
    await db.query(`DELETE FROM session WHERE practice_id = $1 AND account_id = $2`, [practiceId, accountId]);
  }

  setCookie(reply: FastifyReply, value: string): void {
    void reply.setCookie(this.cookieName, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: SESSION_ABSOLUTE_HOURS * 3600,
    });
  }

  clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(this.cookieName, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
    });
  }
}
