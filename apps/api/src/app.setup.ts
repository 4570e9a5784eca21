import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { toProblem } from './common/problem-details.filter';
import { AppError } from './common/app-error';
import { buildOpenApiDocument } from './openapi/document';
import { acceptJsonBodiesOnly, frameworkErrorAsProblem } from './common/json-only';

const DASHBOARD_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Mantine writes its theme variables into a <style> element and React sets style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Keeps a caller's well-formed X-Request-Id (for tracing across services), otherwise makes one. */
function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.trustProxy,
    genReqId: requestIdFor,
    bodyLimit: 1024 * 1024,
    // Reject __proto__ / constructor.prototype in JSON bodies instead of parsing them.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorAsProblem,
  });
}

/** Everything main.ts does to the app before listening, shared with the tests so they run the real thing. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'api/health', method: RequestMethod.GET },
      { path: 'api/health/ready', method: RequestMethod.GET },
    ],
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_CSP },
    // The dashboard is served from our own origin; nothing of ours is meant to be framed or embedded.
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  const fastify = app.getHttpAdapter().getInstance();
  acceptJsonBodiesOnly(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    const url = request.url;
    if (url === '/api/docs' || url.startsWith('/api/docs/')) {
      // Swagger UI boots from an inline script: a looser policy for the docs pages only.
      void reply.header('content-security-policy', DOCS_CSP);
    } else if (url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      // Client content must not sit in a browser or proxy cache after logout.
      void reply.header('cache-control', 'no-store');
    }
  });

  const document = buildOpenApiDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveDashboard(app, config);
}

/** The built dashboard at `/`; unknown non-API paths get index.html so client-side routes survive a reload. */
async function serveDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = path.join(config.dashboardDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: config.dashboardDir,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        void res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  fastify.get('/*', async (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || !built) {
      const isApi = request.url === '/api' || request.url.startsWith('/api/');
      const detail =
        isApi || built
          ? `No route ${request.method} ${request.url}.`
          : 'The dashboard is not built: run npm start or npm run build.';
      const { problem } = toProblem(new AppError('NOT_FOUND', 'Not found', detail));
      const body = { ...problem, instance: request.url, requestId: request.id };
      return reply.status(404).header('content-type', 'application/problem+json; charset=utf-8').send(body);
    }
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(fs.createReadStream(indexFile));
  });
}
