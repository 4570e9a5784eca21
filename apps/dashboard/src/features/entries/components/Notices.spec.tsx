import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { CrisisPanel } from './Notices';

const RESOURCES = 'Call the Harbour line on 0800 123 456, any time.';

const renderPanel = (tier: 'explicit' | 'concern' | null) =>
  render(
    <MantineProvider>
      <CrisisPanel text={RESOURCES} tier={tier} />
    </MantineProvider>,
  );

describe('CrisisPanel', () => {
  it('speaks directly for explicit risk, with the practice’s resources and no promise of monitoring', () => {
    renderPanel('explicit');
    const panel = screen.getByRole('region', { name: 'Support, if you need it now' });
    expect(panel).toHaveTextContent('Thank you for writing this down. Some of what you wrote sounds heavy.');
    expect(panel).toHaveTextContent(RESOURCES);
    expect(panel).toHaveTextContent('Entries are not monitored in real time');
  });

  it('opens gently for a concern, then the same resources and the same plain words about monitoring', () => {
    renderPanel('concern');
    expect(screen.queryByRole('region', { name: 'Support, if you need it now' })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Some support, if it would help' });
    expect(panel).toHaveTextContent(
      /^Some support, if it would help\s*It sounds like things feel very heavy right now\./,
    );
    expect(panel).not.toHaveTextContent('Support, if you need it now');
    expect(panel).toHaveTextContent(RESOURCES);
    expect(panel).toHaveTextContent('Entries are not monitored in real time');
  });

  it('uses the direct words when the tier is not known', () => {
    renderPanel(null);
    expect(screen.getByRole('region', { name: 'Support, if you need it now' })).toHaveTextContent(RESOURCES);
  });
});
