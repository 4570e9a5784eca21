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

/**
 * The path of the first string (value or object key) holding U+0000. PostgreSQL stores NUL in neither `text`
 * nor `jsonb`, so such a body would fail at the database with a 500 instead of a 400.
 */
export function findNul(value: unknown, path: (string | number)[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(body)' : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findNul(v, [...path, i]);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return [...path, k.replaceAll('\u0000', '\\u0000')].join('.');
      const found = findNul(v, [...path, k]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const nul = findNul(value);
    if (nul !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
        { path: nul, message: 'Text cannot contain the NUL character (U+0000).' },
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

/** `@ZodBody(Schema)` validates the body with a domain schema and documents it in OpenAPI. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, propertyKey, index) => {
    Body(new ZodValidationPipe(schema))(target, propertyKey, index);
    if (propertyKey !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
      if (descriptor) ApiBody({ schema: openApiSchema(schema) })(target, propertyKey, descriptor);
    }
  };
}
