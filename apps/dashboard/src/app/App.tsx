import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { sessionEndedByServer } from '../features/auth';
import { createQueryClient } from '../lib/query-client';
import { AppRoutes } from './router';
import { theme } from './theme';

/** The app's one query client; a 401 (or a 403 asking for two-step sign-in) on any call ends the session here too. */
export function makeQueryClient(): QueryClient {
  const client: QueryClient = createQueryClient({
    onUnauthenticated: (reason) => sessionEndedByServer(client, reason),
  });
  return client;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
