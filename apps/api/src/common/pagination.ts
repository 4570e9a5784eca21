import { z } from 'zod';
import { AppError } from './app-error';

export const PageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .loose();

export interface Page<T> {
  items: T[];
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity) return key as unknown[];
  } catch {
    // fall through
  }
  throw new AppError(
    'VALIDATION_FAILED',
    'Bad cursor',
    'The page cursor is not valid; start from the first page.',
    [{ path: 'cursor', message: 'Not a valid cursor.' }],
  );
}

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
