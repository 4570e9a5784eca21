import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { LoginSchema, SignUpSchema } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import type { Actor } from '../../common/actor';
import type { Db } from '../../common/db';
import { AuditService } from '../audit/audit.service';
import { AccountRepository, type AccountRow, type PracticeRow } from './account.repository';
import { accountEvent } from './auth.audit';
import { type LoginResult, type SessionView, sessionView } from './auth.views';
import { PasswordService } from './password.service';
import { RATE_RULES, RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { SignInRepository } from './sign-in.repository';
import { composeToken, hashToken, randomToken } from './tokens';

/**
 * Sign-up, sign-in with a password, sign-out and the current session; and what the other sign-in paths share:
 * opening a session, the challenge for a second step, the password rules. Password change and reset:
 * password-change.service.ts; two-factor: two-factor.service.ts.
 */

/** A sign-in's answer, and the session cookie's value when it opened a session (the controller sets it). */
export type Signed = { result: LoginResult; cookie?: string };

const CHALLENGE_MINUTES = 10;

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(SignInRepository) private readonly signIns: SignInRepository,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(RateLimitService) private readonly rateLimits: RateLimitService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  assertStrong(password: string, context: Parameters<PasswordService['weakness']>[1], field: string): void {
    const weakness = this.passwords.weakness(password, context);
    if (weakness)
      throw new AppError('WEAK_PASSWORD', 'Choose another password', weakness, [
        { path: field, message: weakness },
      ]);
  }

  /** A new practice with its owner, signed in. */
  async signUp(input: z.output<typeof SignUpSchema>, ctx: RequestMeta): Promise<Signed> {
    await this.rateLimits.hit(RATE_RULES.signUpPerAddress, ctx.ip);
    this.assertStrong(input.password, input, 'password');
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource
      .transaction(async (tx) => {
        // The account_email primary key also catches two simultaneous sign-ups (isUniqueViolation below).
        if (await this.accounts.emailTaken(input.email, tx)) throw emailTaken();
        const practice = await this.accounts.createPractice(tx, input.practiceName);
        const owner = await this.accounts.create(tx, {
          practiceId: practice.practice_id,
          email: input.email,
          displayName: input.displayName,
          role: 'owner',
          passwordHash,
        });
        await this.audit.record(
          accountEvent(owner, ctx, { action: 'practice.create', target: ['practice', practice.practice_id] }),
          tx,
        );
        return this.startSession(tx, owner, practice, ctx);
      })
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? emailTaken() : e;
      });
  }

  async login(input: z.output<typeof LoginSchema>, ctx: RequestMeta): Promise<Signed> {
    await this.rateLimits.hit(RATE_RULES.loginPerAddress, ctx.ip);
    await this.rateLimits.hit(RATE_RULES.loginPerAccount, input.email);
    const account = await this.accounts.findByEmail(input.email);
    // Verify even when the email is unknown (against a dummy hash): same answer, about the same time.
    const ok = await this.passwords.verify(account?.password_hash ?? null, input.password);
    if (!account || !ok) {
      if (account)
        await this.audit.record(
          accountEvent(account, ctx, {
            action: 'auth.login',
            outcome: 'failure',
            detail: { reason: 'password' },
          }),
        );
      throw new AppError(
        'INVALID_CREDENTIALS',
        'Sign-in failed',
        'That email and password do not match an account.',
      );
    }
    await this.rateLimits.clear(RATE_RULES.loginPerAccount, input.email);
    const practice = await this.practiceOf(account);
    const needsSetup = account.role !== 'client' && practice.require_two_factor && !account.totp_enabled_at;
    if (account.totp_enabled_at || needsSetup) {
      const challenge = await this.createChallenge(account);
      return {
        result: { status: needsSetup ? 'two-factor-setup-required' : 'two-factor-required', challenge },
      };
    }
    return this.dataSource.transaction((tx) => this.startSession(tx, account, practice, ctx));
  }

  async logout(actor: Actor, ctx: RequestMeta): Promise<void> {
    await this.sessions.end(actor.practiceId, actor.sessionId);
    await this.audit.note(actor, ctx, { action: 'auth.logout' });
  }

  async currentSession(actor: Actor, expiresAt?: Date): Promise<SessionView> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const practice = await this.practiceOf(account);
    const session = expiresAt ?? (await this.sessions.expiresAt(actor.practiceId, actor.sessionId));
    return sessionView(account, practice, actor.csrfToken, session ?? new Date());
  }

  /** Creates a session (new id at every login) and returns the signed-in result plus the cookie to set. */
  async startSession(
    tx: Db,
    account: AccountRow,
    practice: PracticeRow,
    ctx: RequestMeta,
    audit = true,
    twoFactor = false,
  ): Promise<Signed> {
    const s = await this.sessions.create(tx, {
      practiceId: account.practice_id,
      accountId: account.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      twoFactor,
    });
    if (audit) await this.audit.record(accountEvent(account, ctx, { action: 'auth.login' }), tx);
    return {
      result: { status: 'signed-in', session: sessionView(account, practice, s.csrfToken, s.expiresAt) },
      cookie: s.cookie,
    };
  }

  /** A sign-in challenge for the 2FA step (after the password, a reset, or accepting an invitation). */
  async createChallenge(account: AccountRow, db: Db = this.dataSource): Promise<string> {
    const token = randomToken();
    await this.signIns.insertChallenge(db, {
      practiceId: account.practice_id,
      id: hashToken(token),
      accountId: account.id,
      minutes: CHALLENGE_MINUTES,
    });
    return composeToken(account.practice_id, token);
  }

  async practiceOf(account: AccountRow): Promise<PracticeRow> {
    const practice = await this.accounts.findPractice(account.practice_id);
    if (!practice) throw new Error(`practice ${account.practice_id} missing`);
    return practice;
  }
}

function emailTaken(): AppError {
  return new AppError(
    'EMAIL_TAKEN',
    'This email already has an account',
    'Sign in instead, or use another email address.',
    [{ path: 'email', message: 'This email already has an account.' }],
  );
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown } };
  return err.code === '23505' || err.driverError?.code === '23505';
}
