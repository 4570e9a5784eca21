/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time of the samples inside a time window, grouped into
 * categories by each sample's own frame (its URL and function name), and by the nearest frame of the API's own
 * code on the sample's stack (the "code path"; a stack ends at an await, so code resumed after one shows as the
 * library that resumed it, or as "no API frame").
 */
export interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number; // µs, the monotonic clock (process.hrtime in µs)
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  name: string;
  ms: number;
}
export interface Summary {
  /** µs of non-idle samples in the window */
  cpuMs: number;
  idleMs: number;
  windowMs: number;
  categories: Row[];
  paths: Row[];
  /** per path, its heaviest categories */
  pathCategories: Map<string, Row[]>;
  /** the heaviest leaf frames, to check the grouping by */
  leaves: Row[];
}

const SOCKET_NATIVES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String', 'shutdown']);

/**
 * The category of a sample's own frame; undefined for a native frame that says nothing by itself (a RegExp, a
 * builtin), which takes its caller's category.
 */
export function category(f: CallFrame): string | undefined {
  const u = f.url;
  const fn = f.functionName;
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)') return 'V8/native, unattributed ((program))';
  if (!u) {
    if (SOCKET_NATIVES.has(fn)) return 'socket writes (writev/write natives)';
    if (fn === 'stringify') return 'serialisation (JSON, views)';
    if (fn === 'parse') return 'HTTP parse and routing';
    if (fn === 'execute' || fn === 'Parser') return 'HTTP parse and routing';
    if (/^(randomUUID|hash|digest|timingSafeEqual|randomBytes|update)/.test(fn)) return 'crypto';
    return undefined;
  }
  if (/node_modules\/fastify\/lib\/reply\.js/.test(u) && /^serialize/.test(fn))
    return 'serialisation (JSON, views)';
  if (/node_modules\/(pg|pg-pool|pg-protocol|pg-types|postgres-[a-z]+|typeorm)\//.test(u))
    return 'SQL client/protocol (pg, TypeORM)';
  if (
    /node_modules\/(pino|pino-http|nestjs-pino|pino-std-serializers|sonic-boom|fast-redact|@pinojs\/redact|thread-stream)\//.test(
      u,
    )
  )
    return 'logging (pino)';
  if (/node_modules\/zod\//.test(u)) return 'validation (zod)';
  if (/node_modules\/wink-[a-z-]+\/|libs\/domain\/(dist|src)\/language\/nlp\./.test(u))
    return 'language screens: wink-nlp parse (with nlp.ts)';
  if (/libs\/domain\/(dist|src)\/language\//.test(u)) return 'language screens: domain/language rules';
  if (/node_modules\/(fast-json-stringify|@fastify\/fast-json-stringify-compiler)\//.test(u))
    return 'serialisation (JSON, views)';
  if (/node_modules\/@fastify\/helmet|node_modules\/helmet\//.test(u)) return 'security headers (helmet)';
  if (
    /node_modules\/(fastify|find-my-way|light-my-request|avvio|@fastify\/[a-z-]+|secure-json-parse|content-type|cookie|fast-querystring|process-warning|toad-cache|abstract-logging|reusify|fastq)\//.test(
      u,
    )
  )
    return 'HTTP parse and routing';
  if (/node_modules\/(@nestjs|rxjs|reflect-metadata|tslib|iterare)\//.test(u))
    return 'framework (Nest, rxjs)';
  if (/node_modules\/@node-rs\/argon2|node:internal\/crypto/.test(u)) return 'crypto';
  if (/^node:(_http_|internal\/http|http)/.test(u)) return 'HTTP parse and routing';
  if (/^node:(net|internal\/stream_base_commons|internal\/streams|stream|internal\/net)/.test(u))
    return 'socket I/O (Node streams)';
  // AsyncLocalStorage (nestjs-pino keeps the request's logger in one) runs promise hooks on every promise.
  if (/^node:(internal\/)?async_hooks/.test(u)) return 'async context (async_hooks, AsyncLocalStorage)';
  if (/^node:/.test(u)) return 'Node internals (events, buffers, microtasks, timers)';
  const domain = /libs\/domain\/(?:dist|src)\/([^/]+)\//.exec(u)?.[1];
  if (domain) return `domain: ${domain}`;
  const app = /apps\/api\/(?:dist|src)\/(.+)$/.exec(u)?.[1];
  if (app) {
    if (/\.view\.js$/.test(app)) return 'serialisation (JSON, views)';
    if (/^common\/logging/.test(app)) return 'logging (pino)';
    if (/^common\/zod-/.test(app)) return 'validation (zod)';
    return `app: ${app.replace(/\/[^/]+$/, '')}`;
  }
  if (/node_modules\/sql-template-tag\//.test(u)) return 'SQL text building (sql-template-tag)';
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1];
  return mod ? `other (${mod})` : 'other';
}

/** The API's own frame a sample ran under (the nearest on its stack), as "folder/file.js functionName". */
function appFrame(f: CallFrame): string | undefined {
  const app = /apps\/api\/(?:dist|src)\/(.+)$/.exec(f.url)?.[1];
  return app ? `${app} ${f.functionName || '(anonymous)'}` : undefined;
}

const sortRows = (m: Map<string, number>): Row[] =>
  [...m.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);

/** Self time of the samples whose time lies in [fromUs, toUs] (the whole profile if not given). */
export function summarise(p: CpuProfile, fromUs = -Infinity, toUs = Infinity): Summary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const pathOf = new Map<number, string>();
  const pathFor = (id: number): string => {
    const known = pathOf.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const own = n ? appFrame(n.callFrame) : undefined;
    const up = parent.get(id);
    const path = own ?? (up === undefined ? 'no API frame on the stack' : pathFor(up));
    pathOf.set(id, path);
    return path;
  };
  const catOf = new Map<number, string>();
  const categoryFor = (id: number): string => {
    const known = catOf.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const up = parent.get(id);
    let c = n ? category(n.callFrame) : undefined;
    if (c === undefined) c = up === undefined ? 'other (native, no caller)' : categoryFor(up);
    else if (c.startsWith('socket writes')) c += towards(id);
    catOf.set(id, c);
    return c;
  };
  /** Where a socket write goes: to PostgreSQL (pg on the stack) or the HTTP answer. */
  const towards = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const u = byId.get(at)?.callFrame.url ?? '';
      if (/node_modules\/pg(-protocol|-pool)?\//.test(u)) return ' → PostgreSQL';
      if (/node_modules\/(fastify|light-my-request)\/|node:_http_/.test(u)) return ' → HTTP answer';
    }
    return ' → (caller not on the stack)';
  };
  const cats = new Map<string, number>();
  const paths = new Map<string, number>();
  const cross = new Map<string, Map<string, number>>();
  const leaves = new Map<string, number>();
  let t = p.startTime;
  let cpu = 0;
  let idle = 0;
  let first = Infinity;
  let last = -Infinity;
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  for (let i = 0; i < p.samples.length; i++) {
    const delta = p.timeDeltas[i] ?? 0;
    t += delta;
    if (t < fromUs || t > toUs) continue;
    first = Math.min(first, t);
    last = Math.max(last, t);
    // A sample stands for the time until the next one.
    const ms = (p.timeDeltas[i + 1] ?? delta) / 1000;
    const node = byId.get(p.samples[i] ?? -1);
    if (!node) continue;
    const f = node.callFrame;
    if (f.functionName === '(idle)') {
      idle += ms;
      continue;
    }
    cpu += ms;
    add(cats, categoryFor(node.id), ms);
    const path = pathFor(node.id);
    add(paths, path, ms);
    const inPath = cross.get(path) ?? new Map<string, number>();
    add(inPath, categoryFor(node.id), ms);
    cross.set(path, inPath);
    const file = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(apps|libs)\//, '$1/');
    add(leaves, `${f.functionName || '(anonymous)'} ${file}`.trim(), ms);
  }
  return {
    cpuMs: cpu,
    idleMs: idle,
    windowMs: Number.isFinite(first) ? (last - first) / 1000 : 0,
    categories: sortRows(cats),
    paths: sortRows(paths),
    pathCategories: new Map([...cross.entries()].map(([k, m]) => [k, sortRows(m)])),
    leaves: sortRows(leaves),
  };
}
