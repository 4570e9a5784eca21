import { generate } from 'otplib';
import { logIn, PASSWORD, randomIp, signUpOwner, uniqueEmail } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe('invitations, practice settings, audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('invitations', () => {
    it('returns a link to copy when email is not set up; the link works once and shows who invited whom', async () => {
      const owner = await signUpOwner(t, { practiceName: 'Willow Practice' });
      const email = uniqueEmail('client');
      const res = await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email, displayName: 'Robin', role: 'client' })
        .expect(201);
      expect(res.body).toMatchObject({
        emailed: false,
        invitation: { email, role: 'client', practitionerId: owner.accountId },
      });
      expect(res.body.link).toMatch(/^http:\/\/localhost:3000\/invite#token=/);
      const token = tokenOf(res.body.link);

      const look = await t
        .http()
        .get(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)
        .expect(200);
      expect(look.body).toMatchObject({
        practiceName: 'Willow Practice',
        email,
        displayName: 'Robin',
        role: 'client',
      });

      const accepted = await t
        .http()
        .post('/api/v1/invitations/accept')
        .set('x-forwarded-for', randomIp())
        .send({ token, password: PASSWORD })
        .expect(200);
      expect(accepted.body.session.account).toMatchObject({ email, role: 'client', displayName: 'Robin' });
      const again = await t
        .http()
        .post('/api/v1/invitations/accept')
        .set('x-forwarded-for', randomIp())
        .send({ token, password: PASSWORD })
        .expect(404);
      expect(again.body.code).toBe('INVITATION_INVALID');
      await t
        .http()
        .get(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)
        .expect(404);

      const caseload = await owner.agent.get('/api/v1/clients').expect(200);
      expect((caseload.body as { items: { email: string }[] }).items.map((c) => c.email)).toEqual([email]);
    });

    it('expires after 7 days and can be withdrawn; a newer invitation replaces an older one', async () => {
      const owner = await signUpOwner(t);
      const email = uniqueEmail('late');
      const first = await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email, displayName: 'Late', role: 'client' })
        .expect(201);
      const second = await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email, displayName: 'Late', role: 'client' })
        .expect(201);
      await t
        .http()
        .get(`/api/v1/invitations/lookup?token=${encodeURIComponent(tokenOf(first.body.link))}`)
        .expect(404);
      await t.dataSource.query(
        `UPDATE invitation SET expires_at = now() - interval '1 second' WHERE practice_id = $1 AND id = $2`,
        [owner.practiceId, second.body.invitation.id],
      );
      await t
        .http()
        .post('/api/v1/invitations/accept')
        .set('x-forwarded-for', randomIp())
        .send({ token: tokenOf(second.body.link), password: PASSWORD })
        .expect(404);

      const third = await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email, displayName: 'Late', role: 'client' })
        .expect(201);
      const open = await owner.agent.get('/api/v1/invitations').expect(200);
      expect((open.body as { id: string }[]).map((i) => i.id)).toEqual([third.body.invitation.id]);
      await owner.agent
        .delete(`/api/v1/invitations/${third.body.invitation.id}`)
        .set('x-csrf-token', owner.csrf)
        .expect(204);
      await t
        .http()
        .post('/api/v1/invitations/accept')
        .set('x-forwarded-for', randomIp())
        .send({ token: tokenOf(third.body.link), password: PASSWORD })
        .expect(404);
    });

    it('lets a practitioner invite clients only, into their own caseload', async () => {
      const owner = await signUpOwner(t);
      const p = await inviteAndAccept(t, owner, 'practitioner', 'Pia');
      const pia = await logIn(t, p.email);
      await pia.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', pia.csrf)
        .send({ email: uniqueEmail(), displayName: 'X', role: 'practitioner' })
        .expect(403);
      await pia.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', pia.csrf)
        .send({ email: uniqueEmail(), displayName: 'X', role: 'client', practitionerId: owner.accountId })
        .expect(403);
      const client = await inviteAndAccept(t, pia, 'client', 'Casey');
      const list = await pia.agent.get('/api/v1/clients').expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: client.id, practitioners: [{ id: p.id, displayName: 'Pia' }] }),
      ]);
    });

    it('refuses an email that already has an account', async () => {
      const owner = await signUpOwner(t);
      const res = await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email: owner.email, displayName: 'Me', role: 'client' })
        .expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
    });
  });

  describe('practice settings', () => {
    it('updates with If-Match only: 428 without, 412 when stale, and shows the default crisis text until one is written', async () => {
      const owner = await signUpOwner(t);
      const before = await owner.agent.get('/api/v1/practice').expect(200);
      expect(before.headers.etag).toBe('"v1"');
      expect(before.body).toMatchObject({
        crisisResourcesIsDefault: true,
        crisisResources: expect.stringMatching(/local emergency number/),
      });
      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .send({ idleTimeoutMinutes: 15 })
        .expect(428);
      const ok = await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ idleTimeoutMinutes: 15, crisisResources: 'Call 112, or the Samaritans on 116 123.' })
        .expect(200);
      expect(ok.headers.etag).toBe('"v2"');
      expect(ok.body).toMatchObject({
        idleTimeoutMinutes: 15,
        crisisResources: 'Call 112, or the Samaritans on 116 123.',
        crisisResourcesIsDefault: false,
      });
      const stale = await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ name: 'Lost update' })
        .expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v2"')
        .send({ idleTimeoutMinutes: 121 })
        .expect(400);
      const after = await owner.agent.get('/api/v1/practice').expect(200);
      expect(after.body).toMatchObject({ name: 'Harbour Coaching', idleTimeoutMinutes: 15, version: 2 });
    });

    it('when the owner requires 2FA, a practitioner without it must set it up at sign-in', async () => {
      const owner = await signUpOwner(t);
      // The owner turns it on first (in this session), or requiring it would end their own session too.
      const ownSetup = await owner.agent
        .post('/api/v1/auth/two-factor/setup')
        .set('x-csrf-token', owner.csrf)
        .expect(200);
      await owner.agent
        .post('/api/v1/auth/two-factor/enable')
        .set('x-csrf-token', owner.csrf)
        .send({ code: await generate({ secret: ownSetup.body.secret }) })
        .expect(200);
      const p = await inviteAndAccept(t, owner, 'practitioner', 'Sam');
      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ requireTwoFactor: true })
        .expect(200);
      const step1 = await t
        .http()
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', randomIp())
        .send({ email: p.email, password: PASSWORD })
        .expect(200);
      expect(step1.body.status).toBe('two-factor-setup-required');
      const setup = await t
        .http()
        .post('/api/v1/auth/login/two-factor/setup')
        .send({ challenge: step1.body.challenge })
        .expect(200);
      const done = await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: step1.body.challenge, code: await generate({ secret: setup.body.secret }) })
        .expect(200);
      expect(done.body).toMatchObject({
        status: 'signed-in',
        session: { account: { twoFactorEnabled: true } },
        recoveryCodes: expect.any(Array),
      });
      const members = await owner.agent.get('/api/v1/practice/members').expect(200);
      expect((members.body as { id: string }[]).find((m) => m.id === p.id)).toMatchObject({
        twoFactorEnabled: true,
      });
    });
  });

  describe('audit log', () => {
    it('records who did what from where, lets the owner filter it, and never changes', async () => {
      const owner = await signUpOwner(t);
      const client = await inviteAndAccept(t, owner, 'client', 'Dana');
      const from = randomIp();
      await owner.agent.get(`/api/v1/clients/${client.id}`).set('x-forwarded-for', from).expect(200);
      const all = await owner.agent.get('/api/v1/audit-events').expect(200);
      const actions = (all.body as { items: { action: string }[] }).items.map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'practice.create',
          'auth.login',
          'invitation.create',
          'invitation.accept',
          'client.profile.read',
        ]),
      );
      const reads = await owner.agent
        .get(`/api/v1/audit-events?clientId=${client.id}&action=client.`)
        .expect(200);
      expect(reads.body.items).toEqual([
        expect.objectContaining({
          action: 'client.profile.read',
          clientId: client.id,
          clientName: 'Dana',
          outcome: 'success',
          actor: expect.objectContaining({ id: owner.accountId, role: 'owner' }),
          ip: from,
        }),
      ]);
      const page1 = await owner.agent.get('/api/v1/audit-events?limit=2').expect(200);
      const page2 = await owner.agent
        .get(`/api/v1/audit-events?limit=2&cursor=${page1.body.nextCursor}`)
        .expect(200);
      expect(page2.body.items[0].id).not.toBe(page1.body.items[1].id);
      expect(Number(page2.body.items[0].id)).toBeLessThan(Number(page1.body.items[1].id));
    });
  });
});
