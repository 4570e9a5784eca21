import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createQueryClient } from '../../../lib/query-client';
import { StatusPanel } from './StatusPanel';

function renderPanel() {
  return render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <StatusPanel />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('StatusPanel', () => {
  it('shows the database as ready with its kind', async () => {
    global.fetch = jest.fn((input: RequestInfo | URL) =>
      Promise.resolve(
        new Response(
          JSON.stringify(
            (input instanceof Request ? input.url : input.toString()).endsWith('/ready')
              ? { status: 'ready', database: 'embedded', migrations: 'applied' }
              : { status: 'ok' },
          ),
          {
            status: 200,
            headers: { 'content-type': 'application/json' },
          },
        ),
      ),
    ) as typeof fetch;
    renderPanel();
    expect(await screen.findByText(/embedded database, migrations applied/)).toBeInTheDocument();
  });

  it('explains why the database is not ready', async () => {
    global.fetch = jest.fn((input: RequestInfo | URL) =>
      Promise.resolve(
        (input instanceof Request ? input.url : input.toString()).endsWith('/ready')
          ? new Response(
              JSON.stringify({
                title: 'Not ready',
                status: 503,
                code: 'SERVICE_UNAVAILABLE',
                detail: 'The database cannot be reached.',
              }),
              {
                status: 503,
                headers: { 'content-type': 'application/problem+json' },
              },
            )
          : new Response(JSON.stringify({ status: 'ok' }), {
              status: 200,
              headers: { 'content-type': 'application/json' },
            }),
      ),
    ) as typeof fetch;
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('The database cannot be reached.');
  });
});
