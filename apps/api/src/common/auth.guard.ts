import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@askwell/domain';
import { AppError } from './app-error';
import { IS_PUBLIC, type RequestWithActor, ROLES_KEY } from './actor';
import { SessionService } from '../modules/auth/session.service';
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) this.assertSameOrigin(request);

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const session = await this.sessions.resolve(request);
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
