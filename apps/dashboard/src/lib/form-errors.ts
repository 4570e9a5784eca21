import type { FieldValues, Path, UseFormReturn, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-client';

const unexpected = () =>
  new ApiError(0, 'UNEXPECTED', 'Something went wrong', 'Please try again. Nothing you typed is lost.');

/**
 * Puts the API's field errors onto the form's fields (focusing the first), and returns what is left to say
 * in an alert: null when every problem belongs to a field the person can see and fix.
 */
export function applyApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): ApiError | null {
  if (!(error instanceof ApiError)) return unexpected();
  const known = new Set<string>(fields);
  const onFields = error.errors.filter((e) => known.has(e.path));
  onFields.forEach((e, i) =>
    setError(e.path as Path<T>, { type: 'server', message: e.message }, { shouldFocus: i === 0 }),
  );
  const allOnFields = onFields.length > 0 && onFields.length === error.errors.length;
  return allOnFields ? null : error;
}

/**
 * Like applyApiError, for forms whose request body nests the fields: the API names them by their place in the
 * body (`reflection.text`), the form knows them as `text` (`prefix` 'reflection'; '' when the body is flat).
 * Field errors go onto the form (first one focused); the rest is returned for an alert.
 */
export function applyFieldErrors<T extends FieldValues, O>(
  error: ApiError,
  form: UseFormReturn<T, unknown, O>,
  prefix: string,
): ApiError | null {
  const known = new Set(Object.keys(form.getValues()));
  const mapped = error.errors
    .map((e) => ({ ...e, path: e.path.startsWith(`${prefix}.`) ? e.path.slice(prefix.length + 1) : e.path }))
    .filter((e) => known.has(e.path.split('.')[0] ?? ''));
  mapped.forEach((e, i) =>
    form.setError(e.path as Path<T>, { type: 'server', message: e.message }, { shouldFocus: i === 0 }),
  );
  return mapped.length > 0 && mapped.length === error.errors.length ? null : error;
}
