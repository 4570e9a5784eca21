import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path with array indexes in brackets, e.g. `outcome.askedOn` or `tags[2]`; '' for the whole body. */
  path: string;
  message: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const key = typeof part === 'symbol' ? (part.description ?? '') : part;
    return acc === '' ? key : `${acc}.${key}`;
  }, '');
}

/**
 * A zod error as the `errors` list of a validation problem-details response. An unknown field is reported at its
 * own path (`plan.colour`), one entry per field, so a client sees exactly what to remove.
 */
export function formatZodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: formatIssuePath([...issue.path, key]),
          message: 'This field is not part of the form. Remove it.',
        }))
      : [{ path: formatIssuePath(issue.path), message: issue.message }],
  );
}
