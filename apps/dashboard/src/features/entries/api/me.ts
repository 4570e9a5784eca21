import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  AssignmentView,
  CursorPage,
  EntryKind,
  EntryView,
  ExperimentOutcome,
  ExperimentPlan,
  ObservationEntry,
  ReflectionEntry,
  SubmitResult,
  WeekView,
} from '@askwell/domain';
import { api, apiResponse, etagOf } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

export const meKeys = {
  all: queryRoots.me,
  week: () => [...meKeys.all, 'week'] as const,
  assignments: () => [...meKeys.all, 'assignments'] as const,
  entries: (kind: EntryKind | null) => [...meKeys.all, 'entries', kind ?? 'all'] as const,
  entry: (id: string) => [...meKeys.all, 'entry', id] as const,
};

export const weekQuery = () =>
  queryOptions({
    queryKey: meKeys.week(),
    queryFn: ({ signal }) => api<WeekView>('/v1/me/week', { signal }),
    staleTime: 0,
  });

export const useMyWeek = () => useQuery(weekQuery());

export const useMyAssignments = () =>
  useQuery({
    queryKey: meKeys.assignments(),
    queryFn: ({ signal }) => api<AssignmentView[]>('/v1/me/assignments', { signal }),
  });

const PAGE_SIZE = 20;

export const myEntriesQuery = (kind: EntryKind | null) =>
  infiniteQueryOptions({
    queryKey: meKeys.entries(kind),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (kind) params.set('kind', kind);
      if (pageParam) params.set('cursor', pageParam);
      return api<CursorPage<EntryView>>(`/v1/me/entries?${params.toString()}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export const useMyEntries = (kind: EntryKind | null) => useInfiniteQuery(myEntriesQuery(kind));

/** One entry with the ETag it was read at. */
export interface VersionedEntry {
  entry: EntryView;
  etag: string;
}

export async function fetchEntry(id: string, signal?: AbortSignal): Promise<VersionedEntry> {
  const res = await apiResponse<EntryView>(`/v1/entries/${encodeURIComponent(id)}`, { signal });
  return { entry: res.data, etag: res.headers.get('etag') ?? etagOf(res.data.version) };
}

export const myEntryQuery = (id: string) =>
  queryOptions({
    queryKey: meKeys.entry(id),
    queryFn: ({ signal }) => fetchEntry(id, signal),
    staleTime: 0,
  });

export const useMyEntry = (id: string) => useQuery(myEntryQuery(id));

export type NewEntryBody =
  | { kind: 'observation'; assignmentId: string | null; observation: ObservationEntry }
  | { kind: 'reflection'; assignmentId: string | null; reflection: ReflectionEntry }
  | { kind: 'experiment'; assignmentId: string | null; plan: ExperimentPlan };

const withDraft = (path: string, draftKey: string) =>
  `${path}?${new URLSearchParams({ draftKey }).toString()}`;

/** Creates an entry; the same key answers the first result again (one row, however often it is sent). */
export const createEntry = (body: NewEntryBody, idempotencyKey: string, draftKey: string) =>
  api<SubmitResult>(withDraft('/v1/me/entries', draftKey), {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });

export const lockEntry = (entry: VersionedEntry) =>
  apiResponse<{ entry: EntryView }>(`/v1/me/entries/${encodeURIComponent(entry.entry.id)}/lock`, {
    method: 'POST',
    body: {},
    headers: { 'if-match': entry.etag },
  });

export const saveOutcome = (entry: VersionedEntry, outcome: ExperimentOutcome, draftKey: string) =>
  apiResponse<SubmitResult>(
    withDraft(`/v1/me/entries/${encodeURIComponent(entry.entry.id)}/outcome`, draftKey),
    { method: 'PUT', body: { outcome }, headers: { 'if-match': entry.etag } },
  );

/** After any change to the client's own entries: the week, the history and the entry itself move on. */
export function afterEntryChange(queryClient: QueryClient, entry: EntryView, etag?: string | null): void {
  queryClient.setQueryData<VersionedEntry>(meKeys.entry(entry.id), {
    entry,
    etag: etag ?? etagOf(entry.version),
  });
  void queryClient.invalidateQueries({ queryKey: meKeys.week() });
  void queryClient.invalidateQueries({ queryKey: [...meKeys.all, 'entries'] });
}

export const sendTimeZone = (timeZone: string) =>
  api<{ timeZone: string }>('/v1/me/preferences', { method: 'PATCH', body: { timeZone } });
