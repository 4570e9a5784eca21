import { MantineProvider } from '@mantine/core';
import type { AccountSession as SessionView } from '@askwell/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makeQueryClient } from './App';
import LoginRoute from './routes/login';
import { ApiError } from '../lib/api-client';
import { createQueryClient } from '../lib/query-client';
import { authKeys, clearSignOutNotice, peekSignOutNotice, sessionQuery } from '../features/auth';

/**
 * When a practice requires two-step sign-in, the API ends a session opened without it at its next request with
 * 403 TWO_FACTOR_SETUP_REQUIRED (or TWO_FACTOR_REQUIRED when the account has it). The dashboard takes that as
 * the end of the session: back to sign-in, which says why and then sets it up or asks for a code.
 */

const session: SessionView = {
  account: {
    id: 'a1',
    email: 'sam@example.com',
    displayName: 'Sam',
    role: 'practitioner',
    twoFactorEnabled: false,
  },
  practice: { id: 'p1', name: 'Harbour Coaching', requireTwoFactor: true, idleTimeoutMinutes: 30 },
  csrfToken: 'csrf-1',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

const failing = (error: ApiError) => () => Promise.reject(error);

function respond(status: number, body: unknown) {
  global.fetch = jest.fn().mockResolvedValue(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    }),
  );
}

describe('a session the practice now asks two-step sign-in of', () => {
  afterEach(() => clearSignOutNotice());

  it('ends it on any call answered with one of the two codes, and only those', async () => {
    const onUnauthenticated = jest.fn();
    const client = createQueryClient({ onUnauthenticated });
    const cases: [ApiError, string | undefined][] = [
      [new ApiError(403, 'TWO_FACTOR_SETUP_REQUIRED', 'Set up two-step sign-in'), 'two-factor'],
      [new ApiError(403, 'TWO_FACTOR_REQUIRED', 'Sign in with a code'), 'two-factor'],
      [new ApiError(401, 'UNAUTHENTICATED', 'Please sign in'), 'expired'],
      [new ApiError(403, 'FORBIDDEN', 'Not allowed'), undefined],
      [new ApiError(403, 'CSRF_REJECTED', 'Request refused'), undefined],
    ];
    for (const [i, [error, reason]] of cases.entries()) {
      onUnauthenticated.mockClear();
      await client
        .fetchQuery({ queryKey: ['case', i], queryFn: failing(error), retry: false })
        .catch(() => null);
      expect({ code: error.code, calls: onUnauthenticated.mock.calls }).toEqual({
        code: error.code,
        calls: reason ? [[reason]] : [],
      });
    }
  });

  it('forgets the session and tells the sign-in page why', async () => {
    const client = makeQueryClient();
    client.setQueryData(authKeys.session(), session);
    await client
      .fetchQuery({
        queryKey: ['clients'],
        queryFn: failing(new ApiError(403, 'TWO_FACTOR_SETUP_REQUIRED', 'Set up two-step sign-in')),
        retry: false,
      })
      .catch(() => null);
    expect(client.getQueryData(authKeys.session())).toBeNull();
    expect(peekSignOutNotice()).toEqual({ reason: 'two-factor', keptDrafts: false });

    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <MemoryRouter>
            <LoginRoute />
          </MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /Your practice now asks everyone who works with clients to use two-step sign-in\. Sign in again/,
    );
  });

  it('counts the start-up session check answered so as signed out, not as an error', async () => {
    respond(403, { status: 403, code: 'TWO_FACTOR_REQUIRED', title: 'Sign in with a code' });
    const client = createQueryClient();
    await expect(client.fetchQuery(sessionQuery())).resolves.toBeNull();
    expect(peekSignOutNotice()).toMatchObject({ reason: 'two-factor' });
  });
});
