import fc from 'fast-check';
import { addDays, localDateOf } from '@askwell/domain';

/**
 * Boundary values for the OpenAPI-driven fuzz test (openapi.fuzz.int-spec.ts): where parsers, validators and
 * the database disagree about what a value means. Each generator is a list of values that have broken a web
 * API somewhere (dates PostgreSQL rejects, numbers past 2^53, offsets past ±14:00, lone surrogates, cursors
 * nobody issued), weighted so every one of them comes up in a few dozen runs.
 */

/** A value to send: JSON values as themselves; RawJson is spliced into a body as-is (NaN, 1e309, -0). */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `\u0000raw:${this.text}\u0000`;
  }
}

/** JSON.stringify, with RawJson values written as their raw text (JSON.stringify cannot write NaN or 1e309). */
export function stringifyBody(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/"\\u0000raw:(.*?)\\u0000"/g, (_, raw: string) =>
    String(JSON.parse(`"${raw}"`)),
  );
}

const today = localDateOf(new Date(), 'UTC');

/** Calendar dates at the edges: year 0000 and 9999, leap days that are and are not, days that do not exist. */
export const DATE_EDGES: string[] = [
  '0000-01-01',
  '0000-12-31',
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '1969-12-31',
  '1970-01-01',
  '2000-02-29',
  '2100-02-29',
  '2023-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  '20260101',
  '+002026-01-01',
  '-002026-01-01',
  '9999-12-26',
  '9999-12-31',
  '10000-01-01',
  '99999-12-31',
  today,
  addDays(today, 1),
  addDays(today, -1),
  addDays(today, 366 * 5),
  addDays(today, -366 * 20),
  '',
  ' ',
  'today',
  'NaN',
];

/** Instants at the edges: offsets of ±14:00 and past them, years 0000 and 9999, leap seconds, 24:00. */
export const INSTANT_EDGES: string[] = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '1899-12-31T23:59:59Z',
  '1900-01-01T00:00:00-14:00',
  '1970-01-01T00:00:00Z',
  '2024-02-29T12:00:00+14:00',
  '2024-02-29T12:00:00-14:00',
  '2023-02-29T12:00:00Z',
  '2026-01-01T00:00:00+14:01',
  '2026-01-01T00:00:00-14:01',
  '2026-01-01T00:00:00+15:00',
  '2026-01-01T00:00:00+16:00',
  '2026-01-01T00:00:00+23:59',
  '2026-01-01T00:00:00-23:59',
  '2026-01-01T00:00:00+00:00',
  '2026-01-01T00:00:00-00:00',
  '2026-01-01T24:00:00Z',
  '2026-12-31T23:59:60Z',
  '2026-01-01T00:00:00.123456789Z',
  '2026-01-01T00:00:00',
  '2026-01-01',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-14:00',
  '9999-12-31T23:59:59.999+14:00',
  '+275760-09-13T00:00:00Z',
  `${today}T00:00:00Z`,
  '',
  'NaN',
];

/** Numbers where JavaScript, zod and PostgreSQL part ways (written as the text of a query value). */
export const NUMBER_TEXT_EDGES: string[] = [
  '0',
  '-0',
  '-1',
  '1',
  '1.5',
  '1e3',
  '0x10',
  ' 1',
  '1 ',
  '+1',
  'NaN',
  'Infinity',
  '-Infinity',
  '2147483647',
  '2147483648',
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '99999999999999999999',
  '١٢',
  '',
];

/** The same in a JSON body: numbers, their strings, and raw tokens JSON.parse reads as Infinity or -0. */
export const NUMBER_JSON_EDGES: unknown[] = [
  0,
  -1,
  1,
  1.5,
  -0.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  new RawJson('-0'),
  new RawJson('1e309'),
  new RawJson('-1e309'),
  new RawJson('1E2'),
  new RawJson('0.0000000000000000000001'),
  'NaN',
  '5',
  '',
  null,
  true,
  [],
  {},
];

/** Text that has broken web apps: NUL, lone surrogates, RTL marks, emoji sequences, BOM, combining marks. */
export const UNICODE_EDGES: string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uDE00x',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\u061C',
  '\uFEFFbom',
  '\u200B\u200C\u200D',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '𝕬𝖘𝖐',
  'e\u0301\u0301\u0301',
  'ﷺ',
  'İı',
  '\r\n\t\v\f',
  '\u2028\u2029',
  '%00',
  '%',
  '../../etc/passwd',
  "'; DROP TABLE entry; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '\\',
  '"',
];

/** Strings of a length at and just past a limit, in ASCII, in 2-unit emoji, and ending in half a pair. */
export function lengthEdges(min: number | undefined, max: number | undefined): string[] {
  const out: string[] = [];
  const lo = min ?? 0;
  if (lo > 0) out.push('x'.repeat(lo - 1), 'x'.repeat(lo));
  const limits = max === undefined ? [100, 200, 1000, 5000] : [max];
  for (const m of limits) {
    out.push('x'.repeat(m), 'x'.repeat(m + 1), ' '.repeat(m + 1));
    out.push('😀'.repeat(Math.ceil(m / 2)), '😀'.repeat(Math.floor(m / 2) + 1));
    out.push(`${'x'.repeat(Math.max(0, m - 1))}\uD83D`, `${'x'.repeat(Math.max(0, m - 1))}\u0000`);
  }
  return out;
}

