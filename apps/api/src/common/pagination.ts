import { z } from 'zod';
import { AppError } from './app-error';

/** The longest cursor any list gives out, with room: a name key of 120 characters in 4-byte UTF-8 is ~700. */
export const CURSOR_MAX_CHARS = 2048;

export const PageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    // Any text: the list's cursor codec answers INVALID_CURSOR for one it did not give out.
    cursor: z.string().optional(),
  })
  .loose();

export interface Page<T> {
  items: T[];
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Keys of a cursor: what each list's sort key is made of, checked as strictly as the SQL will read it. */
export const CursorKey = {
  /** A bigint as text (18 digits always fit int8): microseconds since 1970, an id, a sort value. */
  int8: z.string().regex(/^-?\d{1,18}$/),
  /** Any 8-4-4-4-12 hex id (PostgreSQL's uuid input). */
  uuid: z.guid(),
  /** Sort text as the database compares it: no NUL, no half of a surrogate pair, a sane length. */
  text: z
    .string()
    .max(1000)
    // eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses.
    .refine((s) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)),
};

export function invalidCursor(message = 'This is not a cursor this list gave out.'): AppError {
  return new AppError(
    'INVALID_CURSOR',
    'Bad cursor',
    'The page cursor is not valid for this list; start from the first page.',
    [{ path: 'cursor', message }],
  );
}

export interface CursorCodec<K extends unknown[]> {
  /** The cursor of a page that ends with this key. */
  encode(key: K): string;
  /** The key to page after; null without a cursor (or an empty one); 400 INVALID_CURSOR for anything else. */
  decode(cursor: string | undefined): K | null;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The one cursor codec: a list's cursor is base64url JSON of [list, ...sort key], opaque to clients. decode takes
 * back only what encode could have made: canonical base64url, the list's own name (a cursor of another list is
 * refused), and each key part of the type the SQL reads it as, so a forged cursor is a 400, never a 500 from
 * PostgreSQL or a page of the wrong list. Not signed: a cursor is only a position, and every query still filters
 * by who is asking (a forged but well-typed key just starts the page elsewhere).
 */
export function cursorCodec<K extends unknown[]>(list: string, key: z.ZodType<K>): CursorCodec<K> {
  return {
    encode: (k: K) => Buffer.from(JSON.stringify([list, ...k])).toString('base64url'),
    decode: (cursor: string | undefined) => {
      if (cursor === undefined || cursor === '') return null;
      if (cursor.length > CURSOR_MAX_CHARS || !BASE64URL.test(cursor)) throw invalidCursor();
      const bytes = Buffer.from(cursor, 'base64url');
      if (bytes.toString('base64url') !== cursor) throw invalidCursor();
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw invalidCursor();
      }
      if (!Array.isArray(parsed) || parsed[0] !== list) throw invalidCursor();
      const result = key.safeParse(parsed.slice(1));
      if (!result.success) throw invalidCursor();
      return result.data;
    },
  };
}

/** The page of `limit` rows out of `limit + 1` read, with the cursor of its last row when there are more. */
export function pageOf<T, K extends unknown[]>(
  rows: T[],
  limit: number,
  codec: CursorCodec<K>,
  keyOf: (row: T) => K,
): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last !== undefined ? codec.encode(keyOf(last)) : null };
}
