import { Inject, Injectable } from '@nestjs/common';
import { SESSION_ABSOLUTE_HOURS, type Role } from '@askwell/domain';
import type { Db } from '../../common/db';
import { SessionRepository } from './session.repository';
import { composeToken, hashToken, parseComposedToken, randomToken } from './tokens';

// openapi/document.ts names the cookie in the security scheme through this module.
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

/** last_seen_at is written at most this often, so reads do not turn into writes on every request. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * Server-side sessions in PostgreSQL. The cookie holds "<practiceId>.<256-bit token>"; the table holds only
 * the token's hash. Idle timeout (practice setting, 10–120 min) and absolute timeout (12 h) end a session.
 * Takes the cookie's value; the cookie itself (HTTP) is SessionCookie's.
 */
@Injectable()
export class SessionService {
  constructor(@Inject(SessionRepository) private readonly sessions: SessionRepository) {}

  /** Opens a session; `cookie` is the value for the session cookie (the token is stored only hashed). */
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
    const expiresAt = await this.sessions.insert(db, {
      practiceId: s.practiceId,
      id: hashToken(token),
      accountId: s.accountId,
      csrfToken,
      hours: SESSION_ABSOLUTE_HOURS,
      ip: s.ip,
      userAgent: (s.userAgent ?? '').slice(0, 300),
      twoFactor: s.twoFactor,
    });
    return { cookie: composeToken(s.practiceId, token), csrfToken, expiresAt: expiresAt ?? new Date() };
  }

  /** The live session a cookie value names, or null; an expired one is ended here. */
  async resolveCookie(value: string | undefined): Promise<ResolvedSession | null> {
    const parsed = parseComposedToken(value);
    if (!parsed) return null;
    const id = hashToken(parsed.token);
    const row = await this.sessions.lookup(parsed.practiceId, id, TOUCH_EVERY_SECONDS);
    if (!row) return null;
    if (row.expired) {
      await this.end(parsed.practiceId, id);
      return null;
    }
    if (row.stale_touch) await this.sessions.touch(parsed.practiceId, id);
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

  /** When the session ends at the latest (undefined when it has ended). */
  expiresAt(practiceId: string, sessionId: string): Promise<Date | undefined> {
    return this.sessions.expiresAt(practiceId, sessionId);
  }

  /** The session proved the second factor (two-step sign-in was turned on within it). */
  async markTwoFactor(db: Db, practiceId: string, sessionId: string): Promise<void> {
    await this.sessions.markTwoFactor(db, practiceId, sessionId);
  }

  /** Whether a session was opened with the second factor (false when it has ended). */
  async hasTwoFactor(db: Db, practiceId: string, sessionId: string): Promise<boolean> {
    return (await this.sessions.twoFactorOf(db, practiceId, sessionId)) ?? false;
  }

  async end(practiceId: string, sessionId: string, db?: Db): Promise<void> {
    await this.sessions.delete(practiceId, sessionId, db);
  }

  async endAllFor(db: Db, practiceId: string, accountId: string): Promise<void> {
    await this.sessions.deleteAllOf(db, practiceId, accountId);
  }
}
