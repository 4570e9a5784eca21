/** Signing in through the API's real login (cookie + CSRF token) and reading who signed in. */
import { BENCH_PASSWORD } from './seed';

export interface Auth {
  cookie: string;
  csrf: string;
}

export async function login(api: string, email: string): Promise<Auth> {
  const r = await fetch(`${api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const body = (await r.json()) as { session?: { csrfToken: string }; csrfToken?: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = body.session?.csrfToken ?? body.csrfToken ?? '';
  if (r.status !== 200 || !cookie) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(body)}`);
  return { cookie, csrf };
}

export async function practitionerIdOf(api: string, a: Auth): Promise<string> {
  const r = await fetch(`${api}/api/v1/auth/session`, { headers: { cookie: a.cookie } });
  const b = (await r.json()) as { account?: { id: string }; id?: string };
  return b.account?.id ?? b.id ?? '';
}
