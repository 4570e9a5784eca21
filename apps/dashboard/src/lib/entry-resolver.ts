import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** Form text fields hold '' when empty; the record schemas want null for "none". Arrays and numbers pass. */
export function blanksToNull<T extends object>(values: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v]),
  );
}

const dotted = (path: readonly PropertyKey[]) => path.map((p) => String(p)).join('.');

/**
 * A react-hook-form resolver for the domain's record schemas: blanks become null first (so the schema's own
 * messages speak about real answers), then the schema decides. A required field left blank says so plainly.
 */
export function recordResolver<TValues extends FieldValues, S extends z.ZodType>(
  schema: S,
  prepare: (values: TValues) => unknown = (v) => blanksToNull(v),
  /** Where a schema path shows in the form, when the form's fields are not shaped like the body. */
  mapPath: (path: string) => string = (p) => p,
): Resolver<TValues, unknown, z.output<S>> {
  return (values, _context, options) => {
    const parsed = schema.safeParse(prepare(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const path = mapPath(dotted(issue.path));
      if (flat[path]) continue;
      const blank = issue.code === 'invalid_type' && issue.input === null;
      flat[path] = { type: issue.code, message: blank ? 'Please fill this in.' : issue.message };
    }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
  };
}
