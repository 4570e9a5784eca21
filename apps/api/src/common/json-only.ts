import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { toProblem } from './problem-details.filter';

/** Methods whose body Fastify would read (and a GET or HEAD body is never read). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/** application/json, in any case, with no parameter but charset=utf-8 (RFC 8259: JSON is UTF-8). */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

/**
 * JSON only: a request with a body of any other type (an HTML form, text, multipart, XML, JSON in UTF-16) is
 * refused with 415 before its body is read, so no parser (Nest registers one for forms) ever turns it into
 * arguments and nothing runs that could change anything.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const type = request.headers['content-type'];
    if (!BODY_METHODS.has(request.method) || !hasBody(request) || isJsonContentType(type)) return done();
    done(
      new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send JSON',
        `Request bodies are application/json (UTF-8) only; this one was ${type ? JSON.stringify(type) : 'sent without a Content-Type'}.`,
      ),
    );
  });
}

/**
 * Fastify's router answers a few errors itself, before any route or hook (a path parameter longer than
 * maxParamLength: 414; a URL whose percent-encoding does not decode: 400): as problem details, like the rest.
 */
export function frameworkErrorAsProblem(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const { problem } = toProblem(error);
  void reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('x-request-id', String(request.id))
    .header('cache-control', 'no-store')
    .send({ ...problem, instance: request.url, requestId: String(request.id) });
}
