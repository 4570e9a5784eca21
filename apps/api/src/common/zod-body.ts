import { Body, type PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { formatZodIssues } from '@askwell/domain';
import { z } from 'zod';
import { AppError } from './app-error';

/** JSON Schema of a zod schema for OpenAPI: the wire contract comes from libs/domain, written once. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<
    string,
    unknown
  >;
  delete json['$schema'];
  return json;
}

/** NUL, or half of a surrogate pair (JSON allows `"\\ud800"`; it is not Unicode text). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (value or object key) PostgreSQL cannot store: it takes NUL in neither `text`
 * nor `jsonb`, and refuses a lone surrogate in `jsonb`, so such a body would fail at the database with a 500.
 */
export function findUnstorableText(value: unknown): string | undefined {
  // Iterative, so a body nested thousands of levels deep cannot overflow the stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  const show = (path: (string | number)[]) => JSON.stringify(path.join('.')).slice(1, -1) || '(body)';
  while (stack.length) {
    const { value: v, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return show(path);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ value: x, path: path.length < 20 ? [...path, i] : path }));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (UNSTORABLE.test(k)) return show([...path, k]);
        stack.push({ value: x, path: path.length < 20 ? [...path, k] : path });
      }
    }
  }
  return undefined;
}

export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const bad = findUnstorableText(value);
    if (bad !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
        { path: bad, message: 'Text cannot contain NUL (U+0000) or half of a surrogate pair.' },
      ]);
    }
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        'The request is not valid',
        'Some fields need attention.',
        formatZodIssues(result.error),
      );
    }
    return result.data;
  }
}

/** The zod schema of a handler's body, kept on the handler for the OpenAPI document (request examples). */
export const ZOD_BODY_SCHEMA = 'askwell:zod-body-schema';

/** `@ZodBody(Schema)` validates the body with a domain schema and documents it in OpenAPI. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, propertyKey, index) => {
    Body(new ZodValidationPipe(schema))(target, propertyKey, index);
    if (propertyKey !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
      if (descriptor) {
        ApiBody({ schema: openApiSchema(schema) })(target, propertyKey, descriptor);
        Reflect.defineMetadata(ZOD_BODY_SCHEMA, schema, descriptor.value as object);
      }
    }
  };
}
