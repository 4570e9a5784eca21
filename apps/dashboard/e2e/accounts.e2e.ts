import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { PASSWORD, signUpOwner, uniqueEmail } from './support/accounts';
import { totp } from './support/totp';

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a practitioner signs up and invites a client, who joins and sees an empty week; staff pages stay closed to the client', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const practitionerEmail = uniqueEmail('practitioner');
  const clientEmail = uniqueEmail('client');

  await page.goto('/sign-up');
  await page.getByLabel('Practice name').fill('Harbour Coaching');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Email').fill(practitionerEmail);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my practice' }).click();

  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Sam Rivera');

  await page.getByRole('button', { name: 'Invite a client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Invite a client' });
  await dialog.getByLabel('Name').fill('Alex');
  await dialog.getByLabel('Email').fill(clientEmail);
  await dialog.getByRole('button', { name: 'Create invitation' }).click();

  await expect(dialog).toContainText('It works once, for 7 days');
  const link = await dialog.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invite#token=.{10,}/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Open invitations' })).toContainText('Alex');

  // The client, in a browser of their own. The link names the server's PUBLIC_URL (localhost here); the test
  // server listens on 127.0.0.1, so open the same path and fragment on it.
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const staffCalls: string[] = [];
  client.on('request', (r) => {
    if (/\/api\/v1\/(clients|practice|invitations(?!\/(lookup|accept))|audit-events)/.test(r.url()))
      staffCalls.push(r.url());
  });
  await client.goto(`/invite${new URL(link).hash}`);
  await expect(
    client.getByRole('heading', { level: 1, name: 'Alex, Harbour Coaching invited you' }),
  ).toBeVisible();
  await expect(client).toHaveURL(/\/invite$/); // the token leaves the address bar
  await client.getByLabel('Choose a password').fill('blue kite morning walk');
  await client.getByRole('button', { name: 'Set password and continue' }).click();

  await expect(client).toHaveURL(/\/me$/);
  await expect(client.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(
    client.getByText('Nothing is due yet. Your practitioner will add exercises here.'),
  ).toBeVisible();
  await expect(client.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'This week',
    'Settings',
  ]);

  await client.goto('/clients');
  await expect(client).toHaveURL(/\/me$/);
  await expect(client.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(client.getByRole('heading', { name: 'Clients' })).toHaveCount(0);
  await client.goto('/audit');
  await expect(client).toHaveURL(/\/me$/);
  expect(staffCalls).toEqual([]);
  await clientContext.close();

  // The practitioner now has a client, and the invitation is no longer open.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Your clients' })).toContainText('Alex');
  await expect(page.getByRole('list', { name: 'Open invitations' })).toHaveCount(0);
});

test('signed out people are sent to sign in; a wrong password is explained in an alert that takes focus; then they return to where they were going', async ({
  page,
}) => {
  const owner = await signUpOwner(page.request);
  await page.context().clearCookies();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, owner.email, 'not the right password');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That email and password do not match an account.');
  await expect(alert).toBeFocused();

  await signIn(page, owner.email);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('an idle session warns two minutes before the limit, then signs out, says why, and keeps unsaved text for the same person', async ({
  page,
}) => {
  await page.clock.install();
  const owner = await signUpOwner(page.request);
  await page.goto('/settings');
  const name = page.getByLabel('Practice name');
  await expect(name).toHaveValue('Harbour Coaching');
  await name.fill('Harbour Coaching and Counselling');

  await page.clock.fastForward('29:00');
  const warning = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(warning).toContainText("You will be signed out in 2 minutes to protect your clients' privacy");
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();

  await page.clock.fastForward('29:00');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('01:05');

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('You were signed out after 30 minutes without activity')).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Sam Rivera');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  const session = await page.request.get('/api/v1/auth/session');
  expect(session.status()).toBe(401);

  await signIn(page, owner.email);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByText('Your unsaved changes are back')).toBeVisible();
  await expect(page.getByLabel('Practice name')).toHaveValue('Harbour Coaching and Counselling');
});

