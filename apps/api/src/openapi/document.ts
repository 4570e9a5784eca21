import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { z } from 'zod';
import type { AppConfig } from '../config/config';
import { IS_PUBLIC, ROLES_KEY } from '../common/actor';
import { ZOD_BODY_SCHEMA } from '../common/zod-body';
import { sessionCookieName } from '../modules/auth/session.cookie';
import {
  API_PROBLEMS,
  byStatus,
  CODE_MEANING,
  DOCUMENTED_STATUS,
  type DocumentedCode,
  problemsFor,
  type RouteFacts,
} from './problems';
import { REQUEST_EXAMPLES } from './request-examples';

/** The security schemes' names in the document. */
export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

/** One route handler, found through Nest's module container; `operationId` is how @nestjs/swagger names it. */
export interface RouteHandler {
  operationId: string;
  controller: abstract new (...args: never[]) => unknown;
  handler: (...args: never[]) => unknown;
  isPublic: boolean;
  roles: readonly string[] | undefined;
  declared: readonly DocumentedCode[];
  bodySchema: z.ZodType | undefined;
}

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown; examples?: unknown; example?: unknown }> };
  responses: Record<string, { description?: string; content?: unknown; headers?: unknown }>;
  security?: Record<string, string[]>[];
};

/** Every controller method of the app, keyed by its operationId (`<Controller>_<method>`). */
export function routeHandlers(app: INestApplication): Map<string, RouteHandler> {
  const handlers = new Map<string, RouteHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as RouteHandler['controller'] | null;
      if (!controller) continue;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const meta = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        handlers.set(`${controller.name}_${name}`, {
          operationId: `${controller.name}_${name}`,
          controller,
          handler: handler as RouteHandler['handler'],
          isPublic: meta<boolean>(IS_PUBLIC) === true,
          roles: meta<string[]>(ROLES_KEY),
          declared: (Reflect.getMetadata(API_PROBLEMS, handler) as DocumentedCode[] | undefined) ?? [],
          bodySchema: Reflect.getMetadata(ZOD_BODY_SCHEMA, handler) as z.ZodType | undefined,
        });
      }
    }
  }
  return handlers;
}

function problemSchemas(): Record<string, unknown> {
  return {
    ProblemFieldError: {
      type: 'object',
      required: ['path', 'message'],
      properties: {
        path: { type: 'string', description: 'The field, e.g. `plan.plannedOn` or `Idempotency-Key`' },
        message: {
          type: 'string',
          description: 'What to change, written for the person filling in the form',
        },
      },
    },
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details, with a stable `code` to switch on.',
      required: ['type', 'title', 'status', 'code'],
      properties: {
        type: { type: 'string', description: '`about:blank#<code>`', example: 'about:blank#NOT_FOUND' },
        title: { type: 'string', example: 'Not found' },
        status: { type: 'integer', minimum: 400, maximum: 599, example: 404 },
        detail: { type: 'string', example: 'The client does not exist or you cannot see it.' },
        instance: { type: 'string', description: 'The request path', example: '/api/v1/clients/…' },
        code: { type: 'string', enum: Object.keys(DOCUMENTED_STATUS).sort() },
        errors: {
          type: 'array',
          description: 'For VALIDATION_FAILED (and some other 400s): one item per field',
          items: { $ref: '#/components/schemas/ProblemFieldError' },
        },
        requestId: {
          type: 'string',
          description: 'Same as the X-Request-Id header and the log line',
          example: 'b3c1c7de-0c0e-4a53-9a58-6a1f9b3c2b11',
        },
      },
    },
  };
}

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
};

function problemResponse(
  status: number,
  codes: DocumentedCode[],
  existing: { description?: string } | undefined,
): Operation['responses'][string] {
  const lines = codes.map((c) => `- \`${c}\`: ${CODE_MEANING[c]}`);
  const intro = existing?.description ? `${existing.description}\n\n` : '';
  return {
    description: `${intro}Problem details; \`code\` is one of:\n${lines.join('\n')}`,
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            { type: 'object', properties: { code: { type: 'string', enum: codes } } },
          ],
        },
      },
    },
  };
}

function factsOf(method: string, op: Operation, route: RouteHandler): RouteFacts {
  const params = op.parameters ?? [];
  const named = (where: string) => params.filter((p) => p.in === where).map((p) => p.name);
  return {
    method,
    isPublic: route.isPublic,
    roles: route.roles,
    hasBody: op.requestBody !== undefined,
    queryParams: named('query'),
    pathParams: named('path'),
    headers: named('header'),
    declared: route.declared,
  };
}

/**
 * Completes what @nestjs/swagger derives from the controllers, from the same metadata the guard acts on:
 * security per operation (`[]` on @Public() routes; the session cookie, and the CSRF header on changes), every
 * problem answer a route can give (problemsFor), and each request body's example. Throws on an operation it
 * cannot match to a handler, so a route is never left undocumented silently.
 */
export function completeDocument(document: OpenAPIObject, app: INestApplication, config: AppConfig): void {
  const handlers = routeHandlers(app);
  document.servers = [{ url: config.publicUrl, description: 'This Askwell server (PUBLIC_URL)' }];
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...problemSchemas() } as never,
    securitySchemes: {
      [SESSION_SCHEME]: {
        type: 'apiKey',
        in: 'cookie',
        name: sessionCookieName(config),
        description:
          'The session cookie (HttpOnly, SameSite=Lax) set by sign-in, accepting an invitation or a password reset; `__Host-askwell_session` and Secure when PUBLIC_URL is https.',
      },
      [CSRF_SCHEME]: {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description:
          'The session’s CSRF token (`csrfToken` in the sign-in answer and in GET /api/v1/auth/session), required with the session cookie on every POST, PUT, PATCH and DELETE.',
      },
    },
  };
  for (const ops of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = ops[method] as Operation | undefined;
      if (!op) continue;
      const route = op.operationId ? handlers.get(op.operationId) : undefined;
      if (!route) throw new Error(`OpenAPI: no route handler for operation ${op.operationId ?? '(unnamed)'}`);
      const unsafe = UNSAFE.has(method);
      op.security = route.isPublic
        ? []
        : [unsafe ? { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] } : { [SESSION_SCHEME]: [] }];
      if (route.roles?.length) {
        const who = `Only for: ${route.roles.join(', ')}.`;
        op.description = op.description ? `${op.description}\n\n${who}` : who;
      }
      for (const [status, codes] of byStatus(problemsFor(factsOf(method, op, route)))) {
        op.responses[String(status)] = problemResponse(status, codes, op.responses[String(status)]);
      }
      const examples = REQUEST_EXAMPLES[op.operationId as string];
      const json = op.requestBody?.content?.['application/json'];
      if (json && examples) json.examples = examples;
    }
  }
}

/** The OpenAPI document the app serves at /api/docs-json. */
export function buildOpenApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Askwell API')
      .setDescription(
        'Between-session help-seeking practice. Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`. Sign in to get the session cookie; send its `csrfToken` as X-CSRF-Token on every change.',
      )
      .setVersion('1')
      .build(),
  );
  // Proprietary (package.json "license": "UNLICENSED"): no SPDX licence applies, so a name and no URL.
  document.info.license = { name: 'Proprietary (UNLICENSED): all rights reserved' };
  completeDocument(document, app, config);
  return document;
}
