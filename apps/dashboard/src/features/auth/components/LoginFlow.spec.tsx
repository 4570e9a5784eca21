import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createQueryClient } from '../../../lib/query-client';
import type { AccountSession as SessionView } from '@askwell/domain';
import { LoginFlow } from './LoginFlow';

const session: SessionView = {
  account: { id: 'a1', email: 'sam@example.com', displayName: 'Sam', role: 'owner', twoFactorEnabled: true },
  practice: { id: 'p1', name: 'Harbour Coaching', requireTwoFactor: false, idleTimeoutMinutes: 30 },
  csrfToken: 'csrf-1',
  expiresAt: '2030-01-01T00:00:00.000Z',
};
const CHALLENGE = 'challenge-0123456789';

type Answer = { status: number; body: unknown };
const json = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Answers each API path from a queue, and records what was sent. */
function mockApi(answers: Record<string, Answer[]>) {
  const sent: { path: string; body: unknown }[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const path = (input instanceof Request ? input.url : input.toString()).replace(/^\/api/, '');
    sent.push({ path, body: init?.body ? JSON.parse(init.body as string) : undefined });
    const next = answers[path]?.shift();
    if (!next) throw new Error(`unexpected call to ${path}`);
    return Promise.resolve(json(next));
  }) as typeof fetch;
  return sent;
}

function renderFlow() {
  const onSignedIn = jest.fn();
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <LoginFlow onSignedIn={onSignedIn} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onSignedIn;
}

const passwordField = () => screen.getByLabelText(/^Password/, { selector: 'input' });

async function enterCredentials(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: /email/i }), 'Sam@Example.com');
  await user.type(passwordField(), 'quiet harbour lantern');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginFlow', () => {
  it('asks for the app code after the password, and can switch to a recovery code', async () => {
    const user = userEvent.setup();
    const sent = mockApi({
      '/v1/auth/login': [{ status: 200, body: { status: 'two-factor-required', challenge: CHALLENGE } }],
      '/v1/auth/login/two-factor': [{ status: 200, body: { status: 'signed-in', session } }],
    });
    const onSignedIn = renderFlow();
    await enterCredentials(user);

    const heading = await screen.findByRole('heading', { name: 'Enter the code from your app' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /6-digit code/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    expect(screen.getByRole('heading', { name: 'Use a recovery code' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /6-digit code/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Recovery code/ }), 'abcde-12345');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(session));
    expect(sent[0]).toEqual({
      path: '/v1/auth/login',
      body: { email: 'sam@example.com', password: 'quiet harbour lantern' },
    });
    expect(sent[1]).toEqual({
      path: '/v1/auth/login/two-factor',
      body: { challenge: CHALLENGE, recoveryCode: 'abcde-12345' },
    });
  });

  it('puts a rejected code on the code field and focuses it, without leaving the step', async () => {
    const user = userEvent.setup();
    mockApi({
      '/v1/auth/login': [{ status: 200, body: { status: 'two-factor-required', challenge: CHALLENGE } }],
      '/v1/auth/login/two-factor': [
        {
          status: 401,
          body: {
            status: 401,
            code: 'INVALID_TWO_FACTOR_CODE',
            title: 'That code did not work',
            detail: 'Check the code.',
          },
        },
      ],
    });
    const onSignedIn = renderFlow();
    await enterCredentials(user);
    const code = await screen.findByRole('textbox', { name: /6-digit code/ });
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code did not work/));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveFocus();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('checks the fields with the shared schema before calling the API, focusing the first problem', async () => {
    const user = userEvent.setup();
    const sent = mockApi({});
    renderFlow();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByRole('textbox', { name: /email/i });
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.'),
    );
    expect(email).toHaveFocus();
    expect(passwordField()).toHaveAccessibleDescription('Enter your password.');
    expect(sent).toEqual([]);
  });

  it('maps the API field errors onto fields, and says anything else in an alert that takes focus', async () => {
    const user = userEvent.setup();
    mockApi({
      '/v1/auth/login': [
        {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            title: 'Not valid',
            errors: [{ path: 'email', message: 'That address cannot receive email.' }],
          },
        },
        {
          status: 429,
          body: {
            status: 429,
            code: 'RATE_LIMITED',
            title: 'Too many attempts',
            detail: 'Please wait 15 minute(s) and try again.',
          },
        },
      ],
    });
    renderFlow();
    await enterCredentials(user);
    const email = screen.getByRole('textbox', { name: /email/i });
    await waitFor(() => expect(email).toHaveAccessibleDescription('That address cannot receive email.'));
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('Please wait 15 minute(s) and try again.');
    expect(alert).toHaveFocus();
  });

  it('sets up an authenticator app when the practice requires it, then shows the recovery codes once before going on', async () => {
    const user = userEvent.setup();
    const codes = ['aaaaa-11111', 'bbbbb-22222'];
    mockApi({
      '/v1/auth/login': [
        { status: 200, body: { status: 'two-factor-setup-required', challenge: CHALLENGE } },
      ],
      '/v1/auth/login/two-factor/setup': [
        {
          status: 200,
          body: {
            secret: 'JBSWY3DPEHPK3PXPJBSW',
            otpauthUri: 'otpauth://totp/Askwell:sam?secret=JBSWY3DPEHPK3PXPJBSW',
          },
        },
      ],
      '/v1/auth/login/two-factor': [
        { status: 200, body: { status: 'signed-in', session, recoveryCodes: codes } },
      ],
    });
    const onSignedIn = renderFlow();
    await enterCredentials(user);

    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'open the setup link in the app' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^otpauth:/),
    );
    await user.type(screen.getByRole('textbox', { name: /6-digit code from the app/ }), '654321');
    await user.click(screen.getByRole('button', { name: 'Turn on and continue' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(list).toHaveTextContent('aaaaa-11111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('checkbox', { name: 'I saved these codes somewhere safe' }),
    ).toHaveAccessibleDescription(/Save the codes first/);
    expect(onSignedIn).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'I saved these codes somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSignedIn).toHaveBeenCalledWith(session);
  });
});