test('two owners saving the same settings: the second is told the settings changed, and can load the latest', async ({
  page,
  context,
}) => {
  await signUpOwner(page.request);
  const other = await context.newPage();
  await page.goto('/settings');
  await other.goto('/settings');
  await expect(other.getByLabel('Practice name')).toHaveValue('Harbour Coaching');

  await page.getByLabel('Practice name').fill('Harbour Coaching Studio');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByLabel('Practice name')).toHaveValue('Harbour Coaching Studio');
  await expect(page.getByRole('checkbox', { name: "Use Askwell's default crisis text" })).toBeChecked();

  await other.getByLabel('Sign out after this many minutes without activity').fill('20');
  await other.getByRole('button', { name: 'Save settings' }).click();
  const alert = other.getByRole('alert');
  await expect(alert).toContainText('Changed by someone else');
  await expect(alert).toBeFocused();
  await alert.getByRole('button', { name: 'Load the latest version' }).click();
  await expect(other.getByLabel('Practice name')).toHaveValue('Harbour Coaching Studio');
  await other.getByLabel('Sign out after this many minutes without activity').fill('20');
  await other.getByRole('button', { name: 'Save settings' }).click();
  await expect(other.getByText('Settings saved')).toBeVisible();
  await expect(other.getByLabel('Sign out after this many minutes without activity')).toHaveValue('20');

  // A second save from the same page carries the new version (no 412).
  await other.getByLabel('Practice name').fill('Harbour Studio');
  await other.getByRole('button', { name: 'Save settings' }).click();
  await expect(other.getByText('Settings saved')).toBeVisible();
  await expect(other.getByRole('alert')).toHaveCount(0);
  await expect(other.getByLabel('Practice name')).toHaveValue('Harbour Studio');
});

test('withdrawing an invitation stops its link from working', async ({ page, browser }) => {
  await signUpOwner(page.request);
  await page.goto('/clients');
  await page.getByRole('button', { name: 'Invite a client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Invite a client' });
  await dialog.getByLabel('Name').fill('Riley');
  await dialog.getByLabel('Email').fill(uniqueEmail('riley'));
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Withdraw the invitation for Riley' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The invitation for Riley is withdrawn' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open invitations' })).toHaveCount(0);

  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await client.goto(`/invite${new URL(link).hash}`);
  await expect(
    client.getByRole('heading', { level: 1, name: 'This invitation does not work any more' }),
  ).toBeVisible();
  await clientContext.close();
});

