import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ChangePasswordSchema, PasswordResetConfirmSchema } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import type { Actor } from '../../common/actor';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { AccountRepository } from './account.repository';
import { accountEvent } from './auth.audit';
import { AuthService, type Signed } from './auth.service';
import { PasswordService } from './password.service';
import { RATE_RULES, RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { SignInRepository } from './sign-in.repository';
import { composeToken, hashToken, parseComposedToken, randomToken } from './tokens';

/** Changing the password when signed in, and resetting it from an emailed link. */

const RESET_MINUTES = 60;

@Injectable()
export class PasswordChangeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(SignInRepository) private readonly signIns: SignInRepository,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(RateLimitService) private readonly rateLimits: RateLimitService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MailService) private readonly mail: MailService,
  ) {}

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
    const practice = await this.auth.practiceOf(account);
    this.auth.assertStrong(
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
      await this.audit.note(actor, ctx, { action: 'auth.password.change' }, tx);
      return this.auth.startSession(tx, account, practice, ctx, false, twoFactor);
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
    await this.signIns.insertReset({
      practiceId: account.practice_id,
      tokenHash: hashToken(token),
      accountId: account.id,
      minutes: RESET_MINUTES,
    });
    await this.audit.record(accountEvent(account, ctx, { action: 'auth.password.reset-request' }));
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
    const reset = await this.signIns.usableReset(parsed.practiceId, hashToken(parsed.token));
    const account = reset && (await this.accounts.find(parsed.practiceId, reset.account_id));
    if (!reset || !account) throw invalid();
    const practice = await this.auth.practiceOf(account);
    this.auth.assertStrong(
      input.newPassword,
      { email: account.email, displayName: account.display_name },
      'newPassword',
    );
    const hash = await this.passwords.hash(input.newPassword);
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.signIns.useReset(tx, parsed.practiceId, reset.id))) throw invalid();
      await this.accounts.setPassword(tx, parsed.practiceId, account.id, hash);
      await this.sessions.endAllFor(tx, parsed.practiceId, account.id);
      await this.audit.record(accountEvent(account, ctx, { action: 'auth.password.reset' }), tx);
      if (account.totp_enabled_at || (account.role !== 'client' && practice.require_two_factor)) {
        return {
          result: {
            status: account.totp_enabled_at ? 'two-factor-required' : 'two-factor-setup-required',
            challenge: await this.auth.createChallenge(account, tx),
          },
        };
      }
      return this.auth.startSession(tx, account, practice, ctx);
    });
  }
}
