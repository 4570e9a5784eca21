import fc from 'fast-check';
import type { DataSource } from 'typeorm';

/**
 * Building blocks of the write-route fuzz test: request generators (bodies, headers, path parameters) and a
 * database fingerprint to prove that a rejected request changed nothing.
 */

/** Strings that have broken web apps before: NUL, lone surrogates, bidi overrides, combining marks, BOM, … */
export const UNICODE_EDGES = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301',
  '\uFEFFbom',
  '\u200B\u200C\u200D',
  '👩‍👩‍👧‍👦',
  '𝕬𝖘𝖐',
  'ﷺ',
  'İı',
  '\r\n\t\v\f',
  '%00',
  '../../etc/passwd',
  "'; DROP TABLE entry; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  '\\',
  '"',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(40),
  '2026-02-30',
  '0000-00-00',
  'Europe/Nowhere',
];

const HUGE = ['x'.repeat(70_000), 'é'.repeat(40_000), '\u0000'.repeat(5_000), '👩‍👩‍👧‍👦'.repeat(3_000)];

/** One JSON value of any type, weighted toward the edges. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...UNICODE_EDGES) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...HUGE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 31,
      2 ** 53 + 1,
      -(2 ** 63),
      1e308,
      [],
      {},
      [null],
      { a: 1 },
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Keys that try prototype pollution or sneak in unknown fields. */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '$where',
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Every path (array of keys) to a value inside a JSON object. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push([...prefix, i], ...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push([...prefix, k], ...paths(x, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: unknown, remove = false): Json {
  if (path.length === 0) return value as Json;
  let cur = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else cur[last] = value as Json;
  return root;
}

/** A raw JSON text with a key spliced in at the top level, e.g. `"__proto__": {...}` (JSON.stringify can't). */
function spliceKey(json: string, key: string, valueJson: string): string {
  if (!json.startsWith('{')) return `{${JSON.stringify(key)}:${valueJson}}`;
  const rest = json.slice(1);
  return `{${JSON.stringify(key)}:${valueJson}${rest === '}' ? '' : ','}${rest}`;
}

export interface FuzzBody {
  /** The raw bytes sent; undefined sends no body. */
  payload: string | undefined;
  /** What the body was, for the failure message. */
  label: string;
}

/** Bodies that start from a valid example and break one thing, or are random JSON, or are not JSON at all. */
export function bodyArbitrary(template: Json, fields: string[]): fc.Arbitrary<FuzzBody> {
  const tplPaths = paths(template);
  const asJson = (v: unknown, label: string): FuzzBody => ({ payload: JSON.stringify(v) ?? 'null', label });

  const valid = fc.constant(asJson(template, 'the valid example'));
  const replaced = tplPaths.length
    ? fc
        .tuple(fc.constantFrom(...tplPaths), weirdValue)
        .map(([p, v]) => asJson(setAt(clone(template), p, v), `example with ${p.join('.')} := ${short(v)}`))
    : valid;
  const removed = tplPaths.length
    ? fc
        .constantFrom(...tplPaths)
        .map((p) => asJson(setAt(clone(template), p, undefined, true), `example without ${p.join('.')}`))
    : valid;
  const unknownField = fc
    .tuple(
      fc.oneof(fc.constantFrom(...POLLUTION_KEYS.filter((k) => k !== '__proto__')), fc.string()),
      weirdValue,
    )
    .map(([k, v]) =>
      asJson({ ...(template as object), [k]: v }, `example plus unknown field ${JSON.stringify(k)}`),
    );
  const pollution = fc
    .tuple(
      fc.constantFrom(
        ['__proto__', '{"isAdmin":true}'],
        ['__proto__', '{"role":"owner"}'],
        ['constructor', '{"prototype":{"isAdmin":true}}'],
        ['__proto__', 'null'],
      ),
      fc.boolean(),
    )
    .map(([[k, v], nested]) => {
      const base = JSON.stringify(template);
      if (nested && tplPaths.length) {
        // Put the poisoned key one level down, inside the first object-valued field.
        const firstObj = Object.entries(template as object).find(
          ([, x]) => x && typeof x === 'object' && !Array.isArray(x),
        );
        if (firstObj) {
          const inner = spliceKey(JSON.stringify(firstObj[1]), k, v);
          const outer = base.replace(JSON.stringify(firstObj[1]), inner);
          return { payload: outer, label: `${k} inside ${firstObj[0]}` };
        }
      }
      return { payload: spliceKey(base, k, v), label: `top-level ${k}` };
    });
  const byFields = fields.length
    ? fc
        .dictionary(fc.constantFrom(...fields), weirdValue, { maxKeys: fields.length })
        .map((o) => asJson(o, 'known fields, random values'))
    : valid;
  const randomJson = fc.jsonValue({ maxDepth: 4 }).map((v) => asJson(v, 'random JSON'));
  const deep = fc
    .integer({ min: 50, max: 5_000 })
    .map((n) => ({ payload: '['.repeat(n) + ']'.repeat(n), label: `arrays nested ${n} deep` }));
  const notJson = fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        '',
        '{',
        '{"a":',
        'null',
        'undefined',
        "{'a':1}",
        '{"a":1,}',
        '\u0000',
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        'NaN',
        '[]',
        '"string"',
      ),
      fc
        .integer({ min: 1, max: Math.max(1, JSON.stringify(template).length - 1) })
        .map((n) => JSON.stringify(template).slice(0, n)),
    )
    .map((s) => ({ payload: s, label: 'not JSON / truncated' }));
  const tooBig = fc.constant({
    payload: JSON.stringify({ ...(template as object), padding: 'x'.repeat(1_100_000) }),
    label: 'over the 1 MiB limit',
  });
  const none = fc.constant<FuzzBody>({ payload: undefined, label: 'no body' });

  return fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 8, arbitrary: replaced },
    { weight: 3, arbitrary: removed },
    { weight: 3, arbitrary: unknownField },
    { weight: 3, arbitrary: pollution },
    { weight: 3, arbitrary: byFields },
    { weight: 3, arbitrary: randomJson },
    { weight: 1, arbitrary: deep },
    { weight: 3, arbitrary: notJson },
    { weight: 1, arbitrary: tooBig },
    { weight: 1, arbitrary: none },
  );
}

