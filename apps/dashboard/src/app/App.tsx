import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { sessionEndedByServer } from '../features/auth/api/session';
import { createQueryClient } from '../lib/query-client';
import { router } from './router';
import { theme } from './theme';

function makeQueryClient(): QueryClient {
  const client: QueryClient = createQueryClient({ onUnauthenticated: () => sessionEndedByServer(client) });
  return client;
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
