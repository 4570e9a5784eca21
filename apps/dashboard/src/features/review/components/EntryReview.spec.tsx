import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../../../lib/query-client';
import type { EntryView, RiskFlagView } from '@askwell/domain';
import { EntryReview } from './EntryReview';
import { Timeline } from './Timeline';

const TEXT = 'Some nights I want to go to sleep and not wake up.';

const entry: EntryView = {
  id: 'e1',
  clientId: 'c1',
  assignmentId: null,
  exerciseTitle: null,
  kind: 'reflection',
  sharing: 'shared',
  state: 'submitted',
  occurredOn: '2026-03-01',
  doneOn: '2026-03-01',
  observation: null,
  reflection: { text: TEXT, promptBarrierId: null, clientBarrierTags: [], sharing: 'shared' },
  plan: null,
  outcome: null,
  tags: [],
  risk: { flagged: true, raisedAt: '2026-03-01T10:00:00Z', tier: 'concern', category: 'wish-to-be-dead' },
  review: { comment: null, raiseInSession: false, reviewedAt: null, reviewedBy: null, readAt: null },
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  version: 1,
};

const flag = (over: Partial<RiskFlagView>): RiskFlagView => ({
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
  ...over,
});

function mockApi(bodies: Record<string, unknown>) {
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    const path = new URL(url, 'http://x').pathname.replace(/^\/api/, '');
    return Promise.resolve(
      new Response(JSON.stringify(bodies[path] ?? null), {
        status: path in bodies ? 200 : 404,
        headers: { 'content-type': 'application/json', etag: '"v1"' },
      }),
    );
  }) as typeof fetch;
}

const renderWith = (ui: React.ReactNode) =>
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );

describe('the entry review’s risk flags', () => {
  it('names the tier and category, lists the entry’s open flag to acknowledge and keeps the acknowledged one', async () => {
    mockApi({
      '/v1/entries/e1': entry,
      '/v1/clients/c1/risk-flags': [
        flag({ id: 'open' }),
        flag({ id: 'other-entry', entryId: 'e9', tier: 'explicit', category: 'attempt' }),
        flag({
          id: 'done',
          raisedAt: '2026-02-01T10:00:00Z',
          acknowledgedAt: '2026-02-02T10:00:00Z',
          acknowledgedBy: { id: 'p1', displayName: 'Pat Practitioner', role: 'practitioner' },
        }),
      ],
    });
    renderWith(<EntryReview entryId="e1" />);
    const panel = await screen.findByRole('region', { name: 'Concern: Wish to be dead or to disappear' });
    expect(panel).toHaveTextContent(/This entry raised a risk flag on .+\./);
    const open = await within(panel).findByRole('list', { name: 'Open risk flags of this entry' });
    // One open flag of this entry, with its evidence and its button.
    expect(within(open).getAllByRole('button', { name: 'Acknowledge' })).toHaveLength(1);
    expect(open).toHaveTextContent('“sleep and not wake up”');
    // Another entry's flag is not this entry's.
    expect(panel).not.toHaveTextContent('A suicide attempt');
    await userEvent.click(within(panel).getByText('1 acknowledged flag, with who acknowledged it'));
    expect(within(panel).getByRole('list', { name: 'Acknowledged risk flags' })).toHaveTextContent(
      /Acknowledged by Pat Practitioner on .+\./,
    );
  });

  it('says so when every flag of the entry has been acknowledged', async () => {
    mockApi({
      '/v1/entries/e1': entry,
      '/v1/clients/c1/risk-flags': [flag({ acknowledgedAt: '2026-03-02T10:00:00Z' })],
    });
    renderWith(<EntryReview entryId="e1" />);
    const panel = await screen.findByRole('region', { name: 'Concern: Wish to be dead or to disappear' });
    expect(
      await within(panel).findByText('Acknowledged: no flag of this entry is open.'),
    ).toBeInTheDocument();
  });
});

describe('the timeline’s flag badge', () => {
  it('names the tier of a flagged entry, and says only "Risk flag" for one without a tier', async () => {
    mockApi({
      '/v1/clients/c1/entries': {
        items: [
          { ...entry, id: 'e1' },
          { ...entry, id: 'e2', risk: { ...entry.risk, tier: 'explicit', category: 'attempt' } },
          { ...entry, id: 'e3', risk: { ...entry.risk, tier: null, category: null } },
          { ...entry, id: 'e4', risk: { flagged: false, raisedAt: null, tier: null, category: null } },
        ],
        nextCursor: null,
        unreadCount: 0,
      },
    });
    renderWith(<Timeline clientId="c1" />);
    const list = await screen.findByRole('list', { name: 'Entries, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => within(i).queryByText(/flag$/)?.textContent ?? null)).toEqual([
      'Concern flag',
      'Explicit risk flag',
      'Risk flag',
      null,
    ]);
  });
});
