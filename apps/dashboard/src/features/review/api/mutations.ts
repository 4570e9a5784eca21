import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntryReview } from '@askwell/domain';
import { queryRoots } from '../../../lib/query-keys';
import { withSignIn } from '../../../lib/sign-in-again';
import { sendOnce } from '../../../lib/write';
import { acknowledgeFlag, reviewEntry, reviewKeys, type VersionedEntryView } from './review';

// The practitioner's writes about entries and flags, one mutation each (lib/write.ts).

/**
 * One review step (a tag decision, the comment, "raise in session", "reviewed") on the version last read
 * (If-Match). Sent once: after a lost answer a repeat would meet its own change as "changed meanwhile".
 */
export function useReviewEntry(entryId: string, fallback: VersionedEntryView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: EntryReview) =>
      withSignIn(() => {
        const current = queryClient.getQueryData<VersionedEntryView>(reviewKeys.entry(entryId)) ?? fallback;
        return reviewEntry(entryId, review, current.etag);
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(reviewKeys.entry(entryId), next);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.timelines(next.entry.clientId) });
      void queryClient.invalidateQueries({ queryKey: queryRoots.clients });
    },
    ...sendOnce,
  });
}

/** Acknowledges a risk flag (the lists that show it are read again by useFlagsChanged). */
export const useAcknowledgeFlag = () =>
  useMutation({ mutationFn: (flagId: string) => withSignIn(() => acknowledgeFlag(flagId)), ...sendOnce });