const printable = (max: number) => fc.string({ unit: 'binary-ascii', maxLength: max });
/** Header values an HTTP client can actually send: no CR, LF or NUL. */
const headerSafe = (max: number) => printable(max).map((s) => s.replace(/[\r\n\0]/g, ''));

export interface HeaderChoices {
  contentType: string | undefined;
  /** 'right', 'missing', or a wrong token. */
  csrf: string;
  idempotencyKey: string | undefined;
  ifMatch: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  requestId: string | undefined;
}

export const headersArbitrary: fc.Arbitrary<HeaderChoices> = fc.record({
  contentType: fc.oneof(
    { weight: 24, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=----x',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/problem+json',
        'application/xml',
        '*/*',
        '',
      ),
    },
    { weight: 1, arbitrary: headerSafe(60) },
  ),
  csrf: fc.oneof(
    { weight: 24, arbitrary: fc.constant('right') },
    { weight: 1, arbitrary: fc.constant('missing') },
    { weight: 1, arbitrary: headerSafe(80) },
  ),
  idempotencyKey: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a'.repeat(201), 'k\u00e9y', 'key with space') },
    { weight: 1, arbitrary: headerSafe(250) },
  ),
  ifMatch: fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.constantFrom('"v1"', '"v2"', '"v3"') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '*',
        'W/"v1"',
        '"v0"',
        '"v-1"',
        '"v99999999999999999999999"',
        '"v1.5"',
        '"v1e3"',
        'v1',
        '""',
        '"v1", "v2"',
        '"v 1"',
      ),
    },
    { weight: 1, arbitrary: headerSafe(60) },
  ),
  origin: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('https://evil.example', 'null', 'http://localhost:80', 'not a url'),
    },
  ),
  secFetchSite: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('cross-site', 'same-origin', 'none', 'garbage') },
  ),
  requestId: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: headerSafe(300) },
  ),
});

/** A path parameter: mostly a real id of the right kind, sometimes a random uuid, sometimes garbage. */
export function paramArbitrary(real: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(real) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom(...UNICODE_EDGES.filter((s) => s !== '')), fc.string({ maxLength: 30 }))
        .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, (c) => escape(c))) || '%20'),
    },
    { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'a'.repeat(200)) },
  );
}