/** Ids of the wrong kind and the wrong type: the nil uuid, numbers, 2^53, text, someone else's real id. */
export function idEdges(otherRealIds: readonly string[]): string[] {
  return [
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '00000000-0000-4000-8000-000000000000',
    '00000000000040008000000000000000',
    '{00000000-0000-4000-8000-000000000000}',
    '00000000-0000-4000-8000-00000000000g',
    '0',
    '-1',
    '1.5',
    'NaN',
    '9007199254740993',
    'true',
    'null',
    'undefined',
    '',
    ...otherRealIds,
    ...otherRealIds.map((id) => id.toUpperCase()),
  ];
}

/** Boolean query values, and what only looks like one. */
export const BOOLEAN_TEXT_EDGES: string[] = [
  'true',
  'false',
  'TRUE',
  'False',
  '1',
  '0',
  'yes',
  'on',
  '',
  'null',
];

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * Page cursors nobody issued: wrong arity, wrong types, impossible timestamps, NUL, huge numbers, not base64,
 * plus the real cursors of every list (a cursor of another list is forged for this one).
 */
export function cursorEdges(realCursors: readonly string[]): string[] {
  const uuid = '00000000-0000-4000-8000-000000000000';
  return [
    '',
    ' ',
    '%00',
    '!!!',
    'null',
    'e30',
    b64(null),
    b64({}),
    b64([]),
    b64(['x']),
    b64(['x', 'y']),
    b64([1, 2]),
    b64([null, null]),
    b64([true, uuid]),
    b64(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
    b64(['0000-01-01T00:00:00.000Z', uuid]),
    b64(['9999-12-31T23:59:59-14:00', uuid]),
    b64(['+275760-09-13T00:00:00.000Z', uuid]),
    b64(['a\u0000b', uuid]),
    b64(['\uD800', uuid]),
    b64(['x'.repeat(600), uuid]),
    b64(['99999999999999999999']),
    b64(['-1']),
    b64([2 ** 53 + 2]),
    b64(['1.5']),
    b64(['attention', 'desc', 'x', 'y', 'z', uuid]),
    b64(['name', 'asc', '99999999999999999999', '0', 'a', uuid]),
    b64(['caseload', 'name', 'asc', '0', '0', 'a', uuid]),
    b64(['entries', '2026-01-01T00:00:00.000Z', uuid]),
    b64(['clients', 'a', uuid]),
    b64(['audit', '1']),
    'A'.repeat(501),
    'A'.repeat(5000),
    ...realCursors,
    ...realCursors.map((c) => c.slice(0, -2)),
    ...realCursors.map((c) => `${c}A`),
  ];
}

/** Idempotency-Key values at its limits (1–200 visible ASCII) and past them. */
export const IDEMPOTENCY_KEY_EDGES: string[] = [
  '',
  ' ',
  'a',
  'a'.repeat(200),
  'a'.repeat(201),
  'key with space',
  'k\u00e9y',
  '\t',
  '00000000-0000-4000-8000-000000000000',
];

/** If-Match values: versions that overflow, go negative, are weak, lists, stars. */
export const IF_MATCH_EDGES: string[] = [
  '"v1"',
  '"v2"',
  '"v3"',
  '"v0"',
  '"v-1"',
  '"v1.5"',
  '"v1e3"',
  '"v2147483648"',
  '"v9007199254740993"',
  '"v99999999999999999999999"',
  '"vNaN"',
  'W/"v1"',
  '*',
  'v1',
  '""',
  '"v1", "v2"',
  '',
];

/** Content types for a JSON body: JSON only is the contract; everything else must be 415. */
export const CONTENT_TYPE_EDGES: string[] = [
  'application/x-www-form-urlencoded',
  'text/plain',
  'text/plain; charset=utf-8',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json;charset=UTF-8',
  'APPLICATION/JSON',
  'application/jsonx',
  '*/*',
  '',
];

/** A path parameter's value as it goes into the URL. */
export function encodePathValue(value: string): string {
  // Lone surrogates cannot be percent-encoded as UTF-8; send their %uXXXX form like a broken client would.
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, (c) => escape(c))) || '%20';
}

/** A weighted choice among fixed values: every value comes up, in any number of runs. */
export function pick<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

/**
 * The sweep: for every parameter, the few values of its kind most likely to break something, each sent once on
 * top of the valid request (the random part then draws from the full lists above). This is what makes every
 * date field meet year 0000 and 9999, every number 2^53, every cursor a forged one, in every run.
 */
export const SWEEP = {
  date: ['0000-01-01', '9999-12-31', '10000-01-01', '1899-12-31', '2023-02-29', '2024-02-29'],
  instant: [
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-14:00',
    '2024-02-29T12:00:00+14:00',
    '2026-01-01T00:00:00+16:00',
    '2023-02-29T12:00:00Z',
  ],
  numberText: ['-1', '0', 'NaN', '1.5', '9007199254740993'],
  booleanText: ['yes', ''],
  pathId: ['00000000-0000-0000-0000-000000000000', '0', '9007199254740993', '\u0000', '😀', 'x'.repeat(201)],
  ifMatch: ['"v0"', '"v9007199254740993"', 'W/"v1"', '*'],
  idempotencyKey: ['', 'a'.repeat(201), 'k\u00e9y'],
  text: ['\uD800', 'a\u0000b', '\u202Eevil\u202C', ''],
};
