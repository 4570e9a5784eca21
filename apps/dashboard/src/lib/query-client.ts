import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed later: network failures and 5xx, never a 4xx.
        retry: (count, error) => count < 2 && (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500),
      },
    },
  });
}
