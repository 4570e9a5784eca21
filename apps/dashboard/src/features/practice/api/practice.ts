import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberView, PracticeSettingsUpdate, PracticeView } from '@askwell/domain';
import { apiResponse, api } from '../../../lib/api-client';
import { withSignIn } from '../../../lib/sign-in-again';
import { sendOnce } from '../../../lib/write';
import { queryRoots } from '../../../lib/query-keys';

/** The practice with the ETag it was read at: an update must name it (If-Match) or is refused. */
export interface VersionedPractice {
  practice: PracticeView;
  etag: string | null;
}

export const practiceKeys = {
  all: queryRoots.practice,
  detail: () => [...practiceKeys.all, 'detail'] as const,
  members: () => [...practiceKeys.all, 'members'] as const,
};

export const practiceQuery = () =>
  queryOptions({
    queryKey: practiceKeys.detail(),
    queryFn: async ({ signal }): Promise<VersionedPractice> => {
      const res = await apiResponse<PracticeView>('/v1/practice', { signal });
      return { practice: res.data, etag: res.headers.get('etag') };
    },
    // Someone else may change the settings: re-read when the page is opened again.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export const membersQuery = () =>
  queryOptions({
    queryKey: practiceKeys.members(),
    queryFn: ({ signal }) => api<MemberView[]>('/v1/practice/members', { signal }),
  });

export const usePractice = () => useQuery(practiceQuery());
export const useMembers = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...membersQuery(), enabled: options.enabled ?? true });

export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, etag }: { changes: PracticeSettingsUpdate; etag: string | null }) =>
      withSignIn(async (): Promise<VersionedPractice> => {
        const res = await apiResponse<PracticeView>('/v1/practice', {
          method: 'PATCH',
          body: changes,
          headers: etag ? { 'if-match': etag } : {},
        });
        return { practice: res.data, etag: res.headers.get('etag') };
      }),
    // Sent once: a repeat after a lost answer would meet its own change as "changed by someone else" (412).
    ...sendOnce,
    onSuccess: (saved) => queryClient.setQueryData(practiceKeys.detail(), saved),
  });
}
