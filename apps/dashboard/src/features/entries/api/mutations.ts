import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExperimentOutcome, SubmitResult } from '@askwell/domain';
import { ApiError } from '../../../lib/api-client';
import { withSignIn } from '../../../lib/sign-in-again';
import type { Keyed } from '../../../lib/submission';
import { resendable, sendOnce } from '../../../lib/write';
import {
  afterEntryChange,
  createEntry,
  fetchEntry,
  lockEntry,
  meKeys,
  saveOutcome,
  sendTimeZone,
  type NewEntryBody,
  type VersionedEntry,
} from './me';

// The client's writes, one mutation each (lib/write.ts): what they send, how often, and what they change.

/** A new entry; its Idempotency-Key makes every retry the same request. The draft goes with it. */
export function useCreateEntry(draftKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: Keyed<NewEntryBody>) =>
      withSignIn(() => createEntry(body, idempotencyKey, draftKey)),
    onSuccess: (result) => afterEntryChange(queryClient, result.entry),
    // One entry per form at a time, and after that form's draft saves (lib/drafts.ts uses the same scope).
    scope: { id: `draft:${draftKey}` },
    ...resendable,
  });
}

export type SavedOutcome = SubmitResult & { etag: string | null };

/**
 * The outcome of an experiment: an update naming the version it was read at (If-Match), so the same answer
 * may be sent again. A retry after a lost answer meets 412: if the outcome is there, it arrived.
 */
export function useSaveOutcome(entryId: string, draftKey: string) {
  const queryClient = useQueryClient();
  const save = async (outcome: ExperimentOutcome): Promise<SavedOutcome> => {
    const current =
      queryClient.getQueryData<VersionedEntry>(meKeys.entry(entryId)) ?? (await fetchEntry(entryId));
    try {
      const res = await saveOutcome(current, outcome, draftKey);
      return { ...res.data, etag: res.headers.get('etag') };
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 412) throw e;
      const latest = await fetchEntry(entryId);
      if (latest.entry.state !== 'completed') throw e;
      return {
        entry: latest.entry,
        risk: { flagged: latest.entry.risk.flagged, tier: latest.entry.risk.tier, crisisResources: null },
        etag: latest.etag,
      };
    }
  };
  return useMutation({
    mutationFn: ({ body }: Keyed<ExperimentOutcome>) => withSignIn(() => save(body)),
    onSuccess: (result) => afterEntryChange(queryClient, result.entry, result.etag),
    scope: { id: `draft:${draftKey}` },
    ...resendable,
  });
}

/** "I have made the request": locks the prediction (If-Match; a repeat after it locked is refused, not doubled). */
export function useLockEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: VersionedEntry) => withSignIn(() => lockEntry(entry)),
    onSuccess: (res) => afterEntryChange(queryClient, res.data.entry, res.headers.get('etag')),
    ...sendOnce,
  });
}

/** The browser's time zone, once per sign-in (a PUT of one value: safe to repeat). */
export const useSendTimeZone = () =>
  useMutation({ mutationFn: (timeZone: string) => sendTimeZone(timeZone), ...resendable });
