import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { lazyValidation, onSubmitReporting } from '../../../lib/lazy-resolver';
import { useReliableSubmit } from '../../../lib/reliable-submit';
import { useServerDraft } from '../../../lib/server-drafts';

/** The entry forms' schemas (../validation.ts), loaded beside the form that needs them. */
export const entryValidation = lazyValidation(() => import('../validation'));

/**
 * Everything a client's entry form needs so no text is lost: the server draft (restored on open, saved as
 * they type) and a submit that keeps one idempotency key until the server confirms. The form's validation
 * starts loading as it mounts; `onSubmit` wraps handleSubmit so a check that could not run says so.
 */
export function useEntrySubmission<TValues extends FieldValues, TOut, TResult>(options: {
  form: UseFormReturn<TValues, unknown, TOut>;
  draftKey: string;
  errorPrefix: string;
  onDone: (result: TResult) => void;
}) {
  const { form, draftKey, errorPrefix, onDone } = options;
  const draft = useServerDraft(draftKey, form);
  const [problem, setProblem] = useState<ApiError | null>(null);
  useEffect(() => entryValidation.preload(), []);
  const submitter = useReliableSubmit<TResult>({
    onSuccess: onDone,
    onFailure: (error) => {
      draft.resume();
      // An earlier attempt did arrive, with different words (they were changed while it was on its way).
      if (error.code === 'IDEMPOTENCY_KEY_REUSED') {
        setProblem(
          new ApiError(
            422,
            error.code,
            'An earlier version was already saved',
            'Your entry reached Askwell before your last changes. You can find it in everything you have written; saving again here makes a second entry with your changes.',
          ),
        );
        return;
      }
      setProblem(applyFieldErrors(error, form, errorPrefix));
    },
  });

  const send = async (fn: (idempotencyKey: string) => Promise<TResult>) => {
    setProblem(null);
    await draft.hold();
    await submitter.submit(fn);
  };

  const onSubmit = (submit: (e?: BaseSyntheticEvent) => Promise<void>) =>
    onSubmitReporting(submit, setProblem);

  return { draft, problem, submitter, send, onSubmit };
}
