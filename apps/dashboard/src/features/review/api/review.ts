import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  BarrierId,
  EntryKind,
  EntryReview,
  EntryView,
  RiskFlagView,
  TagStatus,
  TimelinePage,
} from '@askwell/domain';
import { api, apiResponse, etagOf } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

export interface TimelineFilters {
  kind: EntryKind | null;
  barrierId: BarrierId | null;
  tagStatus: TagStatus | null;
  flagged: boolean;
  unread: boolean;
}

export const NO_FILTERS: TimelineFilters = {
  kind: null,
  barrierId: null,
  tagStatus: null,
  flagged: false,
  unread: false,
};

export const reviewKeys = {
  all: queryRoots.review,
  timelines: (clientId: string) => [...reviewKeys.all, 'timeline', clientId] as const,
  timeline: (clientId: string, f: TimelineFilters) => [...reviewKeys.timelines(clientId), f] as const,
  entry: (id: string) => [...reviewKeys.all, 'entry', id] as const,
  flags: (clientId: string) => [...reviewKeys.all, 'flags', clientId] as const,
};

const PAGE_SIZE = 20;

export const timelineQuery = (clientId: string, f: TimelineFilters) =>
  infiniteQueryOptions({
    queryKey: reviewKeys.timeline(clientId, f),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (f.kind) params.set('kind', f.kind);
      if (f.barrierId) params.set('barrierId', f.barrierId);
      if (f.tagStatus) params.set('tagStatus', f.tagStatus);
      if (f.flagged) params.set('flagged', 'true');
      if (f.unread) params.set('unread', 'true');
      if (pageParam) params.set('cursor', pageParam);
      return api<TimelinePage>(`/v1/clients/${encodeURIComponent(clientId)}/entries?${params.toString()}`, {
        signal,
      });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export const useTimeline = (clientId: string, f: TimelineFilters) =>
  useInfiniteQuery(timelineQuery(clientId, f));

export interface VersionedEntryView {
  entry: EntryView;
  etag: string;
}

export const entryQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.entry(id),
    queryFn: async ({ signal }): Promise<VersionedEntryView> => {
      const res = await apiResponse<EntryView>(`/v1/entries/${encodeURIComponent(id)}`, { signal });
      return { entry: res.data, etag: res.headers.get('etag') ?? etagOf(res.data.version) };
    },
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export const useEntryForReview = (id: string) => useQuery(entryQuery(id));

export async function reviewEntry(
  id: string,
  review: EntryReview,
  etag: string,
): Promise<VersionedEntryView> {
  const res = await apiResponse<EntryView>(`/v1/entries/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    body: review,
    headers: { 'if-match': etag },
  });
  return { entry: res.data, etag: res.headers.get('etag') ?? etagOf(res.data.version) };
}

/** A client's risk flags, open and acknowledged (their history), newest first. */
export const riskFlagsQuery = (clientId: string) =>
  queryOptions({
    queryKey: reviewKeys.flags(clientId),
    queryFn: ({ signal }) =>
      api<RiskFlagView[]>(`/v1/clients/${encodeURIComponent(clientId)}/risk-flags`, { signal }),
    staleTime: 0,
  });

export const useRiskFlags = (
  clientId: string,
  options: { refetchOnMount?: (query: { state: { dataUpdatedAt: number } }) => boolean } = {},
) => useQuery({ ...riskFlagsQuery(clientId), ...options });

export const acknowledgeFlag = (id: string) =>
  api<RiskFlagView>(`/v1/risk-flags/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: {} });
