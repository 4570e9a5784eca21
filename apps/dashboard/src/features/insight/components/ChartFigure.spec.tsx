import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFigure } from './ChartFigure';

const TABLE = {
  columns: ['Week', 'Brier score'],
  rows: [
    { key: 'w1', cells: ['2026-W01', '0.10'] },
    { key: 'w2', cells: ['2026-W02', '0.20'] },
  ],
};

function renderFigure(rows = TABLE.rows) {
  return render(
    <MantineProvider>
      <ChartFigure
        title="Calibration by week"
        summary="Latest week: 0.20."
        chart={<svg data-testid="drawing" />}
        table={{ ...TABLE, rows }}
        empty="No week yet."
      />
    </MantineProvider>,
  );
}

describe('ChartFigure', () => {
  it('is a figure named by its title, with the table there for screen readers beside the chart', () => {
    renderFigure();
    const figure = screen.getByRole('figure', { name: 'Calibration by week' });
    expect(figure).toHaveTextContent('Latest week: 0.20.');
    expect(screen.getByRole('table', { name: 'Calibration by week' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    // The drawing adds nothing the table does not say: hidden from assistive technology and focus.
    const drawing = screen.getByTestId('drawing').parentElement;
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(drawing).toHaveAttribute('inert');
  });

  it('shows the table instead of the chart on request, and back', async () => {
    const user = userEvent.setup();
    renderFigure();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.queryByTestId('drawing')).toBeNull();
    expect(screen.getByRole('table', { name: 'Calibration by week' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show as chart' }));
    expect(screen.getByTestId('drawing')).toBeInTheDocument();
  });

  it('says so when there is nothing to draw, without an empty chart or a toggle', () => {
    renderFigure([]);
    expect(screen.getByText('No week yet.')).toBeInTheDocument();
    expect(screen.queryByTestId('drawing')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
