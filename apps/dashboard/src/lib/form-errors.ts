import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
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
