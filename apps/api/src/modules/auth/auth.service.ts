import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type {
  ChangePasswordSchema,
  LoginSchema,
  PasswordResetConfirmSchema,
  SignUpSchema,
  TwoFactorLoginSchema,
} from '@askwell/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import type { Actor } from '../../common/actor';
import { changed, type Db, one } from '../../common/db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { AccountRepository, type AccountRow, type PracticeRow } from './account.repository';
import { type LoginResult, type SessionView, sessionView } from './auth.views';
import { PasswordService } from './password.service';
import { RATE_RULES, RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { composeToken, hashToken, parseComposedToken, randomToken } from './tokens';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStepOf, totpUri } from './two-factor';

type Signed = { result: LoginResult; cookie?: string };

const CHALLENGE_MINUTES = 10;
const RESET_MINUTES = 60;

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(RateLimitService) private readonly rateLimits: RateLimitService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MailService) private readonly mail: MailService,
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
          {
            practiceId: practice.practice_id,
            actorAccountId: owner.id,
            actorRole: 'owner',
            action: 'practice.create',
            targetType: 'practice',
            targetId: practice.practice_id,
            ip: ctx.ip,
            outcome: 'success',
          },
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
        await this.audit.record({
          practiceId: account.practice_id,
          actorAccountId: account.id,
          actorRole: account.role,
          action: 'auth.login',
          ip: ctx.ip,
          outcome: 'failure',
          detail: { reason: 'password' },
        });
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

  /** While setting up 2FA during login (practice requires it): a fresh secret for the challenge's account. */
  async loginTwoFactorSetup(challengeToken: string): Promise<{ secret: string; otpauthUri: string }> {
    const { account } = await this.loadChallenge(challengeToken);
    if (account.totp_enabled_at)
      throw new AppError('CONFLICT', 'Two-factor is already on', 'Sign in with a code from your app.');
    const secret = newTotpSecret();
    await this.accounts.setTotp(this.dataSource, account.practice_id, account.id, secret, false);
    return { secret, otpauthUri: totpUri(secret, account.email) };
  }

  async loginTwoFactor(input: z.output<typeof TwoFactorLoginSchema>, ctx: RequestMeta): Promise<Signed> {
    const { account, practiceId, challengeId } = await this.loadChallenge(input.challenge);
    await this.rateLimits.hit(RATE_RULES.twoFactorPerChallenge, challengeId);
    const settingUp = !account.totp_enabled_at;
    let valid = false;
    if (input.code && account.totp_secret) valid = await this.takeTotp(account, input.code);
    else if (input.recoveryCode && !settingUp)
      valid = await this.accounts.useRecoveryCode(
        this.dataSource,
        practiceId,
        account.id,
        hashRecoveryCode(input.recoveryCode),
      );
    if (!valid) {
      await this.audit.record({
        practiceId,
        actorAccountId: account.id,
        actorRole: account.role,
        action: 'auth.login.two-factor',
        ip: ctx.ip,
        outcome: 'failure',
      });
      throw new AppError(
        'INVALID_TWO_FACTOR_CODE',
        'That code did not work',
        'Check the code in your authenticator app (it changes every 30 seconds) and try again.',
      );
    }
    const practice = await this.practiceOf(account);
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM login_challenge WHERE practice_id = $1 AND id = $2`, [
        practiceId,
        challengeId,
      ]);
      let recoveryCodes: string[] | undefined;
      if (settingUp) {
        recoveryCodes = newRecoveryCodes();
        await this.accounts.setTotp(tx, practiceId, account.id, account.totp_secret, true);
        await this.accounts.replaceRecoveryCodes(
          tx,
          practiceId,
          account.id,
          recoveryCodes.map(hashRecoveryCode),
        );
        await this.audit.record(
          {
            practiceId,
            actorAccountId: account.id,
            actorRole: account.role,
            action: 'auth.two-factor.enable',
            ip: ctx.ip,
            outcome: 'success',
          },
          tx,
        );
      }
      const signed = await this.startSession(
        tx,
        { ...account, totp_enabled_at: account.totp_enabled_at ?? new Date() },
        practice,
        ctx,
        true,
        true,
      );
      if (recoveryCodes && signed.result.status === 'signed-in') signed.result.recoveryCodes = recoveryCodes;
      return signed;
    });
  }

  async logout(actor: Actor, ctx: RequestMeta): Promise<void> {
    await this.sessions.end(actor.practiceId, actor.sessionId);
    await this.audit.record({
      practiceId: actor.practiceId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      action: 'auth.logout',
      ip: ctx.ip,
      outcome: 'success',
    });
  }

  async currentSession(actor: Actor, expiresAt?: Date): Promise<SessionView> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const practice = await this.practiceOf(account);
    const session =
      expiresAt ??
      (
        await one<{ expires_at: Date }>(
          this.dataSource,
          `SELECT expires_at FROM session WHERE practice_id = $1 AND id = $2`,
          [actor.practiceId, actor.sessionId],
        )
      )?.expires_at;
    return sessionView(account, practice, actor.csrfToken, session ?? new Date());
  }

  /** Changing the password ends every session of the account, then signs this one in afresh. */
  async changePassword(
    actor: Actor,
    input: z.output<typeof ChangePasswordSchema>,
    ctx: RequestMeta,
  ): Promise<Signed> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account || !(await this.passwords.verify(account.password_hash, input.currentPassword))) {
      throw new AppError(
        'INVALID_CREDENTIALS',
        'Password not changed',
        'The current password is not right.',
        [{ path: 'currentPassword', message: 'The current password is not right.' }],
      );
    }
    const practice = await this.practiceOf(account);
    this.assertStrong(
      input.newPassword,
      { email: account.email, displayName: account.display_name, practiceName: practice.name },
      'newPassword',
    );
    const hash = await this.passwords.hash(input.newPassword);
    return this.dataSource.transaction(async (tx) => {
      // The new session stands in for this one: opened with the second factor if this one was.
      const twoFactor = await this.sessions.hasTwoFactor(tx, actor.practiceId, actor.sessionId);
      await this.accounts.setPassword(tx, actor.practiceId, actor.accountId, hash);
      await this.sessions.endAllFor(tx, actor.practiceId, actor.accountId);
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          action: 'auth.password.change',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
      return this.startSession(tx, account, practice, ctx, false, twoFactor);
    });
  }

  get passwordResetAvailable(): boolean {
    return this.mail.enabled;
  }

  /** Always the same answer, whether or not the email has an account (no account discovery). */
  async requestPasswordReset(email: string, ctx: RequestMeta): Promise<void> {
    if (!this.mail.enabled)
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Password reset by email is not set up',
        'This server cannot send email. Ask your practice owner to help you get back in.',
      );
    await this.rateLimits.hit(RATE_RULES.resetPerAddress, ctx.ip);
    await this.rateLimits.hit(RATE_RULES.resetPerAccount, email);
    const account = await this.accounts.findByEmail(email);
    if (!account) return;
    const token = randomToken();
    await this.dataSource.query(
      `INSERT INTO password_reset (practice_id, token_hash, account_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [account.practice_id, hashToken(token), account.id, RESET_MINUTES],
    );
    await this.audit.record({
      practiceId: account.practice_id,
      actorAccountId: account.id,
      actorRole: account.role,
      action: 'auth.password.reset-request',
      ip: ctx.ip,
      outcome: 'success',
    });
    const link = `${this.config.publicUrl}/reset-password#token=${composeToken(account.practice_id, token)}`;
    await this.mail.send({
      to: account.email,
      subject: 'Reset your Askwell password',
      text: `Hello ${account.display_name},\n\nSomeone (we hope you) asked to reset your Askwell password. Open this link within an hour to choose a new one:\n\n${link}\n\nIf it was not you, you can ignore this email: your password stays as it is.\n`,
    });
  }

  async confirmPasswordReset(
    input: z.output<typeof PasswordResetConfirmSchema>,
    ctx: RequestMeta,
  ): Promise<Signed> {
    await this.rateLimits.hit(RATE_RULES.resetPerAddress, ctx.ip);
    const parsed = parseComposedToken(input.token);
    const invalid = () =>
      new AppError(
        'RESET_LINK_INVALID',
        'This reset link does not work',
        'It may have expired or been used already. Ask for a new one.',
      );
    if (!parsed) throw invalid();
    const reset = await one<{ id: string; account_id: string }>(
      this.dataSource,
      `SELECT id, account_id FROM password_reset WHERE practice_id = $1 AND token_hash = $2 AND used_at IS NULL AND expires_at > now()`,
      [parsed.practiceId, hashToken(parsed.token)],
    );
    const account = reset && (await this.accounts.find(parsed.practiceId, reset.account_id));
    if (!reset || !account) throw invalid();
    const practice = await this.practiceOf(account);
    this.assertStrong(
      input.newPassword,
      { email: account.email, displayName: account.display_name },
      'newPassword',
    );
    const hash = await this.passwords.hash(input.newPassword);
    return this.dataSource.transaction(async (tx) => {
      const used = await changed(
        tx,
        `UPDATE password_reset SET used_at = now() WHERE practice_id = $1 AND id = $2 AND used_at IS NULL RETURNING 1`,
        [parsed.practiceId, reset.id],
      );
      if (used.length !== 1) throw invalid();
      await this.accounts.setPassword(tx, parsed.practiceId, account.id, hash);
      await this.sessions.endAllFor(tx, parsed.practiceId, account.id);
      await this.audit.record(
        {
          practiceId: parsed.practiceId,
          actorAccountId: account.id,
          actorRole: account.role,
          action: 'auth.password.reset',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
      if (account.totp_enabled_at || (account.role !== 'client' && practice.require_two_factor)) {
        return {
          result: {
            status: account.totp_enabled_at ? 'two-factor-required' : 'two-factor-setup-required',
            challenge: await this.createChallenge(account, tx),
          },
        };
      }
      return this.startSession(tx, account, practice, ctx);
    });
  }

  /** Settings page: start turning on 2FA (the secret is kept but not active until a code proves it). */
  async beginTwoFactor(actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    if (account.totp_enabled_at)
      throw new AppError(
        'CONFLICT',
        'Two-factor is already on',
        'Turn it off first to move it to another device.',
      );
    const secret = newTotpSecret();
    await this.accounts.setTotp(this.dataSource, actor.practiceId, actor.accountId, secret, false);
    return { secret, otpauthUri: totpUri(secret, account.email) };
  }

  async enableTwoFactor(actor: Actor, code: string, ctx: RequestMeta): Promise<{ recoveryCodes: string[] }> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account?.totp_secret || account.totp_enabled_at)
      throw new AppError('CONFLICT', 'Start two-factor setup first');
    if (!(await this.takeTotp(account, code)))
      throw new AppError(
        'INVALID_TWO_FACTOR_CODE',
        'That code did not work',
        'Check the code in your authenticator app and try again.',
        [{ path: 'code', message: 'That code did not work.' }],
      );
    const recoveryCodes = newRecoveryCodes();
    await this.dataSource.transaction(async (tx) => {
      await this.accounts.setTotp(tx, actor.practiceId, actor.accountId, account.totp_secret, true);
      // This session has just proved the second factor.
      await this.sessions.markTwoFactor(tx, actor.practiceId, actor.sessionId);
      await this.accounts.replaceRecoveryCodes(
        tx,
        actor.practiceId,
        actor.accountId,
        recoveryCodes.map(hashRecoveryCode),
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          action: 'auth.two-factor.enable',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
    });
    return { recoveryCodes };
  }

  async disableTwoFactor(actor: Actor, password: string, ctx: RequestMeta): Promise<void> {
    const account = await this.confirmPassword(actor, password);
    const practice = await this.practiceOf(account);
    if (practice.require_two_factor && account.role !== 'client') {
      throw new AppError(
        'FORBIDDEN',
        'Two-factor is required here',
        'Your practice requires two-factor sign-in, so it cannot be turned off.',
      );
    }
    await this.dataSource.transaction(async (tx) => {
      await this.accounts.setTotp(tx, actor.practiceId, actor.accountId, null, false);
      await this.accounts.replaceRecoveryCodes(tx, actor.practiceId, actor.accountId, []);
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          action: 'auth.two-factor.disable',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
    });
  }

  async regenerateRecoveryCodes(
    actor: Actor,
    password: string,
    ctx: RequestMeta,
  ): Promise<{ recoveryCodes: string[] }> {
    const account = await this.confirmPassword(actor, password);
    if (!account.totp_enabled_at)
      throw new AppError('CONFLICT', 'Two-factor is off', 'Turn on two-factor sign-in first.');
    const recoveryCodes = newRecoveryCodes();
    await this.dataSource.transaction(async (tx) => {
      await this.accounts.replaceRecoveryCodes(
        tx,
        actor.practiceId,
        actor.accountId,
        recoveryCodes.map(hashRecoveryCode),
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          action: 'auth.recovery-codes.regenerate',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
    });
    return { recoveryCodes };
  }

  /** Creates a session (new id at every login) and returns the signed-in result plus the cookie to set. */
  async startSession(
    tx: EntityManager | Db,
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
    if (audit)
      await this.audit.record(
        {
          practiceId: account.practice_id,
          actorAccountId: account.id,
          actorRole: account.role,
          action: 'auth.login',
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
    return {
      result: { status: 'signed-in', session: sessionView(account, practice, s.csrfToken, s.expiresAt) },
      cookie: s.cookie,
    };
  }

  private async confirmPassword(actor: Actor, password: string): Promise<AccountRow> {
    const account = await this.accounts.find(actor.practiceId, actor.accountId);
    if (!account || !(await this.passwords.verify(account.password_hash, password))) {
      throw new AppError('INVALID_CREDENTIALS', 'Password not right', 'Confirm with your current password.', [
        { path: 'password', message: 'The password is not right.' },
      ]);
    }
    return account;
  }

  /** A valid TOTP code of a time step after the last one taken, taken now: a code is good once. */
  private async takeTotp(account: AccountRow, code: string): Promise<boolean> {
    if (!account.totp_secret) return false;
    const last = account.totp_last_step === null ? null : Number(account.totp_last_step);
    const step = await totpStepOf(account.totp_secret, code, last);
    return (
      step !== null &&
      (await this.accounts.takeTotpStep(
        this.dataSource,
        account.practice_id,
        account.id,
        account.totp_secret,
        step,
      ))
    );
  }

  private async practiceOf(account: AccountRow): Promise<PracticeRow> {
    const practice = await this.accounts.findPractice(account.practice_id);
    if (!practice) throw new Error(`practice ${account.practice_id} missing`);
    return practice;
  }

  /** A sign-in challenge for the 2FA step (used after accepting an invitation, too). */
  createChallengeFor(account: AccountRow, db: Db = this.dataSource): Promise<string> {
    return this.createChallenge(account, db);
  }

  private async createChallenge(account: AccountRow, db: Db = this.dataSource): Promise<string> {
    const token = randomToken();
    await db.query(
      `INSERT INTO login_challenge (practice_id, id, account_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [account.practice_id, hashToken(token), account.id, CHALLENGE_MINUTES],
    );
    return composeToken(account.practice_id, token);
  }

  private async loadChallenge(
    challengeToken: string,
  ): Promise<{ account: AccountRow; practiceId: string; challengeId: string }> {
    const parsed = parseComposedToken(challengeToken);
    const expired = () => new AppError('UNAUTHENTICATED', 'Sign-in expired', 'Please sign in again.');
    if (!parsed) throw expired();
    const challengeId = hashToken(parsed.token);
    const row = await one<{ account_id: string }>(
      this.dataSource,
      `SELECT account_id FROM login_challenge WHERE practice_id = $1 AND id = $2 AND expires_at > now()`,
      [parsed.practiceId, challengeId],
    );
    const account = row && (await this.accounts.find(parsed.practiceId, row.account_id));
    if (!account) throw expired();
    return { account, practiceId: parsed.practiceId, challengeId };
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
