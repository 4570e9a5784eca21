import type { QueryClient } from '@tanstack/react-query';
import { clientAssignmentsQuery } from '../../assignments';
import { riskFlagsQuery } from '../../review';
import { clientQuery } from './clients';

export const CLIENT_TABS = ['overview', 'progress', 'ladder', 'sessions'] as const;
export type ClientTab = (typeof CLIENT_TABS)[number];
const isTab = (t: string | null): t is ClientTab => CLIENT_TABS.some((x) => x === t);

/** The client page's tab is in the address (`?tab=`); the overview when there is none. */
export const clientTabOf = (params: URLSearchParams): ClientTab => {
  const t = params.get('tab');
  return isTab(t) ? t : 'overview';
};

/**
 * What the client's page needs before it draws: the client, their risk flags and, on the overview,
 * their exercises. The page reads these queries; when it is the first screen they are asked for before
 * React starts, beside the session check (app/router.tsx), instead of after the first render.
 */
export function prefetchClientPage(queryClient: QueryClient, clientId: string, params: URLSearchParams) {
  void queryClient.prefetchQuery(clientQuery(clientId));
  void queryClient.prefetchQuery(riskFlagsQuery(clientId));
  if (clientTabOf(params) === 'overview') void queryClient.prefetchQuery(clientAssignmentsQuery(clientId));
}
