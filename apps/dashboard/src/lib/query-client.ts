import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isTwoFactorRequired } from './api-client';

export interface QueryClientHooks {
  /**
   * The server ended the session: a call answered 401 UNAUTHENTICATED (idle, absolute limit, password change
   * elsewhere: 'expired'), or 403 because the practice now requires two-step sign-in ('two-factor').
   */
  onUnauthenticated?: (reason: 'expired' | 'two-factor') => void;
}

/**
 * For a screen's queries that are never fresh (staleTime 0) but were just fetched for it before it drew (the
 * start-up prefetch of the first screen, app/router.tsx): mounting does not ask for them again. Any later
 * mount refetches as before.
 */
export const JUST_FETCHED_MS = 3_000;
export const refetchUnlessJustFetched = (query: { state: { dataUpdatedAt: number } }): boolean =>
  Date.now() - query.state.dataUpdatedAt > JUST_FETCHED_MS;

const isSessionGone = (error: unknown) =>
  error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';

export function createQueryClient(hooks: QueryClientHooks = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionGone(error)) hooks.onUnauthenticated?.('expired');
    else if (isTwoFactorRequired(error)) hooks.onUnauthenticated?.('two-factor');
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      // A save in the background (a draft's autosave) says so on the form instead (lib/drafts.ts): a sign-in
      // dialog opening under someone's fingers would take their next keystrokes.
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.['inBackground'] !== true) onError(error);
      },
    }),
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
