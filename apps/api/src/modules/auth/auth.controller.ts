import { Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordSchema,
  LoginSchema,
  PasswordConfirmSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  SignUpSchema,
  TwoFactorEnableSchema,
  TwoFactorLoginSchema,
} from '@askwell/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, CurrentActor, Public } from '../../common/actor';
import { Meta, type RequestMeta } from '../../common/request';
import { ZodBody } from '../../common/zod-body';
import { AuthService } from './auth.service';
import type { LoginResult, SessionView } from './auth.views';
import { PasswordChangeService } from './password-change.service';
import { SessionCookie } from './session.cookie';
import { TwoFactorService } from './two-factor.service';
import { ApiProblems } from '../../openapi/problems';

const ChallengeSchema = z.object({ challenge: z.string().min(10).max(200) }).strict();

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(PasswordChangeService) private readonly passwords: PasswordChangeService,
    @Inject(TwoFactorService) private readonly twoFactor: TwoFactorService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
  ) {}

  private finish(reply: FastifyReply, signed: { result: LoginResult; cookie?: string }): LoginResult {
    if (signed.cookie) this.cookie.set(reply, signed.cookie);
    return signed.result;
  }

  @Public()
  @Post('sign-up')
  @ApiProblems('WEAK_PASSWORD', 'EMAIL_TAKEN', 'RATE_LIMITED')
  @ApiOperation({ summary: 'Create a practice and its owner, and sign the owner in' })
  async signUp(
    @ZodBody(SignUpSchema) body: z.output<typeof SignUpSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    return this.finish(reply, await this.auth.signUp(body, meta));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiProblems('INVALID_CREDENTIALS', 'RATE_LIMITED')
  @ApiOperation({ summary: 'Sign in with email and password; may ask for a two-factor code next' })
  async login(
    @ZodBody(LoginSchema) body: z.output<typeof LoginSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    return this.finish(reply, await this.auth.login(body, meta));
  }

  @Public()
  @Post('login/two-factor')
  @HttpCode(200)
  @ApiProblems('UNAUTHENTICATED', 'INVALID_TWO_FACTOR_CODE', 'RATE_LIMITED')
  @ApiOperation({ summary: 'Second sign-in step: a code from the authenticator app or a recovery code' })
  async loginTwoFactor(
    @ZodBody(TwoFactorLoginSchema) body: z.output<typeof TwoFactorLoginSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    return this.finish(reply, await this.twoFactor.loginTwoFactor(body, meta));
  }

  @Public()
  @Post('login/two-factor/setup')
  @HttpCode(200)
  @ApiProblems('UNAUTHENTICATED', 'CONFLICT')
  @ApiOperation({
    summary:
      'During sign-in, when the practice requires two-factor: get a secret to add to an authenticator app',
  })
  loginTwoFactorSetup(
    @ZodBody(ChallengeSchema) body: z.output<typeof ChallengeSchema>,
  ): Promise<{ secret: string; otpauthUri: string }> {
    return this.twoFactor.loginTwoFactorSetup(body.challenge);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  async logout(
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(actor, meta);
    this.cookie.clear(reply);
  }

  @Get('session')
  @ApiOperation({ summary: 'Who is signed in, their practice, and the CSRF token for changes' })
  session(@CurrentActor() actor: Actor): Promise<SessionView> {
    return this.auth.currentSession(actor);
  }

  @Post('password')
  @HttpCode(200)
  @ApiProblems('INVALID_CREDENTIALS', 'WEAK_PASSWORD')
  @ApiOperation({ summary: 'Change the password; ends every session and signs this one in again' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @ZodBody(ChangePasswordSchema) body: z.output<typeof ChangePasswordSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    return this.finish(reply, await this.passwords.changePassword(actor, body, meta));
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiProblems('RATE_LIMITED', 'SERVICE_UNAVAILABLE')
  @ApiOperation({
    summary: 'Email a reset link (same answer whether or not the email has an account); needs SMTP_URL',
  })
  async requestReset(
    @ZodBody(PasswordResetRequestSchema) body: z.output<typeof PasswordResetRequestSchema>,
    @Meta() meta: RequestMeta,
  ): Promise<{ status: 'sent-if-account-exists' }> {
    await this.passwords.requestPasswordReset(body.email, meta);
    return { status: 'sent-if-account-exists' };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiProblems('RESET_LINK_INVALID', 'WEAK_PASSWORD', 'RATE_LIMITED')
  @ApiOperation({ summary: 'Set a new password from a reset link' })
  async confirmReset(
    @ZodBody(PasswordResetConfirmSchema) body: z.output<typeof PasswordResetConfirmSchema>,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResult> {
    return this.finish(reply, await this.passwords.confirmPasswordReset(body, meta));
  }

  @Post('two-factor/setup')
  @HttpCode(200)
  @ApiProblems('CONFLICT')
  @ApiOperation({ summary: 'Start turning on two-factor sign-in: a secret for the authenticator app' })
  beginTwoFactor(@CurrentActor() actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
    return this.twoFactor.beginTwoFactor(actor);
  }

  @Post('two-factor/enable')
  @HttpCode(200)
  @ApiProblems('CONFLICT', 'INVALID_TWO_FACTOR_CODE')
  @ApiOperation({ summary: 'Confirm with a code; returns ten one-time recovery codes, shown once' })
  enableTwoFactor(
    @CurrentActor() actor: Actor,
    @ZodBody(TwoFactorEnableSchema) body: z.output<typeof TwoFactorEnableSchema>,
    @Meta() meta: RequestMeta,
  ): Promise<{ recoveryCodes: string[] }> {
    return this.twoFactor.enableTwoFactor(actor, body.code, meta);
  }

  @Post('two-factor/disable')
  @HttpCode(204)
  @ApiProblems('INVALID_CREDENTIALS', 'FORBIDDEN')
  @ApiOperation({ summary: 'Turn off two-factor sign-in (not where the practice requires it)' })
  disableTwoFactor(
    @CurrentActor() actor: Actor,
    @ZodBody(PasswordConfirmSchema) body: z.output<typeof PasswordConfirmSchema>,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.twoFactor.disableTwoFactor(actor, body.password, meta);
  }

  @Post('two-factor/recovery-codes')
  @HttpCode(200)
  @ApiProblems('INVALID_CREDENTIALS', 'CONFLICT')
  @ApiOperation({ summary: 'Replace the recovery codes' })
  regenerate(
    @CurrentActor() actor: Actor,
    @ZodBody(PasswordConfirmSchema) body: z.output<typeof PasswordConfirmSchema>,
    @Meta() meta: RequestMeta,
  ): Promise<{ recoveryCodes: string[] }> {
    return this.twoFactor.regenerateRecoveryCodes(actor, body.password, meta);
  }
}