test('two-step sign-in: turned on in settings with recovery codes shown once, then a code or a recovery code at sign-in', async ({
  page,
}) => {
  const owner = await signUpOwner(page.request);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const key = (await page.getByLabel('Setup key', { exact: true }).textContent()) ?? '';
  await page.getByRole('textbox', { name: '6-digit code from the app' }).fill(totp(key));
  await page.getByRole('button', { name: 'Turn on', exact: true }).click();

  const codes = page.getByRole('list', { name: 'Recovery codes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  const recoveryCode = ((await codes.getByRole('listitem').first().textContent()) ?? '').trim();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Save the codes first, then tick this box.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'I saved these codes somewhere safe' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(codes).toHaveCount(0);
  await expect(page.getByText('Each time you sign in, you confirm it with a code')).toBeVisible();

  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
  };
  await signOut();
  await signIn(page, owner.email);
  // The code that turned it on is spent (a code is good once): the app's next code signs in.
  await page.getByRole('textbox', { name: '6-digit code' }).fill(totp(key, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/clients$/);

  await signOut();
  await signIn(page, owner.email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/clients$/);

  await signOut();
  await signIn(page, owner.email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  const field = page.getByRole('textbox', { name: 'Recovery code' });
  await field.fill(recoveryCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(field).toHaveAccessibleDescription(/That recovery code did not work/);
  await expect(field).toBeFocused();
});

test('where the practice requires two-step sign-in, a new practitioner sets it up while accepting the invitation', async ({
  page,
  browser,
}) => {
  await signUpOwner(page.request);
  await page.goto('/settings');
  // The owner turns it on for themselves first: requiring it ends every session opened without it.
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const ownerKey = (await page.getByLabel('Setup key', { exact: true }).textContent()) ?? '';
  await page.getByRole('textbox', { name: '6-digit code from the app' }).fill(totp(ownerKey));
  await page.getByRole('button', { name: 'Turn on', exact: true }).click();
  await page.getByRole('checkbox', { name: 'I saved these codes somewhere safe' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('switch', { name: /Require two-step sign-in/ }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.getByRole('button', { name: 'Invite a practitioner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a practitioner' });
  await dialog.getByLabel('Name').fill('Morgan');
  await dialog.getByLabel('Email').fill(uniqueEmail('morgan'));
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();

  const practitionerContext = await browser.newContext();
  const practitioner = await practitionerContext.newPage();
  await practitioner.goto(`/invite${new URL(link).hash}`);
  await expect(
    practitioner.getByRole('heading', { level: 1, name: 'Morgan, Harbour Coaching invited you' }),
  ).toBeVisible();
  await practitioner.getByLabel('Choose a password').fill('calm orchard paper boat');
  await practitioner.getByRole('button', { name: 'Set password and continue' }).click();

  await expect(practitioner.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeFocused();
  const key = (await practitioner.getByLabel('Setup key', { exact: true }).textContent()) ?? '';
  await practitioner.getByRole('textbox', { name: '6-digit code from the app' }).fill(totp(key));
  await practitioner.getByRole('button', { name: 'Turn on and continue' }).click();
  await expect(practitioner.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(
    10,
  );
  await practitioner.getByRole('checkbox', { name: 'I saved these codes somewhere safe' }).check();
  await practitioner.getByRole('button', { name: 'Continue' }).click();
  await expect(practitioner).toHaveURL(/\/clients$/);
  await expect(practitioner.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Clients',
    'Settings',
  ]);
  await practitionerContext.close();

  await page.reload();
  const morgan = page
    .getByRole('list', { name: 'People in your practice' })
    .getByRole('listitem')
    .filter({ hasText: 'Morgan' });
  await expect(morgan).toContainText('Two-step on');
});

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('sign-in, sign-up and an unusable invitation link', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Askwell' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
    await expect(page.getByLabel('Email')).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/sign-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Create your practice' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/invite#token=not-a-real-token');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This invitation does not work any more' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('clients with the invite dialog open, settings, audit, invitation accept and the client week', async ({
    page,
    browser,
  }) => {
    await signUpOwner(page.request);
    await page.goto('/clients');
    await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Invite a client' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Invite a client' });
    await expect(dialog.getByLabel('Practitioner')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByLabel('Name').fill('Jordan');
    await dialog.getByLabel('Email').fill(uniqueEmail('jordan'));
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    await expect(dialog.getByLabel('Invitation link')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const link = await dialog.getByLabel('Invitation link').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 2, name: 'People in your practice' })).toBeVisible();
    await expect(page.getByLabel('Practice name')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/audit');
    await expect(page.getByRole('region', { name: 'Audit events, newest first' })).toContainText(
      'Invited someone',
    );
    await expectNoSeriousA11yViolations(page);

    const clientContext = await browser.newContext();
    const client = await clientContext.newPage();
    await client.goto(`/invite${new URL(link).hash}`);
    await expect(
      client.getByRole('heading', { level: 1, name: 'Jordan, Harbour Coaching invited you' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(client);
    await client.getByLabel('Choose a password').fill('green river evening tea');
    await client.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(client.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    await expectNoSeriousA11yViolations(client);
    await clientContext.close();
  });
});
