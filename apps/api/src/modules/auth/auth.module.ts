import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/auth.guard';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { AccountRepository } from './account.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordChangeService } from './password-change.service';
import { PasswordService } from './password.service';
import { RateLimitRepository } from './rate-limit.repository';
import { RateLimitService } from './rate-limit.service';
import { SessionCookie } from './session.cookie';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SignInRepository } from './sign-in.repository';
import { TwoFactorService } from './two-factor.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordChangeService,
    TwoFactorService,
    AccountRepository,
    SignInRepository,
    PasswordService,
    RateLimitService,
    RateLimitRepository,
    SessionService,
    SessionRepository,
    SessionCookie,
    AuditService,
    AuditRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AuthService,
    AccountRepository,
    PasswordService,
    RateLimitService,
    SessionService,
    SessionCookie,
    AuditService,
    AuditRepository,
  ],
})
export class AuthModule {}
