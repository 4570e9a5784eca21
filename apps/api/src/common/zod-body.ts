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

export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
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
