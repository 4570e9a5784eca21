import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentCreate, AssignmentView, CustomExercise } from '@askwell/domain';
import { withSignIn } from '../../../lib/sign-in-again';
import type { Keyed } from '../../../lib/submission';
import { resendable, sendOnce } from '../../../lib/write';
import {
  assignmentKeys,
  changeAssignment,
  createAssignment,
  createCustomExercise,
  type AssignmentAction,
} from './assignments';

// The practitioner's writes about exercises, one mutation each (lib/write.ts).

/** Assigns an exercise; the Idempotency-Key makes every retry the same request. */
export function useCreateAssignment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: Keyed<AssignmentCreate>) =>
      withSignIn(() => createAssignment(clientId, body, idempotencyKey)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.forClient(clientId) }),
    ...resendable,
  });
}

/** Adds an exercise to the practice's library (with an Idempotency-Key). */
export function useCreateCustomExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: Keyed<CustomExercise>) =>
      withSignIn(() => createCustomExercise(body, idempotencyKey)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.library() }),
    ...resendable,
  });
}

/**
 * Pause, resume or end, naming the version it was read at (If-Match). Sent once: a repeat after a lost answer
 * would be refused as stale (412) rather than doubled, and the list is read again either way.
 */
export function useChangeAssignment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignment, action }: { assignment: AssignmentView; action: AssignmentAction }) =>
      withSignIn(() => changeAssignment(assignment, action)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.forClient(clientId) }),
    ...sendOnce,
  });
}
