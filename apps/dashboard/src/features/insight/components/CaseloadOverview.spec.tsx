import { MantineProvider } from '@mantine/core';
import { readinessSuggestion } from '@askwell/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../../lib/query-client';
import type { CaseloadRow } from '../api/insight';
import { CaseloadOverview } from './CaseloadOverview';

const row = (over: Partial<CaseloadRow>): CaseloadRow => ({
  id: 'c1',
  displayName: 'Maya Okafor',
  email: 'maya@example.test',
  currentRung: 1,
  timeZone: 'UTC',
  version: 1,
  joinedAt: '2026-01-01T00:00:00Z',
  today: '2026-03-10',
  adherence7: { due: 4, completed: 3, rate: 0.75 },
  adherence28: { due: 0, completed: 0, rate: null },
  lastActivityAt: null,
  unreadSharedEntries: 0,
  openRiskFlags: 0,
  readiness: readinessSuggestion([]),
  ...over,
});

const ROWS = [
  row({}),
  row({ id: 'c2', displayName: 'Jonah Reyes', currentRung: 3, openRiskFlags: 1, unreadSharedEntries: 2 }),
];

function setup() {
  const urls: string[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    urls.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(
      new Response(JSON.stringify(ROWS), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  }) as typeof fetch;
  const router = createMemoryRouter(
    [{ path: '/clients', element: <CaseloadOverview onInvite={() => undefined} /> }],
    { initialEntries: ['/clients'] },
  );
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { urls, router };
}

describe('CaseloadOverview', () => {
  it('shows each client with adherence as "n of m", the risk flag and unread count', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Your clients' });
    const jonah = within(table).getByRole('row', { name: /Jonah Reyes/ });
    expect(jonah).toHaveTextContent('1 open risk flag');
    const maya = within(table).getByRole('row', { name: /Maya Okafor/ });
    expect(maya).toHaveTextContent('3 of 4');
    expect(maya).toHaveTextContent('Nothing due');
    expect(screen.getByText('1 client has an open risk flag.')).toBeInTheDocument();
  });

  it('sorts through the API when a header is clicked, saying the order on the header', async () => {
    const user = userEvent.setup();
    const { urls, router } = setup();
    const table = await screen.findByRole('table', { name: 'Your clients' });
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=name&order=asc');
    const header = within(table).getByRole('columnheader', { name: /Done, 7 days/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?sort=adherence-7&order=asc');
    await screen.findByRole('table', { name: 'Your clients' });
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=adherence-7&order=asc');
  });

  it('filters through the API and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { urls } = setup();
    await screen.findByRole('table', { name: 'Your clients' });
    await user.click(screen.getByRole('checkbox', { name: 'Open risk flag' }));
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=name&order=asc&flagged=true');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('checkbox', { name: 'Open risk flag' })).not.toBeChecked();
  });
});
