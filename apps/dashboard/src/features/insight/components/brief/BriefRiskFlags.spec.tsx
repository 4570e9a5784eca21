import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { BriefView } from '@askwell/domain';
import { BriefRiskFlags } from './BriefRiskFlags';

type Flag = BriefView['openRiskFlags'][number];

const shared: Flag = {
  flagId: 'f1',
  entryId: 'e1',
  raisedAt: '2026-03-01T10:00:00Z',
  tier: 'concern',
  category: 'wish-to-be-dead',
  findings: [
    { tier: 'concern', category: 'wish-to-be-dead', evidence: 'sleep and not wake up', when: 'some nights' },
  ],
};
const privateFlag: Flag = {
  flagId: 'f2',
  entryId: null,
  raisedAt: '2026-03-02T10:00:00Z',
  tier: null,
  category: null,
  findings: [],
};

const renderFlags = (flags: Flag[]) =>
  render(
    <MantineProvider>
      <MemoryRouter>
        <BriefRiskFlags flags={flags} />
      </MemoryRouter>
    </MantineProvider>,
  );

describe('the brief’s open risk flags', () => {
  it('quotes what the screen found in a shared entry, with the tier and category, and links the entry', () => {
    renderFlags([shared, privateFlag]);
    const section = screen.getByRole('region', { name: 'Open risk flags' });
    expect(section).toHaveTextContent('2 risk flags are open. Check in about safety first.');
    const [first, second] = within(within(section).getByRole('list', { name: 'The open risk flags' }))
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.getAttribute('aria-label') === 'The open risk flags');
    expect(first).toHaveTextContent(/^Concern: Wish to be dead or to disappear, raised .+\. Open the entry/);
    expect(
      within(first as HTMLElement).getByRole('list', { name: 'What the screen found' }),
    ).toHaveTextContent('“sleep and not wake up” (some nights)');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Open the entry' })).toHaveAttribute(
      'href',
      '/entries/e1',
    );
    // A private entry: only that a flag was raised, and when.
    expect(second).toHaveTextContent(/^A flag was raised on .+, private entry: its text stays private\.$/);
    expect(within(second as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('shows nothing when no flag is open', () => {
    renderFlags([]);
    expect(screen.queryByRole('region', { name: 'Open risk flags' })).toBeNull();
  });
});
