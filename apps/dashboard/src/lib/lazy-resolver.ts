import type { BaseSyntheticEvent } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { ApiError } from './api-client';

/**
 * Form validation whose code loads beside the form instead of before it. The domain's zod schemas (and zod
 * itself, ≈ 25 KiB gzip) are not needed to draw a form, only to check it, so a screen draws without them
 * while they load in the background; the rules and messages are the same schemas as before.
 *
 * `preload()` starts the download (forms call it as they mount); a resolver made here waits for it if it is
 * still on its way when the person submits. If it could not be loaded (the connection dropped), submitting
 * rejects with a network ApiError (`validationUnavailable`) and the next submit tries the download again;
 * nothing typed is touched.
 */
export interface LazyValidation<M> {
  preload: () => void;
  resolver: <TValues extends FieldValues, TOut>(
    pick: (module: M) => Resolver<TValues, unknown, TOut>,
  ) => Resolver<TValues, unknown, TOut>;
}

export const validationUnavailable = () =>
  new ApiError(
    0,
    'VALIDATION_UNAVAILABLE',
    'Not checked yet',
    'We could not reach Askwell to check your answers. Everything you typed is still here: try again when the connection is back.',
  );

export function lazyValidation<M>(load: () => Promise<M>): LazyValidation<M> {
  let pending: Promise<M> | null = null;
  const get = (): Promise<M> => {
    pending ??= load().catch(() => {
      pending = null; // the next attempt downloads again
      throw validationUnavailable();
    });
    return pending;
  };
  function resolver<TValues extends FieldValues, TOut>(
    pick: (module: M) => Resolver<TValues, unknown, TOut>,
  ): Resolver<TValues, unknown, TOut> {
    return async (values, context, options) => pick(await get())(values, context, options);
  }
  return { preload: () => void get().catch(() => undefined), resolver };
}

/**
 * A form's onSubmit around react-hook-form's handleSubmit: a submit that could not even be checked (see
 * `lazyValidation`) is reported to `report` instead of vanishing as an unhandled rejection.
 */
export function onSubmitReporting(
  submit: (e?: BaseSyntheticEvent) => Promise<void>,
  report: (problem: ApiError) => void,
) {
  return (e: BaseSyntheticEvent) => {
    submit(e).catch((error: unknown) =>
      report(
        error instanceof ApiError
          ? error
          : new ApiError(
              0,
              'UNEXPECTED',
              'Something went wrong',
              'Please try again. Nothing you typed is lost.',
            ),
      ),
    );
  };
}
