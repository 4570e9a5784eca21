import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../../../lib/query-client';
import type { RiskFlagView } from '@askwell/domain';
import { RiskFlags } from './RiskFlags';

const base: RiskFlagView = {
  id: 'f1',
  clientId: 'c1',
  entryId: 'e1',
  private: false,
  tier: 'explicit',
  category: 'intent-or-plan',
  findings: [
    { tier: 'explicit', category: 'intent-or-plan', evidence: 'I have a plan', when: 'last night' },
    { tier: 'concern', category: 'burden', evidence: 'better off without me', when: null },
  ],
  matches: ['I have a plan', 'better off without me'],
  raisedAt: '2026-03-01T10:00:00Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
};
const privateFlag: RiskFlagView = {
  ...base,
  id: 'f2',
  entryId: null,
  private: true,
  tier: null,
  category: null,
  findings: [],
  matches: [],
};
const acknowledged: RiskFlagView = {
  ...base,
  id: 'f3',
  entryId: 'e3',
  tier: 'concern',
  category: 'hopelessness',
  findings: [{ tier: 'concern', category: 'hopelessness', evidence: 'no point in any of it', when: null }],
  matches: ['no point in any of it'],
  acknowledgedAt: '2026-02-20T09:30:00Z',
  acknowledgedBy: { id: 'p1', displayName: 'Pat Practitioner', role: 'practitioner' },
};

function renderFlags(flags: RiskFlagView[]) {
  const calls: { url: string; method: string }[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
    });
    return Promise.resolve(
      new Response(JSON.stringify({ ...base, acknowledgedAt: '2026-03-02T10:00:00Z' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }) as typeof fetch;
  render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <RiskFlags clientId="c1" flags={flags} />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return calls;
}

describe('RiskFlags', () => {
  it('names the tier and category of a shared entry’s flag, with what the screen found and the entry', () => {
    renderFlags([base]);
    const section = screen.getByRole('region', { name: '1 open risk flag' });
    expect(within(section).getByText('Explicit risk: Intent or a plan')).toBeInTheDocument();
    const found = within(section).getByRole('list', { name: 'What the screen found' });
    expect(found).toHaveTextContent('“I have a plan” (last night) · Intent or a plan');
    expect(found).toHaveTextContent('“better off without me” · Feeling a burden');
    expect(within(section).getByRole('link', { name: 'Open the entry' })).toHaveAttribute(
      'href',
      '/entries/e1',
    );
  });

  it('says of a private entry’s flag only that it was raised, and when', () => {
    renderFlags([privateFlag]);
    const section = screen.getByRole('region', { name: '1 open risk flag' });
    expect(section).toHaveTextContent(/A private entry raised a risk flag on .+\. Its text stays private\./);
    expect(section).not.toHaveTextContent('Explicit');
    expect(within(section).queryByRole('link')).toBeNull();
    expect(within(section).queryByRole('list', { name: 'What the screen found' })).toBeNull();
  });

  it('keeps acknowledged flags, folded, with who acknowledged them and when', async () => {
    renderFlags([base, acknowledged]);
    const section = screen.getByRole('region', { name: '1 open risk flag' });
    const history = within(section).getByText('1 acknowledged risk flag, with who acknowledged it');
    await userEvent.click(history);
    const past = within(section).getByRole('list', { name: 'Acknowledged risk flags' });
    expect(past).toHaveTextContent('Concern: Hopelessness about living');
    expect(past).toHaveTextContent('“no point in any of it”');
    expect(past).toHaveTextContent(/Acknowledged by Pat Practitioner on .+\./);
    expect(within(past).queryByRole('button', { name: 'Acknowledge' })).toBeNull();
  });

  it('shows the history alone, quietly, when nothing is open', () => {
    renderFlags([acknowledged]);
    expect(screen.queryByRole('region', { name: /open risk flag/ })).toBeNull();
    const earlier = screen.getByRole('region', { name: 'Earlier risk flags' });
    expect(earlier).toHaveTextContent('1 acknowledged risk flag, with who acknowledged it');
  });

  it('acknowledges an open flag through the API', async () => {
    const calls = renderFlags([base]);
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(calls).toContainEqual({ url: '/api/v1/risk-flags/f1/acknowledge', method: 'POST' });
  });

  it('calls a flag of the untiered screen a risk flag, with its phrases', () => {
    renderFlags([{ ...base, tier: null, category: null, findings: [], matches: ['kill myself'] }]);
    const section = screen.getByRole('region', { name: '1 open risk flag' });
    expect(within(section).getByText('Risk flag')).toBeInTheDocument();
    expect(section).toHaveTextContent('(by an earlier screen, without a tier)');
    expect(within(section).getByRole('list', { name: 'What the screen found' })).toHaveTextContent(
      '“kill myself”',
    );
  });
});
