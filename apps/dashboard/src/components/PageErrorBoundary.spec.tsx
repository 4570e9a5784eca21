import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { PageErrorBoundary } from './PageErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

it('keeps the frame with a way out when a screen fails to draw, and starts over at another address', () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { rerender } = render(
    <MantineProvider>
      <p>Header</p>
      <PageErrorBoundary resetKey="/me">
        <Broken />
      </PageErrorBoundary>
    </MantineProvider>,
  );
  expect(screen.getByText('Header')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown');
  expect(screen.getByRole('button', { name: 'Load the page again' })).toBeInTheDocument();

  rerender(
    <MantineProvider>
      <p>Header</p>
      <PageErrorBoundary resetKey="/me/history">
        <p>Everything you have written</p>
      </PageErrorBoundary>
    </MantineProvider>,
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText('Everything you have written')).toBeInTheDocument();
  error.mockRestore();
});
