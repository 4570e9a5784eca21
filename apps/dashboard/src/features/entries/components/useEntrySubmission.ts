import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { applyFieldErrors } from '../../../lib/form-errors';
import { lazyValidation, onSubmitReporting } from '../../../lib/lazy-resolver';
import { useSubmission, type Keyed } from '../../../lib/submission';

/** The entry forms' schemas (../validation.ts), loaded beside the form that needs them. */
export const entryValidation = lazyValidation(() => import('../validation'));

/** An earlier attempt did arrive, with different words (they were changed while it was on its way). */
const earlierVersionSaved = (error: ApiError) =>
  new ApiError(
    422,
    error.code,
    'An earlier version was already saved',
    'Your entry reached Askwell before your last changes. You can find it in everything you have written; saving again here makes a second entry with your changes.',
  );

/**
 * Everything a client's entry form needs so no text is lost: the draft (a local copy on every change, the
 * server's a moment later; the newer comes back on open) and a submit through the entry's mutation that keeps
 * one Idempotency-Key until the server answers. The form's validation starts loading as it mounts;
 * `onSubmit` reports a check that could not run.
 */
export function useEntrySubmission<TValues extends FieldValues, TBody, TResult>(options: {
  form: UseFormReturn<TValues, unknown, TBody>;
  draftKey: string;
  errorPrefix: string;
  mutation: UseMutationResult<TResult, unknown, Keyed<TBody>>;
  onDone: (result: TResult) => void;
}) {
  const { form, draftKey, errorPrefix, mutation, onDone } = options;
  const draft = useDraft(draftKey, form, { server: true });
  const [problem, setProblem] = useState<ApiError | null>(null);
  useEffect(() => entryValidation.preload(), []);
  const submitter = useSubmission({
    form,
    draft,
    mutation,
    onSent: onDone,
    onSubmitting: () => setProblem(null),
    onRefused: (error) =>
      setProblem(
        error.code === 'IDEMPOTENCY_KEY_REUSED'
          ? earlierVersionSaved(error)
          : applyFieldErrors(error, form, errorPrefix),
      ),
  });
  const onSubmit = onSubmitReporting(submitter.submit, setProblem);
  return { draft, problem, submitter, onSubmit };
}