export function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}… (${s.length} chars)` : s;
}

/**
 * A valid-looking example body from a route's OpenAPI (JSON Schema) request body: the first enum value, the
 * minimum of a number, a string of the minimum length. Hand-written examples override it where a valid body
 * needs real ids or cross-field rules; this keeps routes added later fuzzed without anyone remembering.
 */
export function exampleFromSchema(schema: unknown, depth = 0): Json {
  const s = (schema ?? {}) as Record<string, unknown>;
  if (depth > 6) return null;
  if (s['default'] !== undefined) return s['default'] as Json;
  if (Array.isArray(s['enum'])) return s['enum'][0] as Json;
  if (s['const'] !== undefined) return s['const'] as Json;
  for (const k of ['anyOf', 'oneOf', 'allOf']) {
    const options = s[k];
    if (Array.isArray(options) && options.length) {
      const nonNull = options.find((o) => (o as Record<string, unknown>)['type'] !== 'null') ?? options[0];
      return exampleFromSchema(nonNull, depth + 1);
    }
  }
  switch (s['type']) {
    case 'object': {
      const props = (s['properties'] ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, exampleFromSchema(v, depth + 1)]));
    }
    case 'array':
      return Array.from({ length: Number(s['minItems'] ?? 0) }, () =>
        exampleFromSchema(s['items'], depth + 1),
      );
    case 'integer':
    case 'number':
      return Number(s['minimum'] ?? 1);
    case 'boolean':
      return false;
    case 'string': {
      if (s['format'] === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (s['format'] === 'date') return '2026-11-23';
      if (s['format'] === 'email') return 'someone@example.org';
      return 'a'.repeat(Math.max(1, Number(s['minLength'] ?? 1)));
    }
    default:
      return {};
  }
}

/** Top-level property names of a request body schema (for "known fields, random values"). */
export function fieldsOf(schema: unknown): string[] {
  const s = (schema ?? {}) as Record<string, unknown>;
  const own = Object.keys(s['properties'] ?? {});
  const nested = ['anyOf', 'oneOf', 'allOf'].flatMap((k) =>
    Array.isArray(s[k]) ? (s[k] as unknown[]).flatMap(fieldsOf) : [],
  );
  return [...new Set([...own, ...nested])];
}

/**
 * Tables that may change on a refused request by design, and why:
 * - session: `last_seen_at` is touched on use (at most once a minute), and an expired session is deleted;
 * - rate_limit: a refused sign-in still counts toward the limit (that is its job);
 * - audit_event: refused sign-ins are audited.
 */
export const BOOKKEEPING_TABLES = ['session', 'rate_limit', 'audit_event'];

export interface Fingerprint {
  [table: string]: { rows: number; md5: string };
}

/** Row count and an md5 over every row's text, per content table. */
export async function fingerprintSql(ds: DataSource): Promise<string> {
  const tables = (
    await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  )
    .map((r) => r.table_name)
    .filter((t) => !BOOKKEEPING_TABLES.includes(t) && t !== 'typeorm_migrations');
  return tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::int AS rows, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS md5 FROM "${t}" x`,
    )
    .join(' UNION ALL ');
}

export async function fingerprint(ds: DataSource, sql: string): Promise<Fingerprint> {
  const rows = await ds.query<{ t: string; rows: number; md5: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, { rows: r.rows, md5: r.md5 }]));
}

export function diffFingerprints(a: Fingerprint, b: Fingerprint): string[] {
  return Object.keys({ ...a, ...b })
    .filter((t) => a[t]?.md5 !== b[t]?.md5)
    .map(
      (t) =>
        `${t}: ${a[t]?.rows ?? '-'} → ${b[t]?.rows ?? '-'} rows${a[t]?.rows === b[t]?.rows ? ' (changed)' : ''}`,
    );
}

/** The next transaction id to be handed out: unchanged means nobody wrote anything (a cheap first check). */
export async function nextXid(ds: DataSource): Promise<string> {
  const rows = await ds.query<{ x: string }[]>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`);
  return rows[0]?.x ?? '';
}
