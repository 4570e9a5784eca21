import { Inject, Injectable } from '@nestjs/common';
import { SESSION_ABSOLUTE_HOURS } from '@askwell/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** The session cookie's name: `__Host-` (Secure, no Domain, Path=/) when the public URL is https. */
export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-askwell_session' : 'askwell_session';
}

/**
 * The session cookie, the HTTP side of sessions: read from a request, set and cleared on a reply. The
 * controllers and (through SessionService's thin request methods) the guard use it; SessionService itself
 * takes the cookie's value. HttpOnly, SameSite=Lax, Secure behind https, for the absolute session lifetime.
 */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get name(): string {
    return sessionCookieName(this.config);
  }

  read(request: FastifyRequest): string | undefined {
    return request.cookies[this.name];
  }

  set(reply: FastifyReply, value: string): void {
    void reply.setCookie(this.name, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: SESSION_ABSOLUTE_HOURS * 3600,
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(this.name, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
    });
  }
}
