import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createQueryClient } from '../../../lib/query-client';
import { LoginFlow } from './LoginFlow';

// The form's checks load beside it (lib/lazy-resolver.ts); here their download fails, as when offline.
jest.mock('../validation', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

it('says the answers could not be checked when the check cannot be downloaded, keeping what was typed', async () => {
  const user = userEvent.setup();
  global.fetch = jest.fn(() => Promise.reject(new TypeError('offline'))) as typeof fetch;
  const onSignedIn = jest.fn();
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <LoginFlow onSignedIn={onSignedIn} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  const email = screen.getByRole('textbox', { name: /email/i });
  await user.type(email, 'sam@example.com');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Not checked yet');
  expect(alert).toHaveTextContent('Everything you typed is still here');
  expect(alert).toHaveFocus();
  expect(email).toHaveValue('sam@example.com');
  expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  expect(global.fetch).not.toHaveBeenCalled();
  expect(onSignedIn).not.toHaveBeenCalled();
});
