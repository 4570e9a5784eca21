import { expect, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';

/** A fresh address per run and per call: the database is empty per run, but tests must not depend on order. */
export const uniqueEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.test`;

/** A password the API accepts (long, not on the common-password list, unrelated to the name). */
export const PASSWORD = 'quiet harbour lantern 42';

export interface Owner {
  email: string;
  displayName: string;
  practiceName: string;
}

/**
 * Signs a new practice owner up through the API; the page's browser context shares the session cookie.
 * The API allows 10 sign-ups per address per hour (counted in the database, which is fresh per run): the
 * suite stays under that by sharing an owner within a test rather than signing up for every step.
 */
export async function signUpOwner(request: APIRequestContext, who = 'owner'): Promise<Owner> {
  const owner = { email: uniqueEmail(who), displayName: 'Sam Rivera', practiceName: 'Harbour Coaching' };
  const res = await request.post('/api/v1/auth/sign-up', { data: { ...owner, password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(201);
  return owner;
}
