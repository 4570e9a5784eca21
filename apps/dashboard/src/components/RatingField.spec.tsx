import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RatingField } from './RatingField';

function Harness({
  onValue,
  scale = 'rating',
  initial = null,
}: {
  onValue: (v: number | null) => void;
  scale?: 'rating' | 'percent';
  initial?: number | null;
}) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <MantineProvider>
      <RatingField
        label="How upset do you expect to feel?"
        name="anticipatedDistress"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
        scale={scale}
        anchors={['calm', 'the worst distress imaginable']}
      />
    </MantineProvider>
  );
}

describe('RatingField', () => {
  it('starts unanswered (never 0), and an answer can be taken back to unanswered', async () => {
    const user = userEvent.setup();
    const seen: (number | null)[] = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    const group = screen.getByRole('group', { name: 'How upset do you expect to feel?' });
    expect(group).toHaveAccessibleDescription(/0 = calm, 10 = the worst distress imaginable/);
    expect(screen.getByRole('radio', { name: 'Not answered' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '0' })).not.toBeChecked();
    expect(screen.getAllByRole('radio')).toHaveLength(12);

    await user.click(screen.getByRole('radio', { name: '7' }));
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Not answered' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Not answered' }));
    expect(screen.getByRole('radio', { name: 'Not answered' })).toBeChecked();
    expect(seen).toEqual([7, null]);
  });

  it('is one radio group for the keyboard: arrow keys move the answer', async () => {
    const user = userEvent.setup();
    const seen: (number | null)[] = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Not answered' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '0' })).toBeChecked();
    expect(seen).toEqual([0]);
  });

  it('offers percentages in steps of 10 and still shows an answer between the steps', () => {
    render(<Harness onValue={() => undefined} scale="percent" initial={35} />);
    expect(screen.getByRole('radio', { name: '100 %' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '35 %' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Not answered' })).not.toBeChecked();
  });
});
