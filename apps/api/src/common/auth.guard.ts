import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@askwell/domain';
import { AppError } from './app-error';
import type { FastifyReply } from 'fastify';
import { IS_PUBLIC, type RequestWithActor, ROLES_KEY } from './actor';
import { AuditService } from '../modules/audit/audit.service';
import { SessionCookie } from '../modules/auth/session.cookie';
import { type ResolvedSession, SessionService } from '../modules/auth/session.service';
import { safeEqual } from '../modules/auth/tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route is private unless marked @Public(). State-changing requests must come from our own origin
 * (Fetch Metadata / Origin) and, when signed in, carry the session's CSRF token in X-CSRF-Token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) this.assertSameOrigin(request);

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const session = await this.sessions.resolveCookie(this.cookie.read(request));
    if (!session)
      throw new AppError(
        'UNAUTHENTICATED',
        'Please sign in',
        'Your session has ended or you are not signed in.',
      );
    if (unsafe) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !safeEqual(given, session.csrfToken)) {
        throw new AppError(
          'CSRF_REJECTED',
          'Request refused',
          'The request did not carry a valid CSRF token. Reload the page and try again.',
        );
      }
    }
    if (session.twoFactorMissing) await this.endForTwoFactor(context, request, session);
    request.actor = {
      practiceId: session.practiceId,
      accountId: session.accountId,
      role: session.role,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
      timeZone: session.timeZone,
    };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(session.role))
      throw new AppError('FORBIDDEN', 'Not allowed', 'Your role cannot do this.');
    return true;
  }

  /**
   * The practice requires two-step sign-in and this session was opened without it (before the owner turned the
   * requirement on, or before the account had it): it ends here, and the answer says what signing in again will
   * ask for, the same steps as sign-in (set it up, or enter a code). Audited.
   */
  private async endForTwoFactor(
    context: ExecutionContext,
    request: RequestWithActor,
    session: ResolvedSession,
  ): Promise<never> {
    await this.sessions.end(session.practiceId, session.sessionId);
    this.cookie.clear(context.switchToHttp().getResponse<FastifyReply>());
    await this.audit.record({
      practiceId: session.practiceId,
      actorAccountId: session.accountId,
      actorRole: session.role,
      action: 'auth.session.two-factor-required',
      ip: request.ip,
      outcome: 'denied',
      detail: { missing: session.twoFactorMissing },
    });
    throw session.twoFactorMissing === 'setup'
      ? new AppError(
          'TWO_FACTOR_SETUP_REQUIRED',
          'Set up two-step sign-in',
          'Your practice now requires two-step sign-in. Sign in again to set it up with an authenticator app.',
        )
      : new AppError(
          'TWO_FACTOR_REQUIRED',
          'Sign in with a code',
          'Your practice now requires two-step sign-in, and this session was opened without it. Sign in again with a code from your authenticator app.',
        );
  }

  private assertSameOrigin(request: RequestWithActor): void {
    if (request.headers['sec-fetch-site'] === 'cross-site') {
      throw new AppError('CSRF_REJECTED', 'Request refused', 'Cross-site requests are not accepted.');
    }
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        host = undefined;
      }
      if (host !== request.headers.host)
        throw new AppError(
          'CSRF_REJECTED',
          'Request refused',
          'Requests from another origin are not accepted.',
        );
    } else if (origin === 'null') {
      throw new AppError(
        'CSRF_REJECTED',
        'Request refused',
        'Requests from an opaque origin are not accepted.',
      );
    }
  }
}
