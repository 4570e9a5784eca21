import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError, notFound } from './app-error';

/**
 * What a controller takes from a request and hands to a service as plain values, so services know no HTTP:
 * `@Meta()` (where the request came from, for the audit log), `@IfMatch()` (the version the client last saw),
 * `@IdempotencyKey()` (a create's key, with its route and body hashed) and `IdPipe` (an id that is not a
 * UUID is a resource that does not exist: 404, not a database error). `@CurrentActor()` (actor.ts) is the fourth.
 */

/** Where a request came from: for the audit log and rate limits. */
export interface RequestMeta {
  ip: string;
  userAgent: string | undefined;
}

export const requestMetaOf = (request: FastifyRequest): RequestMeta => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'],
});

const requestOf = (ctx: ExecutionContext): FastifyRequest => ctx.switchToHttp().getRequest<FastifyRequest>();

export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta =>
  requestMetaOf(requestOf(ctx)),
);

/**
 * The If-Match header as sent. Updates check it against the row's version once they have read the row (so a
 * missing resource is still 404): missing → 428, not the current version → 412, so two people editing the same
 * thing never silently overwrite each other.
 */
export class IfMatchHeader {
  constructor(private readonly header: string | undefined) {}

  /** Throws unless the header names `currentVersion`; returns it. */
  check(currentVersion: number): number {
    if (!this.header)
      throw new AppError(
        'PRECONDITION_REQUIRED',
        'Version required',
        'Send If-Match with the ETag you last read, so changes by others are not overwritten.',
      );
    const match = /^"v(\d+)"$/.exec(this.header.trim());
    if (!match || Number(match[1]) !== currentVersion) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'Changed by someone else',
        'This was changed since you opened it. Reload to see the latest version, then make your change again.',
      );
    }
    return currentVersion;
  }
}

export const IfMatch = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): IfMatchHeader => new IfMatchHeader(requestOf(ctx).headers['if-match']),
);

/**
 * A create's Idempotency-Key, with what identifies the request it was first sent with. The hash is taken when
 * first read, by the service, so only a body the validation pipe has accepted is walked (a body nested
 * thousands deep is a 400 from the pipe, never a stack overflow here).
 */
export class RequestKey {
  private digest: string | undefined;

  constructor(
    readonly key: string,
    /** `METHOD url` */
    readonly route: string,
    private readonly body: unknown,
  ) {}

  /** sha256 of the route and the canonical body */
  get hash(): string {
    this.digest ??= createHash('sha256')
      .update(this.route)
      .update('\n')
      .update(canonical(this.body))
      .digest('hex');
    return this.digest;
  }
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The request's key, or null without the header; 400 when the header is not 1–200 visible ASCII characters. */
export function requestKeyOf(request: FastifyRequest): RequestKey | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return null;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (!KEY.test(key)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is not valid',
      'Idempotency-Key must be 1–200 visible ASCII characters.',
      [{ path: 'Idempotency-Key', message: 'Use 1–200 visible ASCII characters, e.g. a UUID.' }],
    );
  }
  return new RequestKey(key, `${request.method} ${request.url}`, request.body);
}

export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestKey | null =>
  requestKeyOf(requestOf(ctx)),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * `@Param('id', new IdPipe('The entry'))`: an id that is not a UUID names nothing that exists, so it is 404 (in
 * the same words as a missing or foreign row), never a database cast error.
 */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly what = 'The resource') {}

  transform(value: string): string {
    if (!isUuid(value)) throw notFound(this.what);
    return value;
  }
}
