import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { TwoFactorLoginSchema } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import type { Actor } from '../../common/actor';
import { AuditService } from '../audit/audit.service';
import { AccountRepository, type AccountRow } from './account.repository';
import { accountEvent } from './auth.audit';
import { AuthService, type Signed } from './auth.service';
import { PasswordService } from './password.service';
import { RATE_RULES, RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { SignInRepository } from './sign-in.repository';
import { hashToken, parseComposedToken } from './tokens';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStepOf, totpUri } from './two-factor';

/**
 * Two-factor sign-in: the second sign-in step (a code or a recovery code for a challenge, setting it up there
 * when the practice requires it), and turning it on and off and replacing recovery codes from the settings page.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(SignInRepository) private readonly signIns: SignInRepository,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(RateLimitService) private readonly rateLimits: RateLimitService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

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
      await this.audit.record(
        accountEvent(account, ctx, { action: 'auth.login.two-factor', outcome: 'failure' }),
      );
      throw new AppError(
        'INVALID_TWO_FACTOR_CODE',
        'That code did not work',
        'Check the code in your authenticator app (it changes every 30 seconds) and try again.',
      );
    }
    const practice = await this.auth.practiceOf(account);
    return this.dataSource.transaction(async (tx) => {
      await this.signIns.deleteChallenge(tx, practiceId, challengeId);
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
        await this.audit.record(accountEvent(account, ctx, { action: 'auth.two-factor.enable' }), tx);
      }
      const signed = await this.auth.startSession(
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
      await this.audit.note(actor, ctx, { action: 'auth.two-factor.enable' }, tx);
    });
    return { recoveryCodes };
  }

  async disableTwoFactor(actor: Actor, password: string, ctx: RequestMeta): Promise<void> {
    const account = await this.confirmPassword(actor, password);
    const practice = await this.auth.practiceOf(account);
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
      await this.audit.note(actor, ctx, { action: 'auth.two-factor.disable' }, tx);
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
      await this.audit.note(actor, ctx, { action: 'auth.recovery-codes.regenerate' }, tx);
    });
    return { recoveryCodes };
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

  /** The account a sign-in challenge (AuthService.createChallenge) is for, while it is live. */
  private async loadChallenge(
    challengeToken: string,
  ): Promise<{ account: AccountRow; practiceId: string; challengeId: string }> {
    const parsed = parseComposedToken(challengeToken);
    const expired = () => new AppError('UNAUTHENTICATED', 'Sign-in expired', 'Please sign in again.');
    if (!parsed) throw expired();
    const challengeId = hashToken(parsed.token);
    const accountId = await this.signIns.challengeAccount(parsed.practiceId, challengeId);
    const account = accountId && (await this.accounts.find(parsed.practiceId, accountId));
    if (!account) throw expired();
    return { account, practiceId: parsed.practiceId, challengeId };
  }
}
