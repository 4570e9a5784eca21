import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../../../lib/query-client';
import type { ClientSummary, RiskFlagView } from '@askwell/domain';
import { ClientPage } from './ClientPage';

const client: ClientSummary = {
  id: 'c1',
  displayName: 'Jonah Reyes',
  email: 'jonah@example.test',
  joinedAt: '2026-01-01T00:00:00Z',
  practitioners: [],
  currentRung: 3,
  timeZone: 'Europe/London',
  openRiskFlags: 1,
  openRiskTier: 'concern',
  unreadSharedEntries: 0,
  lastActivityAt: null,
  version: 1,
};
const flag: RiskFlagView = {
  id: 'f1',
  clientId: 'c1',
  entryId: 'e1',
  private: false,
  tier: 'concern',
  category: 'wish-to-be-dead',
  findings: [{ tier: 'concern', category: 'wish-to-be-dead', evidence: 'sleep and not wake up', when: null }],
  matches: ['sleep and not wake up'],
  raisedAt: '2026-03-01T10:00:00Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
};

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Each API path answers when its gate is opened, so the test decides the order things arrive in. */
function mockApi() {
  const gates = new Map<string, () => void>();
  const asked: string[] = [];
  const bodies: Record<string, unknown> = {
    '/v1/clients/c1': client,
    '/v1/clients/c1/risk-flags': [flag],
    '/v1/clients/c1/assignments': [],
    '/v1/clients/c1/entries': { items: [], nextCursor: null, unreadCount: 0 },
    '/v1/exercises': { templates: [], custom: [] },
  };
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    const path = new URL(
      input instanceof Request ? input.url : input.toString(),
      'http://x',
    ).pathname.replace(/^\/api/, '');
    asked.push(path);
    return new Promise<Response>((resolve) => gates.set(path, () => resolve(json(bodies[path]))));
  }) as typeof fetch;
  /** Lets the answers for these paths arrive, and React draw what follows. */
  const answer = (...paths: string[]) =>
    act(async () => {
      for (const p of paths) gates.get(p)?.();
      await new Promise((r) => setTimeout(r, 20));
    });
  return { asked, answer };
}

function renderPage() {
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={['/clients/c1']}>
          <ClientPage clientId="c1" />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('ClientPage', () => {
  it('asks for the client, its open flags and its exercises together, and draws once the flags are known', async () => {
    const api = mockApi();
    renderPage();
    await api.answer();
    expect(api.asked).toEqual(
      expect.arrayContaining(['/v1/clients/c1', '/v1/clients/c1/risk-flags', '/v1/clients/c1/assignments']),
    );
    expect(screen.getByText('Loading the client')).toBeInTheDocument();

    // The client is in, the flags are not: nothing of the page yet (a flag would push it all down later).
    await api.answer('/v1/clients/c1', '/v1/clients/c1/assignments');
    expect(screen.queryByRole('heading', { level: 1, name: 'Jonah Reyes' })).not.toBeInTheDocument();

    await api.answer('/v1/clients/c1/risk-flags');
    // The page draws as a deferred render: on a busy machine it can take longer than answer()'s 20 ms.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Jonah Reyes' });
    const flags = screen.getByRole('region', { name: '1 open risk flag' });
    const tabs = screen.getByRole('tablist', { name: 'About this client' });
    // In the first frame that shows the page, the flag is already above the tabs.
    expect(heading.compareDocumentPosition(flags) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(flags.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Exercises' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the client')).not.toBeInTheDocument();
  });
});
