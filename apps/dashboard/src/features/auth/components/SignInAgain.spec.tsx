import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountSession } from '@askwell/domain';
import { MemoryRouter } from 'react-router';
import { api, setCsrfToken } from '../../../lib/api-client';
import { createQueryClient } from '../../../lib/query-client';
import { withSignIn } from '../../../lib/sign-in-again';
import { authKeys } from '../api/session';
import { SignInAgain } from './SignInAgain';

const session = (csrfToken: string, id = 'a1'): AccountSession => ({
  account: { id, email: 'robin@example.test', displayName: 'Robin', role: 'client', twoFactorEnabled: false },
  practice: { id: 'p1', name: 'Harbour Coaching', requireTwoFactor: false, idleTimeoutMinutes: 30 },
  csrfToken,
  expiresAt: '2030-01-01T00:00:00.000Z',
});

type Answer = { status: number; body: unknown };
const respond = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Answers each API path from a queue, and records what was sent with which CSRF token. */
function mockApi(answers: Record<string, Answer[]>) {
  const sent: { path: string; body: unknown; csrf: string | undefined }[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const path = (input instanceof Request ? input.url : input.toString()).replace(/^\/api/, '');
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({
      path,
      body: init?.body ? JSON.parse(init.body as string) : undefined,
      csrf: headers['x-csrf-token'],
    });
    const next = answers[path]?.shift();
    if (!next) throw new Error(`unexpected call to ${path}`);
    return Promise.resolve(respond(next));
  }) as typeof fetch;
  return sent;
}

/** A form's write, as every feature's mutation does it (lib/write.ts). */
function Writer({ text }: { text: string }) {
  const save = useMutation({
    mutationFn: () => withSignIn(() => api('/v1/me/notes', { method: 'POST', body: { text } })),
  });
  return (
    <>
      <button type="button" onClick={() => save.mutate()}>
        Save
      </button>
      {save.isSuccess && <p>Sent.</p>}
    </>
  );
}

function renderPage(onUnauthenticated = jest.fn()) {
  const queryClient = createQueryClient({ onUnauthenticated });
  queryClient.setQueryData(authKeys.session(), session('old-token'));
  setCsrfToken('old-token');
  render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <SignInAgain />
          <Writer text="Everything I typed, before and after the session ended." />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { queryClient, onUnauthenticated };
}

describe('SignInAgain', () => {
  it('when a write meets an ended session, asks to sign in over the page and then sends the write, as typed', async () => {
    const user = userEvent.setup();
    const sent = mockApi({
      '/v1/me/notes': [
        { status: 401, body: { code: 'UNAUTHENTICATED', title: 'Please sign in' } },
        { status: 201, body: { id: 'n1' } },
      ],
      '/v1/auth/login': [{ status: 200, body: { status: 'signed-in', session: session('new-token') } }],
    });
    const { onUnauthenticated } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to save your work' });
    expect(dialog).toHaveTextContent('What you wrote is still here');
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveValue('robin@example.test');
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'blue kite morning walk');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByText('Sent.');
    expect(sent.map((s) => s.path)).toEqual(['/v1/me/notes', '/v1/auth/login', '/v1/me/notes']);
    expect(sent[2]).toEqual({
      path: '/v1/me/notes',
      body: { text: 'Everything I typed, before and after the session ended.' },
      csrf: 'new-token', // the new session's token
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Sign in again to save your work' }),
      ).not.toBeInTheDocument(),
    );
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('going to the sign-in page instead fails the write as it was (and the app ends the session)', async () => {
    const user = userEvent.setup();
    mockApi({
      '/v1/me/notes': [{ status: 401, body: { code: 'UNAUTHENTICATED', title: 'Please sign in' } }],
    });
    const { queryClient, onUnauthenticated } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog', { name: 'Sign in again to save your work' });
    await user.click(screen.getByRole('button', { name: 'Go to the sign-in page' }));
    await waitFor(() => expect(queryClient.getQueryData(authKeys.session())).toBeNull());
    await waitFor(() => expect(onUnauthenticated).toHaveBeenCalled());
    expect(screen.queryByText('Sent.')).not.toBeInTheDocument();
  });
});
