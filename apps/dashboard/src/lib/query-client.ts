import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export interface QueryClientHooks {
  /** Any call answered 401 UNAUTHENTICATED: the server ended the session (idle, absolute limit, password change elsewhere). */
  onUnauthenticated?: () => void;
}

const isSessionGone = (error: unknown) =>
  error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';

export function createQueryClient(hooks: QueryClientHooks = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionGone(error)) hooks.onUnauthenticated?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed later: network failures and 5xx, never a 4xx.
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500),
      },
    },
  });
}
