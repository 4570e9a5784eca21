import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalDate, RungDecision, SessionCreate, SessionUpdate, SessionView } from '@askwell/domain';
import { queryRoots } from '../../../lib/query-keys';
import { withSignIn } from '../../../lib/sign-in-again';
import type { Keyed } from '../../../lib/submission';
import { resendable, sendOnce } from '../../../lib/write';
import { createSession, decideRung, insightKeys, markBriefReviewed, updateSession } from './insight';

// The practitioner's writes about sessions, the ladder and the brief, one mutation each (lib/write.ts).

/** After a session changes: the list, and the brief whose period starts after the last session. */
function useSessionsChanged(clientId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: insightKeys.sessions(clientId) });
    void queryClient.invalidateQueries({ queryKey: insightKeys.briefs(clientId) });
  };
}

/** Records a session; the Idempotency-Key makes every retry the same request. */
export function useCreateSession(clientId: string) {
  const changed = useSessionsChanged(clientId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: Keyed<SessionCreate>) =>
      withSignIn(() => createSession(clientId, body, idempotencyKey)),
    onSuccess: changed,
    ...resendable,
  });
}

/** Edits a session's date or note, naming the version it was read at (a 412 means someone changed it). */
export function useUpdateSession(clientId: string) {
  const changed = useSessionsChanged(clientId);
  return useMutation({
    mutationFn: ({ session, body }: { session: SessionView; body: SessionUpdate }) =>
      withSignIn(() => updateSession(session, body)),
    onSuccess: changed,
    ...sendOnce,
  });
}

/** Approves or declines the next rung: sent once (no key, no version: a repeat would decide twice). */
export function useDecideRung(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RungDecision) => withSignIn(() => decideRung(clientId, body)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: insightKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryRoots.clients });
    },
    ...sendOnce,
  });
}

/** Marks the brief of a period reviewed (the same period marked again only moves the time). */
export function useMarkBriefReviewed(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }: { from: LocalDate; to: LocalDate }) =>
      withSignIn(() => markBriefReviewed(clientId, from, to)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insightKeys.briefs(clientId) }),
    ...sendOnce,
  });
}
