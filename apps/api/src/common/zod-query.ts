import { Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodValidationPipe } from './zod-body';

/** `@ZodQuery(Schema)` validates the query string with a zod object schema and documents each parameter. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, propertyKey, index) => {
    Query(new ZodValidationPipe(schema))(target, propertyKey, index);
    if (propertyKey === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
    if (!descriptor) return;
    for (const [name, field] of Object.entries(schema.shape)) {
      const optional = (field as z.ZodType).safeParse(undefined).success;
      ApiQuery({ name, required: !optional, schema: { type: 'string' } })(target, propertyKey, descriptor);
    }
  };
}
