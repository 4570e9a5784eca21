import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ClientSummary, CursorPage } from '@askwell/domain';
import { api, apiResponse, etagOf } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

const PAGE_SIZE = 50;

export const clientKeys = {
  all: queryRoots.clients,
  lists: () => [...clientKeys.all, 'list'] as const,
  detail: (id: string) => [...clientKeys.all, 'detail', id] as const,
};

/** The caseload by name, a page at a time (owner: every client of the practice). */
export const caseloadQuery = () =>
  infiniteQueryOptions({
    queryKey: clientKeys.lists(),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      return api<CursorPage<ClientSummary>>(`/v1/clients?${params.toString()}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useCaseload = () => useInfiniteQuery(caseloadQuery());

/** One client with the ETag it was read at (setting the rung names it in If-Match). */
export interface VersionedClient {
  client: ClientSummary;
  etag: string | null;
}

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: clientKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedClient> => {
      const res = await apiResponse<ClientSummary>(`/v1/clients/${encodeURIComponent(id)}`, { signal });
      return { client: res.data, etag: res.headers.get('etag') ?? etagOf(res.data.version) };
    },
    staleTime: 0,
  });

export const useClient = (
  id: string,
  options: { refetchOnMount?: (query: { state: { dataUpdatedAt: number } }) => boolean } = {},
) => useQuery({ ...clientQuery(id), ...options });

export async function setRung(clientId: string, rung: number, etag: string | null): Promise<VersionedClient> {
  const res = await apiResponse<ClientSummary>(`/v1/clients/${encodeURIComponent(clientId)}/rung`, {
    method: 'PUT',
    body: { rung },
    headers: etag ? { 'if-match': etag } : {},
  });
  return { client: res.data, etag: res.headers.get('etag') ?? etagOf(res.data.version) };
}
