import { useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError } from './api-client';
import type { Draft } from './drafts';
import { isRetryable, newIdempotencyKey } from './write';

/** A mutation's variables when it sends a form: the checked body and the submission's Idempotency-Key. */
export interface Keyed<TBody> {
  body: TBody;
  idempotencyKey: string;
}

export interface Submission {
  /** The form's onSubmit (react-hook-form's handleSubmit around the send). */
  submit: (e?: BaseSyntheticEvent) => Promise<void>;
  /** The first attempt is on its way. */
  sending: boolean;
  /** Sent but not through yet (no connection, no proper answer): why, for the "Not sent yet" notice. */
  waiting: ApiError | null;
  /** "Try again": now, with the same body and key. */
  retry: () => void;
}

const noConnection = () => new ApiError(0, 'NETWORK_ERROR', 'No connection');
const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : noConnection());

/**
 * Sending a form that must arrive exactly once, through its feature's mutation (lib/write.ts).
 *
 * The Idempotency-Key is made at the first submit and kept until the server answers definitely: TanStack's
 * retries, "Try again" and a second press of the submit button all send it again, and so does the page
 * when it is opened after the tab went away mid-send (the key waits beside the local copy, lib/drafts.ts).
 * The API answers a repeated key with the first result, so a retry after a lost answer never makes a second
 * row. A definite refusal (a 4xx other than "still running") ends the submission: the draft goes on, and the
 * next submit has a new key.
 */
export function useSubmission<TValues extends FieldValues, TBody, TResult>(options: {
  form: UseFormReturn<TValues, unknown, TBody>;
  draft: Draft;
  mutation: UseMutationResult<TResult, unknown, Keyed<TBody>>;
  onSent: (result: TResult) => void;
  onRefused: (error: ApiError) => void;
  /** Before each submit (to clear an earlier problem, say). */
  onSubmitting?: () => void;
}): Submission {
  const { form, draft, mutation } = options;
  const queryClient = useQueryClient();
  const key = useRef<string | null>(draft.pendingSubmitKey);
  const last = useRef<TBody | null>(null);
  const pending = useRef(false);
  const latest = useRef(options);
  const mounted = useRef(true);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { mutateAsync } = mutation;

  const send = useCallback(
    async (body: TBody) => {
      if (pending.current) {
        // Already on its way (waiting for the connection, say): a second press means "try now".
        void queryClient.resumePausedMutations();
        return;
      }
      pending.current = true;
      latest.current.onSubmitting?.();
      key.current ??= newIdempotencyKey();
      const idempotencyKey = key.current;
      last.current = body;
      try {
        await draft.holdForSubmit(idempotencyKey);
        const result = await mutateAsync({ body, idempotencyKey });
        key.current = null;
        draft.discard();
        // Gone from the screen meanwhile (the mutation carries on without it): nothing left to show.
        if (mounted.current) latest.current.onSent(result);
      } catch (e) {
        const error = asApiError(e);
        // Nothing definite came back: the text and its key stay for "Try again" or the next visit.
        if (isRetryable(error)) return;
        key.current = null;
        draft.resume();
        if (mounted.current) latest.current.onRefused(error);
      } finally {
        pending.current = false;
      }
    },
    [draft, mutateAsync, queryClient],
  );

  const submit = useCallback((e?: BaseSyntheticEvent) => form.handleSubmit(send)(e), [form, send]);

  // A submission that was under way when the page went away: send it again, with its key, once.
  const resent = useRef(false);
  useEffect(() => {
    if (resent.current || !draft.pendingSubmitKey) return;
    resent.current = true;
    submit().catch(() => undefined); // a check that could not run leaves the text as it is
  }, [draft.pendingSubmitKey, submit]);

  const retry = useCallback(() => {
    if (pending.current) void queryClient.resumePausedMutations();
    else if (last.current !== null) void send(last.current);
  }, [queryClient, send]);

  const failed = mutation.isError && isRetryable(mutation.error) ? asApiError(mutation.error) : null;
  const waiting = mutation.isPending
    ? mutation.failureCount > 0 || mutation.isPaused
      ? asApiError(mutation.failureReason)
      : null
    : failed;
  return { submit, sending: mutation.isPending && waiting === null, waiting, retry };
}
