import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from '../setup/test-app';
import { logIn, PASSWORD, randomIp, type SignedIn, signUpOwner, uniqueEmail } from './accounts';

export const ACTORS = [
  'anonymous',
  'clientA',
  'clientB',
  'practitionerOfA',
  'otherPractitioner',
  'foreignPractitioner',
  'owner',
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Person {
  id: string;
  email: string;
  practiceId: string;
}

export interface World {
  practiceA: string;
  practiceB: string;
  people: Record<Exclude<ActorName, 'anonymous'>, Person>;
}

/** Invites through the API as `inviter` and accepts as the invitee; returns the new account. */
export async function inviteAndAccept(
  t: TestApp,
  inviter: { agent: TestAgent; csrf: string; practiceId: string },
  role: 'practitioner' | 'client',
  displayName: string,
  practitionerId?: string,
): Promise<Person> {
  const email = uniqueEmail(role);
  const inv = await inviter.agent
    .post('/api/v1/invitations')
    .set('x-csrf-token', inviter.csrf)
    .send({ email, displayName, role, ...(practitionerId ? { practitionerId } : {}) });
  if (inv.status !== 201) throw new Error(`invitation failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const token = new URL(inv.body.link as string).hash.replace('#token=', '');
  const accepted = await t
    .http()
    .post('/api/v1/invitations/accept')
    .set('x-forwarded-for', randomIp())
    .send({ token, password: PASSWORD })
    .expect(200);
  return { id: accepted.body.session.account.id, email, practiceId: inviter.practiceId };
}

/**
 * Two practices, seeded through the real API. Practice A: an owner, two practitioners, client A in the
 * first practitioner's caseload and client B in the second's. Practice B: its owner and one practitioner.
 */
export async function seedWorld(t: TestApp): Promise<World> {
  const ownerA = await signUpOwner(t, { practiceName: 'Practice A', displayName: 'Owner A' });
  const p1 = await inviteAndAccept(t, ownerA, 'practitioner', 'Pat Practitioner');
  const p2 = await inviteAndAccept(t, ownerA, 'practitioner', 'Quinn Practitioner');
  const clientA = await inviteAndAccept(t, ownerA, 'client', 'Alex Client', p1.id);
  const clientB = await inviteAndAccept(t, ownerA, 'client', 'Blair Client', p2.id);
  const ownerB = await signUpOwner(t, { practiceName: 'Practice B', displayName: 'Owner B' });
  const foreign = await inviteAndAccept(t, ownerB, 'practitioner', 'Flynn Foreign');
  return {
    practiceA: ownerA.practiceId,
    practiceB: ownerB.practiceId,
    people: {
      owner: { id: ownerA.accountId, email: ownerA.email, practiceId: ownerA.practiceId },
      practitionerOfA: p1,
      otherPractitioner: p2,
      clientA,
      clientB,
      foreignPractitioner: foreign,
    },
  };
}

export interface PracticeWithClient {
  practitioner: SignedIn;
  client: SignedIn;
  clientPerson: Person;
}

/** A new practice (its owner as the practitioner) with one client, Casey, both signed in. */
export async function practiceWithClient(t: TestApp): Promise<PracticeWithClient> {
  const practitioner = await signUpOwner(t);
  const clientPerson = await inviteAndAccept(t, practitioner, 'client', 'Casey');
  const client = await logIn(t, clientPerson.email);
  return { practitioner, client, clientPerson };
}
