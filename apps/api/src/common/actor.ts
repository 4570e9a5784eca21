import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@askwell/domain';
import type { FastifyRequest } from 'fastify';

/** Who is acting: set by the AuthGuard from the session cookie, read by controllers. */
export interface Actor {
  practiceId: string;
  accountId: string;
  role: Role;
  sessionId: string;
  csrfToken: string;
  /** The account's IANA time zone as of the session lookup at the start of the request. */
  timeZone: string;
}

export type RequestWithActor = FastifyRequest & { actor?: Actor };

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});

export const IS_PUBLIC = 'askwell:public';
export const ROLES_KEY = 'askwell:roles';

/** The route needs no session (sign-up, login, invitation accept, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** The route is for these roles only; without it, any signed-in account may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
