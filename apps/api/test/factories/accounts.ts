import { randomBytes, randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from '../setup/test-app';

export interface SignedIn {
  agent: TestAgent;
  csrf: string;
  accountId: string;
  practiceId: string;
  email: string;
  password: string;
}

export const PASSWORD = 'kettle orbit lantern';

/** A fresh client address per call (TRUST_PROXY is on in tests). */
export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Signs up a new practice through the API and returns the owner's signed-in agent. */
export async function signUpOwner(
  t: TestApp,
  over: Partial<{ email: string; practiceName: string; displayName: string }> = {},
): Promise<SignedIn> {
  const agent = t.agent();
  const email = over.email ?? uniqueEmail('owner');
  const res = await agent
    .post('/api/v1/auth/sign-up')
    .set('x-forwarded-for', randomIp())
    .send({
      practiceName: over.practiceName ?? 'Harbour Coaching',
      displayName: over.displayName ?? 'Olive Owner',
      email,
      password: PASSWORD,
    })
    .expect(201);
  const session = res.body.session;
  return {
    agent,
    csrf: session.csrfToken,
    accountId: session.account.id,
    practiceId: session.practice.id,
    email,
    password: PASSWORD,
  };
}

/** Signs in through the API (no 2FA) and returns the agent with its CSRF token. */
export async function logIn(t: TestApp, email: string, password = PASSWORD): Promise<SignedIn> {
  const agent = t.agent();
  const res = await agent
    .post('/api/v1/auth/login')
    .set('x-forwarded-for', randomIp())
    .send({ email, password })
    .expect(200);
  if (res.body.status !== 'signed-in') throw new Error(`login needs more: ${res.body.status}`);
  const session = res.body.session;
  return {
    agent,
    csrf: session.csrfToken,
    accountId: session.account.id,
    practiceId: session.practice.id,
    email,
    password,
  };
}
