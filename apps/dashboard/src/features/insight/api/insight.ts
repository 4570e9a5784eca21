import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { CASELOAD_PAGE_DEFAULT } from '@askwell/domain';
import type {
  BarrierId,
  BriefView,
  CaseloadPage,
  CaseloadQuery,
  LocalDate,
  ProgressView,
  RungDecision,
  RungDecisionView,
  SessionCreate,
  SessionUpdate,
  SessionView,
} from '@askwell/domain';
import { api, apiResponse } from '../../../lib/api-client';
import { queryRoots } from '../../../lib/query-keys';

/** The caseload's order and filters; the pages come from the API's cursor. */
export type CaseloadFilters = {
  sort: CaseloadQuery['sort'];
  order: NonNullable<CaseloadQuery['order']>;
} & Partial<Pick<CaseloadQuery, 'flagged' | 'unread' | 'rung' | 'q'>>;

/** Clients a page (the API's default): a big caseload arrives a page at a time, "Show more" adds the next. */
export const CASELOAD_PAGE_SIZE = CASELOAD_PAGE_DEFAULT;

export const insightKeys = {
  all: queryRoots.insight,
  caseloads: () => [...insightKeys.all, 'caseload'] as const,
  caseload: (f: CaseloadFilters) => [...insightKeys.caseloads(), f] as const,
  progress: (clientId: string, barrierId: BarrierId | null) =>
    [...insightKeys.all, 'progress', clientId, barrierId] as const,
  briefs: (clientId: string) => [...insightKeys.all, 'brief', clientId] as const,
  brief: (clientId: string, since: string | null, until: string | null) =>
    [...insightKeys.briefs(clientId), since, until] as const,
  sessions: (clientId: string) => [...insightKeys.all, 'sessions', clientId] as const,
  decisions: (clientId: string) => [...insightKeys.all, 'decisions', clientId] as const,
};

const enc = encodeURIComponent;

export function caseloadSearch(f: CaseloadFilters, cursor: string | null = null): string {
  const params = new URLSearchParams({ sort: f.sort, order: f.order });
  if (f.flagged !== undefined) params.set('flagged', String(f.flagged));
  if (f.unread !== undefined) params.set('unread', String(f.unread));
  if (f.rung !== undefined) params.set('rung', String(f.rung));
  const q = f.q?.trim();
  if (q) params.set('q', q);
  params.set('limit', String(CASELOAD_PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export const caseloadOverviewQuery = (f: CaseloadFilters) =>
  infiniteQueryOptions({
    queryKey: insightKeys.caseload(f),
    queryFn: ({ pageParam, signal }) =>
      api<CaseloadPage>(`/v1/caseload?${caseloadSearch(f, pageParam)}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Another order or filter starts from its first page, with the previous list shown meanwhile.
    placeholderData: (previous) => previous,
  });

export const useCaseloadOverview = (f: CaseloadFilters) => useInfiniteQuery(caseloadOverviewQuery(f));

export const useProgress = (clientId: string, barrierId: BarrierId | null) =>
  useQuery({
    queryKey: insightKeys.progress(clientId, barrierId),
    queryFn: ({ signal }) =>
      api<ProgressView>(
        `/v1/clients/${enc(clientId)}/progress${barrierId ? `?barrierId=${enc(barrierId)}` : ''}`,
        { signal },
      ),
    placeholderData: (previous) => previous,
  });

export const useBrief = (clientId: string, since: string | null, until: string | null) =>
  useQuery({
    queryKey: insightKeys.brief(clientId, since, until),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (since) params.set('since', since);
      if (until) params.set('until', until);
      const qs = params.toString();
      return api<BriefView>(`/v1/clients/${enc(clientId)}/brief${qs ? `?${qs}` : ''}`, { signal });
    },
    staleTime: 0,
  });

export const markBriefReviewed = (clientId: string, from: LocalDate, to: LocalDate) =>
  api<{ reviewedAt: string }>(`/v1/clients/${enc(clientId)}/brief/review`, {
    method: 'POST',
    body: { from, to },
  });

export const sessionsQuery = (clientId: string) =>
  queryOptions({
    queryKey: insightKeys.sessions(clientId),
    queryFn: ({ signal }) => api<SessionView[]>(`/v1/clients/${enc(clientId)}/sessions`, { signal }),
    staleTime: 0,
  });

export const useSessions = (clientId: string) => useQuery(sessionsQuery(clientId));

export const createSession = (clientId: string, body: SessionCreate, idempotencyKey: string) =>
  api<SessionView>(`/v1/clients/${enc(clientId)}/sessions`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });

/** Names the version the note was read at (If-Match): a 412 means someone changed it meanwhile. */
export const updateSession = async (session: SessionView, body: SessionUpdate): Promise<SessionView> =>
  (
    await apiResponse<SessionView>(`/v1/sessions/${enc(session.id)}`, {
      method: 'PATCH',
      body,
      headers: { 'if-match': `"v${session.version}"` },
    })
  ).data;

export const useRungDecisions = (clientId: string) =>
  useQuery({
    queryKey: insightKeys.decisions(clientId),
    queryFn: ({ signal }) =>
      api<RungDecisionView[]>(`/v1/clients/${enc(clientId)}/rung-decisions`, { signal }),
    staleTime: 0,
  });

export const decideRung = (clientId: string, body: RungDecision) =>
  api<RungDecisionView>(`/v1/clients/${enc(clientId)}/rung-decisions`, { method: 'POST', body });
