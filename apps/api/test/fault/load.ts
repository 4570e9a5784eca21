import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/**
 * A bounded load of entry creations against a running API process on loopback, as the dashboard sends them:
 * one Idempotency-Key per entry, retried with the same key (and body) after a network error, a 5xx, a 409 or
 * a 429, until it is acknowledged (201) or the retry window closes. Each entry carries its key in its text, so
 * the database can be checked afterwards: every acknowledged key exactly once.
 */
export interface Session {
  baseUrl: string;
  cookie: string;
  csrf: string;
}

export const MARKER = 'fault-run';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cookieOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function post(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const PASSWORD = 'kettle orbit lantern';

/** A new practice, a client in it, and the client's signed-in session, all through the HTTP API. */
export async function signedInClient(baseUrl: string): Promise<Session> {
  const tag = randomBytes(4).toString('hex');
  const signUp = await post(baseUrl, '/api/v1/auth/sign-up', {
    practiceName: 'Fault Practice',
    displayName: 'Fay Owner',
    email: `owner-${tag}@example.org`,
    password: PASSWORD,
  });
  if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  const owner = (await signUp.json()) as { session: { csrfToken: string } };
  const inv = await post(
    baseUrl,
    '/api/v1/invitations',
    { email: `client-${tag}@example.org`, displayName: 'Cal Client', role: 'client' },
    { cookie: cookieOf(signUp), 'x-csrf-token': owner.session.csrfToken },
  );
  if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${await inv.text()}`);
  const token = new URL(((await inv.json()) as { link: string }).link).hash.replace('#token=', '');
  const accepted = await post(baseUrl, '/api/v1/invitations/accept', { token, password: PASSWORD });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${await accepted.text()}`);
  const body = (await accepted.json()) as { session: { csrfToken: string } };
  return { baseUrl, cookie: cookieOf(accepted), csrf: body.session.csrfToken };
}

export interface LoadResult {
  /** Keys issued (distinct entries the clients wanted). */
  sent: number;
  /** HTTP attempts, retries included. */
  attempts: number;
  acknowledged: Set<string>;
  /** Keys given up on when the retry window closed. */
  unacknowledged: string[];
  /** Answers and failures by status (or 'network'). */
  outcomes: Record<string, number>;
}

export interface LoadOptions {
  session: Session;
  workers: number;
  /** New keys are issued only while this is true. */
  issuing: () => boolean;
  /** How long one key may be retried. */
  retryWindowMs: number;
  /** Where the session lives; may change between attempts (a restarted API on another port). */
  baseUrl?: () => string;
  runId?: string;
}

export function entryBody(key: string): unknown {
  return { kind: 'reflection', reflection: { text: `${MARKER} ${key}`, sharing: 'shared' } };
}

/** POSTs one entry with its key until it is acknowledged or the window closes. */
export async function sendWithRetry(
  opts: Pick<LoadOptions, 'session' | 'retryWindowMs' | 'baseUrl'>,
  key: string,
  outcomes: Record<string, number>,
  onAttempt: () => void = () => undefined,
): Promise<boolean> {
  const deadline = Date.now() + opts.retryWindowMs;
  let delay = 50;
  while (Date.now() < deadline) {
    onAttempt();
    let outcome: string;
    try {
      const res = await fetch(`${opts.baseUrl?.() ?? opts.session.baseUrl}/api/v1/me/entries`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: opts.session.cookie,
          'x-csrf-token': opts.session.csrf,
          'idempotency-key': key,
        },
        body: JSON.stringify(entryBody(key)),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      outcome = String(res.status);
      if (res.status === 201) {
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        return true;
      }
      if (res.status < 500 && ![409, 429].includes(res.status)) {
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        throw new Error(`POST /me/entries with key ${key}: ${res.status} is not retryable`);
      }
    } catch (e) {
      if (e instanceof Error && e.message.includes('not retryable')) throw e;
      outcome = 'network';
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    await sleep(delay);
    delay = Math.min(delay * 2, 500);
  }
  return false;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const runId = opts.runId ?? randomBytes(4).toString('hex');
  const result: LoadResult = {
    sent: 0,
    attempts: 0,
    acknowledged: new Set(),
    unacknowledged: [],
    outcomes: {},
  };
  let n = 0;
  const worker = async (w: number) => {
    while (opts.issuing()) {
      const key = `${runId}-${w}-${n++}`;
      result.sent++;
      const ok = await sendWithRetry(opts, key, result.outcomes, () => result.attempts++);
      if (ok) result.acknowledged.add(key);
      else result.unacknowledged.push(key);
    }
  };
  await Promise.all(Array.from({ length: opts.workers }, (_, w) => worker(w)));
  return result;
}

/** Counts of the marker entries in the database: how many, and keys stored more than once. */
export const COUNT_SQL = `
  SELECT substr(body->>'text', ${MARKER.length + 2}) AS key, count(*)::int AS n
    FROM entry WHERE kind = 'reflection' AND body->>'text' LIKE '${MARKER} %'
   GROUP BY 1`;

export interface Verdict {
  found: number;
  duplicated: number;
  lost: string[];
}

export function verdict(rows: { key: string; n: number }[], acknowledged: Set<string>): Verdict {
  const stored = new Map(rows.map((r) => [r.key, Number(r.n)]));
  return {
    found: stored.size,
    duplicated: [...stored.values()].filter((n) => n > 1).length,
    lost: [...acknowledged].filter((k) => !stored.has(k)),
  };
}

export async function waitForReady(baseUrl: () => string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(`${baseUrl()}/api/health/ready`, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not yet
    }
    await sleep(25);
  }
  throw new Error(`not ready within ${timeoutMs} ms`);
}

/** One line for CI's log, also collected for the summary. */
export function figure(line: string): void {
  process.stdout.write(`FIGURE ${line}\n`);
  const file = process.env['FAULT_FIGURES_FILE'];
  if (file) fs.appendFileSync(file, `${line}\n`);
}
