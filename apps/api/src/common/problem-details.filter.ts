import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '@askwell/domain';
import { AppError, type FieldError, fromDomainError, type ProblemCode } from './app-error';

/** RFC 9457 problem details, with our stable `code` and, for validation, `errors[{path,message}]`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ProblemCode;
  errors?: FieldError[];
  requestId?: string;
}

const HTTP_CODES: Record<number, ProblemCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  428: 'PRECONDITION_REQUIRED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const TITLES: Partial<Record<ProblemCode, string>> = {
  MALFORMED_REQUEST: 'Malformed request',
  NOT_FOUND: 'Not found',
  PAYLOAD_TOO_LARGE: 'Request too large',
  URI_TOO_LONG: 'Address too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  INTERNAL: 'Something went wrong on our side',
};

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a statusCode. */
function isFastifyError(e: unknown): e is { statusCode: number; message: string; code?: string } {
  return (
    typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number'
  );
}

const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const DB_UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** The database is down or restarting (not a bug): 503 with Retry-After, so clients and proxies wait and retry. */
function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const { code, message } = cur as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && DB_UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && DB_UNAVAILABLE_MESSAGES.test(message)) return true;
    cur =
      (cur as { driverError?: unknown; cause?: unknown }).driverError ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

export function toProblem(exception: unknown): {
  problem: Omit<ProblemDetails, 'instance' | 'requestId'>;
  headers?: Record<string, string>;
} {
  if (isDomainError(exception)) return toProblem(fromDomainError(exception));
  if (exception instanceof AppError) {
    return {
      problem: {
        type: `about:blank#${exception.code}`,
        title: exception.title,
        status: exception.status,
        code: exception.code,
        ...(exception.detail ? { detail: exception.detail } : {}),
        ...(exception.errors ? { errors: exception.errors } : {}),
      },
      ...(exception.headers ? { headers: exception.headers } : {}),
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return toProblem(
      new AppError(
        'SERVICE_UNAVAILABLE',
        'Temporarily unavailable',
        'The database is not reachable just now. Please try again in a moment.',
        undefined,
        { 'retry-after': '2' },
      ),
    );
  }
  let status = 500;
  let detail: string | undefined;
  if (exception instanceof HttpException) {
    status = exception.getStatus();
    const body = exception.getResponse();
    detail = typeof body === 'string' ? body : exception.message;
  } else if (isFastifyError(exception) && exception.statusCode >= 400 && exception.statusCode < 500) {
    status = exception.statusCode;
    detail = exception.message;
  }
  const code: ProblemCode =
    status >= 500
      ? status === 503
        ? 'SERVICE_UNAVAILABLE'
        : 'INTERNAL'
      : (HTTP_CODES[status] ?? 'MALFORMED_REQUEST');
  if (code === 'INTERNAL')
    detail = 'The error was logged. Please try again; if it keeps happening, tell us the request id.';
  return {
    problem: {
      type: `about:blank#${code}`,
      title:
        TITLES[code] ??
        code
          .toLowerCase()
          .replace(/_/g, ' ')
          .replace(/^./, (c) => c.toUpperCase()),
      status,
      code,
      ...(detail ? { detail } : {}),
    },
  };
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const { problem, headers } = toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    const body: ProblemDetails = { ...problem, instance: request.url, requestId: String(request.id) };
    if (headers) void reply.headers(headers);
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(body);
  }
}
