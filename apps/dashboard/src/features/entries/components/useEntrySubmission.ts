import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import { lazyValidation, onSubmitReporting } from '../../../lib/lazy-resolver';
import { useReliableSubmit } from '../../../lib/reliable-submit';
import { useServerDraft } from '../../../lib/server-drafts';

/** The entry forms' schemas (../validation.ts), loaded beside the form that needs them. */
export const entryValidation = lazyValidation(() => import('../validation'));

/**
 * The API names fields by their place in the request body (`reflection.text`); the form knows them as `text`.
 * Field errors go onto the form (first one focused); the rest is returned for an alert.
 */
export function applyEntryError<T extends FieldValues, O>(
  error: ApiError,
  form: UseFormReturn<T, unknown, O>,
  prefix: string,
): ApiError | null {
  const known = new Set(Object.keys(form.getValues()));
  const mapped = error.errors
    .map((e) => ({ ...e, path: e.path.startsWith(`${prefix}.`) ? e.path.slice(prefix.length + 1) : e.path }))
    .filter((e) => known.has(e.path.split('.')[0] ?? ''));
  mapped.forEach((e, i) =>
    form.setError(e.path as Path<T>, { type: 'server', message: e.message }, { shouldFocus: i === 0 }),
  );
  return mapped.length > 0 && mapped.length === error.errors.length ? null : error;
}

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
      setProblem(applyEntryError(error, form, errorPrefix));
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
