import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
  joinedAt: string;
  practitioners: { id: string; displayName: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

export const clientKeys = {
  all: ['clients'] as const,
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
      return api<Page<ClientSummary>>(`/v1/clients?${params.toString()}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useCaseload = () => useInfiniteQuery(caseloadQuery());
