import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventView, AuditOutcome, CursorPage } from '@askwell/domain';
import { api } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

export interface AuditFilters {
  /** Matches actions that start with this text, like "auth." or "invitation.create". */
  action?: string;
  outcome?: AuditOutcome;
  /** ISO date-times: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

export const auditKeys = {
  all: queryRoots.audit,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

/** Newest first, a page at a time. */
export const auditEventsQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      for (const [name, value] of Object.entries(filters)) if (value) params.set(name, String(value));
      if (pageParam) params.set('cursor', pageParam);
      return api<CursorPage<AuditEventView>>(`/v1/audit-events?${params.toString()}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export const useAuditEvents = (filters: AuditFilters) => useInfiniteQuery(auditEventsQuery(filters));
