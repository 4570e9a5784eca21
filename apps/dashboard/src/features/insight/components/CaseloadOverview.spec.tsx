import { MantineProvider } from '@mantine/core';
import { readinessSuggestion } from '@askwell/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../../lib/query-client';
import type { CaseloadPage, CaseloadRow } from '@askwell/domain';
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
  openRiskTier: null,
  readiness: readinessSuggestion([]),
  ...over,
});

const ROWS = [
  row({
    id: 'c2',
    displayName: 'Jonah Reyes',
    currentRung: 3,
    openRiskFlags: 1,
    openRiskTier: 'explicit',
    unreadSharedEntries: 2,
  }),
  row({}),
];

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' },
    }),
  );

/** The API as the screen sees it: `answer` gets the URL's query and returns the page (or a status). */
function setup(
  answer: (q: URLSearchParams) => CaseloadPage | number = () => page(ROWS, 2, 1, null),
  initial = '/clients',
) {
  const urls: string[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    urls.push(url);
    const a = answer(new URL(url, 'http://localhost').searchParams);
    return typeof a === 'number' ? json({ status: a, title: 'Failed' }, a) : json(a);
  }) as typeof fetch;
  const router = createMemoryRouter(
    [{ path: '/clients', element: <CaseloadOverview onInvite={() => undefined} /> }],
    { initialEntries: [initial] },
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

const page = (items: CaseloadRow[], total: number, flagged: number, nextCursor: string | null) => ({
  items,
  total,
  flagged,
  nextCursor,
});

/** A caseload of n clients, 25 a page, cursor = index of the next client. */
const paged = (n: number) => (q: URLSearchParams) => {
  const from = Number(q.get('cursor') ?? 0);
  const to = Math.min(n, from + 25);
  const items = Array.from({ length: to - from }, (_, k) =>
    row({ id: `c${from + k}`, displayName: `Client ${String(from + k).padStart(3, '0')}` }),
  );
  return page(items, n, 0, to < n ? String(to) : null);
};

describe('CaseloadOverview', () => {
  it('shows each client with adherence as "n of m", the risk flag and unread count, and the counts of the caseload', async () => {
    setup(() => page(ROWS, 40, 7, 'next'));
    const table = await screen.findByRole('table', { name: 'Your clients' });
    const jonah = within(table).getByRole('row', { name: /Jonah Reyes/ });
    expect(jonah).toHaveTextContent('Explicit risk · open risk flag');
    const maya = within(table).getByRole('row', { name: /Maya Okafor/ });
    expect(maya).toHaveTextContent('3 of 4');
    expect(maya).toHaveTextContent('Nothing due');
    // The counts are the caseload's (from the API), not the page's.
    expect(screen.getByRole('heading', { name: '40 clients' })).toBeInTheDocument();
    expect(screen.getByText('7 clients have an open risk flag.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 40 clients.');
  });

  it('names the tier of the open flags in the badge, in full, and never a tier the API did not give', async () => {
    setup(() =>
      page(
        [
          row({ id: 'a', displayName: 'Ada Explicit', openRiskFlags: 2, openRiskTier: 'explicit' }),
          row({ id: 'b', displayName: 'Bo Concern', openRiskFlags: 1, openRiskTier: 'concern' }),
          row({ id: 'c', displayName: 'Cy Private', openRiskFlags: 1, openRiskTier: null }),
          row({ id: 'd', displayName: 'Di None' }),
        ],
        4,
        3,
        null,
      ),
    );
    const table = await screen.findByRole('table', { name: 'Your clients' });
    const badge = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(name) })).queryByText(/ · /);
    expect(badge('Ada Explicit')).toHaveTextContent('Explicit risk · 2 open risk flags');
    expect(badge('Ada Explicit')?.closest('.risk-badge')).toHaveAttribute('data-tier', 'explicit');
    expect(badge('Bo Concern')).toHaveTextContent('Concern · open risk flag');
    expect(badge('Bo Concern')?.closest('.risk-badge')).toHaveAttribute('data-tier', 'concern');
    // A private entry's flag, or the untiered screen's: only that a flag is open.
    expect(badge('Cy Private')).toHaveTextContent('Risk flag · open risk flag');
    expect(badge('Di None')).toBeNull();
    expect(within(table).getByRole('row', { name: /Di None/ })).toHaveTextContent('None');
    // The cards on a narrow screen say the same.
    const cards = screen.getByRole('list', { name: 'Your clients' });
    expect(cards).toHaveTextContent('Explicit risk · 2 open');
    expect(cards).toHaveTextContent('Concern · open');
  });

  it('asks for who needs attention first, 25 a page, and orders through the API by header or switch', async () => {
    const user = userEvent.setup();
    const { urls, router } = setup();
    const table = await screen.findByRole('table', { name: 'Your clients' });
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=attention&order=desc&limit=25');
    // Adherence is not sortable across pages: a plain header.
    const adherence = within(table).getByRole('columnheader', { name: /Done, 7 days/ });
    expect(within(adherence).queryByRole('button')).toBeNull();
    const rung = within(table).getByRole('columnheader', { name: /^Rung/ });
    expect(rung).toHaveAttribute('aria-sort', 'none');
    await user.click(within(rung).getByRole('button'));
    expect(rung).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?sort=rung');
    await screen.findByRole('table', { name: 'Your clients' });
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=rung&order=asc&limit=25');
    await user.selectOptions(screen.getByLabelText('Order'), 'Least recently active');
    expect(router.state.location.search).toBe('?sort=last-activity&order=asc');
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=last-activity&order=asc&limit=25');
    expect(within(table).getByRole('columnheader', { name: /Last activity/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('offers to put who needs attention first when another order hides them', async () => {
    const user = userEvent.setup();
    const { router } = setup();
    await screen.findByRole('table', { name: 'Your clients' });
    expect(screen.queryByRole('button', { name: 'Show who needs attention first' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Order'), 'Name, A to Z');
    await user.click(screen.getByRole('button', { name: 'Show who needs attention first' }));
    expect(router.state.location.search).toBe('');
  });

  it('filters through the API and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { urls } = setup();
    await screen.findByRole('table', { name: 'Your clients' });
    await user.click(screen.getByRole('checkbox', { name: 'Open risk flag' }));
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=attention&order=desc&flagged=true&limit=25');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('checkbox', { name: 'Open risk flag' })).not.toBeChecked();
  });

  // Role queries over a hundred rows are slow in jsdom: the rows are counted with plain selectors.
  const rowsIn = (table: HTMLElement) => table.querySelectorAll('tbody tr').length;

  it('shows more a page at a time, keeping what is shown, moving the focus to the first new client', async () => {
    const user = userEvent.setup();
    const { urls } = setup(paged(55));
    const table = await screen.findByRole('table', { name: 'Your clients' });
    expect(rowsIn(table)).toBe(25);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 25 of 55 clients.');
    await user.click(screen.getByRole('button', { name: 'Show 25 more clients' }));
    expect(await screen.findByText('Showing 50 of 55 clients.')).toBeInTheDocument();
    expect(urls.at(-1)).toBe('/api/v1/caseload?sort=attention&order=desc&limit=25&cursor=25');
    expect(rowsIn(table)).toBe(50);
    expect(table).toHaveTextContent('Client 000');
    expect(document.activeElement).toHaveTextContent('Client 025');
    await user.click(screen.getByRole('button', { name: 'Show 5 more clients' }));
    expect(await screen.findByText('Showing all 55 clients.')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Client 050');
    expect(screen.queryByRole('button', { name: /more clients/ })).toBeNull();
  }, 30_000);

  it('keeps the clients shown when the next page fails, and says so', async () => {
    const user = userEvent.setup();
    // A 4xx: the query client retries only network failures and 5xx, which would only slow this test.
    setup((q) => (q.get('cursor') ? 400 : paged(30)(q)));
    await screen.findByRole('table', { name: 'Your clients' });
    await user.click(screen.getByRole('button', { name: 'Show 5 more clients' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('More clients could not be loaded');
    expect(rowsIn(screen.getByRole('table', { name: 'Your clients' }))).toBe(25);
  });

  it('invites the first client when the caseload is empty', async () => {
    setup(() => page([], 0, 0, null));
    expect(await screen.findByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when nothing matches the filters, with a way back', async () => {
    setup(() => page([], 0, 0, null), '/clients?q=zed');
    expect(await screen.findByRole('heading', { name: '0 clients match' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No client matches these filters.');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });
});
